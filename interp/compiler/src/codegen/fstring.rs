//! f-strings: `compiler_joined_str` and `compiler_formatted_value`. The parser has already split
//! the literal (and desugared `{x=}` into its text and a `!r` conversion), so what is left is
//! formatting each value and concatenating the parts.

use krait_syntax::ast::{Expr, ExprKind};

use super::expr::STACK_USE_GUIDELINE;
use super::{CResult, Compiler};
use crate::opcode::Opcode;
use crate::value::Value;

/// `FORMAT_VALUE`'s conversion bits (`FVC_*`) and the flag of a format spec (`FVS_HAVE_SPEC`).
const FVC_NONE: u32 = 0;
const FVC_STR: u32 = 1;
const FVC_REPR: u32 = 2;
const FVC_ASCII: u32 = 3;
const FVS_HAVE_SPEC: u32 = 4;

impl<'a> Compiler<'a> {
    /// `compiler_joined_str`: the parts pushed then joined by `BUILD_STRING` (nothing to join for
    /// a single part); past the stack-use guideline, `''.join` of a list grown part by part.
    pub fn compile_joined_str(&mut self, e: &'a Expr) -> CResult {
        let ExprKind::JoinedStr { values } = &e.kind else {
            return Err(super::system_error("not a JoinedStr"));
        };
        if values.len() > STACK_USE_GUIDELINE {
            self.load_const(Value::str(""))?;
            self.emit_name(Opcode::LOAD_METHOD, "join")?;
            self.emit(Opcode::BUILD_LIST, 0)?;
            for v in values {
                self.visit_expr(v)?;
                self.emit(Opcode::LIST_APPEND, 1)?;
            }
            self.emit(Opcode::PRECALL, 1)?;
            self.emit(Opcode::CALL, 1)
        } else {
            for v in values {
                self.visit_expr(v)?;
            }
            if values.len() != 1 {
                self.emit(Opcode::BUILD_STRING, values.len() as u32)?;
            }
            Ok(())
        }
    }

    /// `compiler_formatted_value`: the value, its format spec if any (itself usually a
    /// `JoinedStr`), then `FORMAT_VALUE` with the conversion and spec bits.
    pub fn compile_formatted_value(&mut self, e: &'a Expr) -> CResult {
        let ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } = &e.kind
        else {
            return Err(super::system_error("not a FormattedValue"));
        };
        self.visit_expr(value)?;
        let mut oparg = match *conversion {
            -1 => FVC_NONE,
            c if c == i32::from(b's') => FVC_STR,
            c if c == i32::from(b'r') => FVC_REPR,
            c if c == i32::from(b'a') => FVC_ASCII,
            c => {
                return Err(super::system_error(&format!(
                    "Unrecognized conversion character {c}"
                )));
            }
        };
        if let Some(spec) = format_spec {
            self.visit_expr(spec)?;
            oparg |= FVS_HAVE_SPEC;
        }
        self.emit(Opcode::FORMAT_VALUE, oparg)
    }
}
