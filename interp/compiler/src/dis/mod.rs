//! `dis.dis(code)` of CPython 3.11.7 (`Lib/dis.py`): the text disassembly of a code object and,
//! recursively, of the code objects among its constants — line-number column, jump-target marks,
//! offsets, opcode names, arguments with their `argrepr`, and the `ExceptionTable:` section.
//!
//! Instructions come from the shared decoder (`crate::bytecode`) and their classes from the
//! opcode table (`crate::opcode`); the side tables are read in `tables.rs`, constants shown by
//! `repr.rs` (sets ordered by `setorder.rs`).

mod argrepr;
pub mod repr;
pub mod setorder;
pub mod tables;

use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::bytecode::{Instruction, instructions};
use crate::code::CodeObject;
use crate::value::Value;

pub use repr::code_repr;

/// `_OPNAME_WIDTH`: the opcode-name column.
const OPNAME_WIDTH: usize = 20;
/// `_OPARG_WIDTH`: the argument column.
const OPARG_WIDTH: usize = 5;

/// A Python exception `dis` would raise part-way (corrupt code only: an index out of range, an
/// integer too long to print).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisError {
    /// The exception class, e.g. `IndexError`.
    pub class: &'static str,
    /// Its message.
    pub message: String,
}

impl DisError {
    pub(crate) fn new(class: &'static str, message: impl Into<String>) -> DisError {
        DisError {
            class,
            message: message.into(),
        }
    }
}

impl fmt::Display for DisError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class, self.message)
    }
}

impl std::error::Error for DisError {}

/// `dis.dis(code)` as a string.
pub fn dis(code: &CodeObject) -> Result<String, DisError> {
    let mut out = String::new();
    dis_into(code, &mut out)?;
    Ok(out)
}

/// `dis.dis(code)` (`_disassemble_recursive` without a depth limit) appended to `out`. On an
/// error `out` holds the lines printed before it, as CPython's output would.
pub fn dis_into(code: &CodeObject, out: &mut String) -> Result<(), DisError> {
    disassemble(code, out)?;
    for constant in &code.consts {
        if let Value::Code(inner) = constant {
            out.push('\n');
            out.push_str("Disassembly of ");
            out.push_str(&code_repr(inner));
            out.push_str(":\n");
            dis_into(inner, out)?;
        }
    }
    Ok(())
}

/// The widths of the line-number and offset columns (`_disassemble_bytes`): three digits for
/// lines unless the largest line start needs more (none at all without line starts), four for
/// offsets unless the last offset needs more.
fn column_widths(code: &CodeObject, starts: &HashMap<usize, i64>) -> (usize, usize) {
    let lineno_width = match starts.values().max() {
        None => 0,
        Some(&max) if max >= 1000 => max.to_string().len(),
        Some(_) => 3,
    };
    let max_offset = code.code.len() as i64 - 2;
    let offset_width = if max_offset >= 10_000 {
        max_offset.to_string().len()
    } else {
        4
    };
    (lineno_width, offset_width)
}

/// `dis.findlabels` plus the handlers of non-empty exception-table ranges: the offsets marked
/// `>>`.
fn labels(code: &CodeObject, entries: &[tables::ExceptionEntry]) -> HashSet<u64> {
    let mut out: HashSet<u64> = instructions(&code.code)
        .filter_map(|ins| ins.jump_target())
        .map(|t| t as u64)
        .collect();
    out.extend(entries.iter().filter(|e| e.end > e.start).map(|e| e.target));
    out
}

/// `dis.disassemble(code)`: one code object's instructions and exception table.
pub fn disassemble(code: &CodeObject, out: &mut String) -> Result<(), DisError> {
    let starts: HashMap<usize, i64> = tables::line_starts(code).into_iter().collect();
    let entries = tables::exception_entries(code);
    let labels = labels(code, &entries);
    let (lineno_width, offset_width) = column_widths(code, &starts);
    for ins in instructions(&code.code) {
        let starts_line = starts.get(&ins.offset).copied();
        let line = format_instruction(
            code,
            &ins,
            starts_line,
            labels.contains(&(ins.offset as u64)),
            (lineno_width, offset_width),
        )?;
        if lineno_width > 0 && starts_line.is_some() && ins.offset > 0 {
            out.push('\n');
        }
        out.push_str(&line);
        out.push('\n');
    }
    if !entries.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &entries {
            let lasti = if e.lasti { " lasti" } else { "" };
            let end = i128::from(e.end) - 2;
            out.push_str(&format!(
                "  {} to {end} -> {} [{}]{lasti}\n",
                e.start, e.target, e.depth
            ));
        }
    }
    Ok(())
}

/// `Instruction._disassemble`: the columns joined by spaces, trailing blanks stripped.
fn format_instruction(
    code: &CodeObject,
    ins: &Instruction,
    starts_line: Option<i64>,
    is_jump_target: bool,
    (lineno_width, offset_width): (usize, usize),
) -> Result<String, DisError> {
    let mut fields: Vec<String> = Vec::with_capacity(7);
    if lineno_width > 0 {
        fields.push(match starts_line {
            Some(line) => format!("{line:>lineno_width$}"),
            None => " ".repeat(lineno_width),
        });
    }
    // The "current instruction" column (`-->`) is blank: `dis.dis` passes no `lasti`.
    fields.push("   ".to_owned());
    fields.push(if is_jump_target { ">>" } else { "  " }.to_owned());
    fields.push(format!("{:>offset_width$}", ins.offset));
    let name = crate::opcode::opname(ins.op);
    fields.push(format!("{name:<OPNAME_WIDTH$}"));
    if let Some(raw) = ins.arg {
        // `_unpack_opargs` keeps the argument as a C int: 32 bits read as signed.
        let arg = i64::from(raw as i32);
        fields.push(format!("{arg:>OPARG_WIDTH$}"));
        let argrepr = argrepr::argrepr(code, ins, arg)?;
        if !argrepr.is_empty() {
            fields.push(format!("({argrepr})"));
        }
    }
    let mut line = fields.join(" ");
    line.truncate(line.trim_end().len());
    Ok(line)
}
