//! The `argrepr` column of one instruction, following `dis._get_instructions_bytes` case by case:
//! constants by `repr`, names, `LOAD_GLOBAL`'s `NULL + `, jump targets, locals and cells,
//! comparison operators, `FORMAT_VALUE` conversions, `MAKE_FUNCTION` flags and `BINARY_OP`'s
//! operator.

use super::DisError;
use super::repr::repr;
use crate::bytecode::Instruction;
use crate::code::CodeObject;
use crate::opcode::{ArgKind, CMP_OP, JumpKind, NB_OPS, Opcode};

/// `FORMAT_VALUE_CONVERTERS`' names, indexed by the low two bits of the argument.
const FORMAT_CONVERSIONS: [&str; 4] = ["", "str", "repr", "ascii"];
/// `MAKE_FUNCTION_FLAGS`, one per argument bit from the lowest.
const MAKE_FUNCTION_FLAGS: [&str; 4] = ["defaults", "kwdefaults", "annotations", "closure"];

/// Python's `seq[index]` on a sequence `kind` ("tuple", "list") of `len` items: negative indexes
/// count from the end; anything else out of range, or beyond a C `Py_ssize_t`, is an
/// `IndexError`.
fn py_index(index: i128, len: usize, kind: &str) -> Result<usize, DisError> {
    if i64::try_from(index).is_err() {
        return Err(DisError::new(
            "IndexError",
            "cannot fit 'int' into an index-sized integer",
        ));
    }
    let len = len as i128;
    let at = if index < 0 { index + len } else { index };
    if (0..len).contains(&at) {
        Ok(at as usize)
    } else {
        Err(DisError::new(
            "IndexError",
            format!("{kind} index out of range"),
        ))
    }
}

/// `co_names[index]` (a tuple).
fn name(code: &CodeObject, index: i128) -> Result<String, DisError> {
    let at = py_index(index, code.names.len(), "tuple")?;
    Ok(code.names[at].to_string_lossy().into_owned())
}

/// `co._varname_from_oparg(arg)`: the argument converted to a C int, then the localsplus name
/// fetched by `PyTuple_GetItem`, which has no negative indexes.
fn localsplus_name(code: &CodeObject, arg: i128) -> Result<String, DisError> {
    if i32::try_from(arg).is_err() {
        return Err(DisError::new(
            "OverflowError",
            "Python int too large to convert to C int",
        ));
    }
    usize::try_from(arg)
        .ok()
        .and_then(|i| code.localsplusnames.get(i))
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| DisError::new("IndexError", "tuple index out of range"))
}

/// The `argrepr` of `ins`, whose argument is `arg` (signed as `dis` reads it).
pub(super) fn argrepr(code: &CodeObject, ins: &Instruction, arg: i128) -> Result<String, DisError> {
    // An opcode byte outside `opcode.opmap` has no class, hence no argrepr.
    let Some(op) = ins.opcode() else {
        return Ok(String::new());
    };
    match (op.arg_kind(), op.jump_kind()) {
        // Only LOAD_CONST is dereferenced; KW_NAMES is `hasconst` too but shows its index alone.
        (ArgKind::Const, _) if op == Opcode::LOAD_CONST => {
            let at = py_index(arg, code.consts.len(), "tuple")?;
            repr(&code.consts[at])
        }
        (ArgKind::Const, _) => Ok(String::new()),
        // The low bit of LOAD_GLOBAL's argument asks for a NULL pushed first.
        (ArgKind::Name, _) if op == Opcode::LOAD_GLOBAL => {
            let global = name(code, arg.div_euclid(2))?;
            Ok(if arg & 1 != 0 {
                format!("NULL + {global}")
            } else {
                global
            })
        }
        (ArgKind::Name, _) => name(code, arg),
        (_, JumpKind::Absolute | JumpKind::Forward | JumpKind::Backward) => {
            // A corrupt jump may land outside the code, even before offset 0; `dis` prints it.
            Ok(super::jump_target(ins, arg).map_or(String::new(), |t| format!("to {t}")))
        }
        (ArgKind::Local | ArgKind::Free, _) => localsplus_name(code, arg),
        (ArgKind::Compare, _) => {
            let at = py_index(arg, CMP_OP.len(), "tuple")?;
            Ok(CMP_OP[at].to_owned())
        }
        _ => Ok(plain_argrepr(op, arg)?),
    }
}

/// The argreprs of plain-argument opcodes that still explain their argument.
fn plain_argrepr(op: Opcode, arg: i128) -> Result<String, DisError> {
    Ok(match op {
        Opcode::FORMAT_VALUE => {
            let mut text = FORMAT_CONVERSIONS[(arg & 3) as usize].to_owned();
            // FVS_HAVE_SPEC: a format spec is on the stack.
            if arg & 4 != 0 {
                if !text.is_empty() {
                    text.push_str(", ");
                }
                text.push_str("with format");
            }
            text
        }
        Opcode::MAKE_FUNCTION => MAKE_FUNCTION_FLAGS
            .iter()
            .enumerate()
            .filter(|&(bit, _)| arg & (1 << bit) != 0)
            .map(|(_, flag)| *flag)
            .collect::<Vec<_>>()
            .join(", "),
        Opcode::BINARY_OP => {
            let at = py_index(arg, NB_OPS.len(), "list")?;
            NB_OPS[at].1.to_owned()
        }
        _ => String::new(),
    })
}
