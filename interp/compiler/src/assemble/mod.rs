//! The assembler: CPython 3.11 `compile.c`'s back half, from a code unit's control-flow graph to a
//! code object (`assemble()` and the passes it calls).

use crate::code::CodeObject;
use crate::ir::Cfg;
use crate::value::{PyStrBuf, Value};

/// What code generation knows about a code unit besides its graph (`struct compiler_unit`'s
/// dictionaries flattened to index order, and the flags `compute_code_flags` computed).
#[derive(Clone, Debug)]
pub struct UnitInfo {
    /// `co_name`.
    pub name: PyStrBuf,
    /// `co_qualname`.
    pub qualname: PyStrBuf,
    /// `co_filename`.
    pub filename: PyStrBuf,
    /// `u_firstlineno`; 0 when not set, in which case the assembler takes the entry block's first line.
    pub firstlineno: i32,
    /// `u_consts` keys in index order.
    pub consts: Vec<Value>,
    /// `u_names` in index order.
    pub names: Vec<String>,
    /// `u_varnames` in index order (parameters first).
    pub varnames: Vec<String>,
    /// `u_cellvars` in index order.
    pub cellvars: Vec<String>,
    /// `u_freevars` in index order (their indices start after the cells).
    pub freevars: Vec<String>,
    /// `u_argcount`.
    pub argcount: u32,
    /// `u_posonlyargcount`.
    pub posonlyargcount: u32,
    /// `u_kwonlyargcount`.
    pub kwonlyargcount: u32,
    /// `compute_code_flags`.
    pub flags: u32,
}

/// `assemble(c, addNone)` after its first step: code generation has already appended the
/// implicit `return None`. Block 0 of `cfg` is the entry block.
pub fn assemble(cfg: Cfg, unit: UnitInfo) -> CodeObject {
    let _ = (cfg, unit);
    unimplemented!("the assembler lands with issue #5")
}
