//! `dis.dis(code)` of CPython 3.11.7 (`Lib/dis.py`): the text disassembly of a code object and,
//! recursively, of the code objects among its constants — line-number column, jump-target marks,
//! offsets, opcode names, arguments with their `argrepr`, and the `ExceptionTable:` section.
//!
//! Instructions come from the shared decoder (`crate::bytecode`) and their classes from the
//! opcode table (`crate::opcode`); the side tables are read in `tables.rs`, constants shown by
//! `repr.rs` (sets ordered by `crate::setorder`).

mod argrepr;
pub mod repr;
pub mod tables;

use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::bytecode::{Instruction, instructions};
use crate::code::CodeObject;
use crate::opcode::JumpKind;
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

/// One instruction from the shared decoder with its argument as `dis` computes it.
struct DisInstruction {
    ins: Instruction,
    /// The argument in Python's integer arithmetic (see [`python_args`]); None below
    /// `HAVE_ARGUMENT`.
    arg: Option<i128>,
}

/// The instructions with `dis._unpack_opargs`'s arguments: the argument byte or'ed with the
/// pending `EXTENDED_ARG` prefix, a prefix of 2**31 or more wrapped once by 2**32 as a C int
/// would be. Python's integers are unbounded, so a chain of more than three prefixes can leave
/// 32 bits (and `dis` shows it so); 128 bits hold chains of a dozen.
fn python_args(code: &CodeObject) -> Vec<DisInstruction> {
    const WRAP: i128 = 1 << 32;
    let mut extended: i128 = 0;
    instructions(&code.code)
        .map(|ins| {
            let arg = ins.arg.map(|_| {
                let byte = i128::from(code.code[ins.offset + 1]);
                let arg = byte | extended;
                extended = if ins.op == crate::opcode::EXTENDED_ARG {
                    arg.checked_mul(256)
                        .unwrap_or(if arg < 0 { i128::MIN } else { i128::MAX })
                } else {
                    0
                };
                if extended >= WRAP / 2 {
                    extended -= WRAP;
                }
                arg
            });
            if ins.arg.is_none() {
                extended = 0;
            }
            DisInstruction { ins, arg }
        })
        .collect()
}

/// Where a relative jump lands as `dis` computes it: two bytes past the instruction plus twice
/// the argument, subtracted for the backward forms. (3.11's jumps have no inline caches.)
fn jump_target(ins: &Instruction, arg: i128) -> Option<i128> {
    let signed = match ins.opcode()?.jump_kind() {
        JumpKind::None => return None,
        JumpKind::Forward => arg,
        JumpKind::Backward => arg.checked_neg()?,
        JumpKind::Absolute => return arg.checked_mul(2),
    };
    (ins.offset as i128 + 2).checked_add(signed.checked_mul(2)?)
}

/// `dis.findlabels` plus the handlers of non-empty exception-table ranges: the offsets marked
/// `>>`.
fn labels(instrs: &[DisInstruction], entries: &[tables::ExceptionEntry]) -> HashSet<i128> {
    let mut out: HashSet<i128> = instrs
        .iter()
        .filter_map(|d| jump_target(&d.ins, d.arg?))
        .collect();
    out.extend(
        entries
            .iter()
            .filter(|e| e.end > e.start)
            .map(|e| i128::from(e.target)),
    );
    out
}

/// `dis.disassemble(code)`: one code object's instructions and exception table.
pub fn disassemble(code: &CodeObject, out: &mut String) -> Result<(), DisError> {
    let starts: HashMap<usize, i64> = tables::line_starts(code).into_iter().collect();
    let entries = tables::exception_entries(code);
    let instrs = python_args(code);
    let labels = labels(&instrs, &entries);
    let (lineno_width, offset_width) = column_widths(code, &starts);
    for DisInstruction { ins, arg } in &instrs {
        let starts_line = starts.get(&ins.offset).copied();
        let line = format_instruction(
            code,
            ins,
            *arg,
            starts_line,
            labels.contains(&(ins.offset as i128)),
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
    arg: Option<i128>,
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
    if let Some(arg) = arg {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::{CO_FAST_CELL, CO_FAST_LOCAL};
    use crate::value::{PyFloat, PyStrBuf};

    /// Garbage in every table (odd-length code, unknown opcodes, truncated varints, huge
    /// deltas, sets of NaNs and None) ends in text or a `DisError`, never a panic.
    #[test]
    fn garbage_never_panics() {
        let mut state: u64 = 7;
        let mut next = move || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as u8
        };
        let consts = [
            Value::None,
            Value::FrozenSet(vec![
                Value::Float(PyFloat(f64::NAN)),
                Value::None,
                Value::int(1),
                Value::True,
            ]),
            Value::Set(vec![Value::Tuple(vec![Value::Ellipsis]), Value::int(-1)]),
            Value::Dict(vec![(Value::str("k"), Value::List(vec![]))]),
            Value::Int(num_bigint::BigInt::from(10).pow(5000)),
        ];
        for round in 0..300 {
            let mut bytes = |n: usize| (0..n).map(|_| next()).collect::<Vec<u8>>();
            let code = CodeObject {
                argcount: 0,
                posonlyargcount: 0,
                kwonlyargcount: 0,
                stacksize: 0,
                flags: 0,
                code: bytes(round % 97),
                consts: consts[..round % consts.len()].to_vec(),
                names: vec![PyStrBuf::from("n")],
                localsplusnames: vec![PyStrBuf::from("a"), PyStrBuf::from("c")],
                localspluskinds: vec![CO_FAST_LOCAL, CO_FAST_CELL],
                filename: "f".into(),
                name: "g".into(),
                qualname: "g".into(),
                firstlineno: [0, 1, -5, i32::MAX, i32::MIN][round % 5],
                linetable: bytes(round % 41),
                exceptiontable: bytes(round % 23),
            };
            let mut outer = code.clone();
            outer.consts.push(Value::Code(Box::new(code)));
            let mut out = String::new();
            let _ = dis_into(&outer, &mut out);
        }
    }
}
