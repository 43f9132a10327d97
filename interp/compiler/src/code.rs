//! `CodeObject`: every field CPython 3.11 marshals for a code object, in marshal order, with the
//! views (`co_varnames`, `co_cellvars`, `co_freevars`, `co_nlocals`) CPython derives from them.

use crate::value::{PyStrBuf, Value};

/// `co_localspluskinds` bit: a fast local (argument or assigned name), `CO_FAST_LOCAL`.
pub const CO_FAST_LOCAL: u8 = 0x20;
/// `co_localspluskinds` bit: a cell (a local captured by an inner scope), `CO_FAST_CELL`.
pub const CO_FAST_CELL: u8 = 0x40;
/// `co_localspluskinds` bit: a free variable (captured from an outer scope), `CO_FAST_FREE`.
pub const CO_FAST_FREE: u8 = 0x80;

/// `co_flags` bits (`Include/cpython/code.h`, 3.11).
pub mod flags {
    /// Locals are fast (function scope).
    pub const CO_OPTIMIZED: u32 = 0x0001;
    /// A fresh locals dict is made for the frame.
    pub const CO_NEWLOCALS: u32 = 0x0002;
    /// Has `*args`.
    pub const CO_VARARGS: u32 = 0x0004;
    /// Has `**kwargs`.
    pub const CO_VARKEYWORDS: u32 = 0x0008;
    /// Defined inside a function.
    pub const CO_NESTED: u32 = 0x0010;
    /// A generator function.
    pub const CO_GENERATOR: u32 = 0x0020;
    /// No cell or free variables.
    pub const CO_NOFREE: u32 = 0x0040;
    /// A coroutine (`async def`).
    pub const CO_COROUTINE: u32 = 0x0080;
    /// A generator-based coroutine (`types.coroutine`).
    pub const CO_ITERABLE_COROUTINE: u32 = 0x0100;
    /// An async generator.
    pub const CO_ASYNC_GENERATOR: u32 = 0x0200;
    /// `from __future__ import generator_stop` (always on; kept in the flags).
    pub const CO_FUTURE_GENERATOR_STOP: u32 = 0x0080_0000;
    /// `from __future__ import barry_as_FLUFL`.
    pub const CO_FUTURE_BARRY_AS_BDFL: u32 = 0x0040_0000;
    /// `from __future__ import annotations`.
    pub const CO_FUTURE_ANNOTATIONS: u32 = 0x0100_0000;
}

/// A CPython 3.11 code object, fields in the order `marshal` writes them (`Python/marshal.c`,
/// `TYPE_CODE`). `co_code` is the unspecialised bytecode with its `CACHE` entries, as
/// `co.co_code` and marshal give it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CodeObject {
    /// `co_argcount`: positional parameters, positional-only ones included.
    pub argcount: i32,
    /// `co_posonlyargcount`.
    pub posonlyargcount: i32,
    /// `co_kwonlyargcount`.
    pub kwonlyargcount: i32,
    /// `co_stacksize`.
    pub stacksize: i32,
    /// `co_flags` (see [`flags`]).
    pub flags: u32,
    /// `co_code`: two bytes per code unit (opcode, argument).
    pub code: Vec<u8>,
    /// `co_consts`.
    pub consts: Vec<Value>,
    /// `co_names`: globals, attributes and imports used by name. CPython interns these.
    pub names: Vec<PyStrBuf>,
    /// `co_localsplusnames`: locals, then plain cells, then free variables. Interned too.
    pub localsplusnames: Vec<PyStrBuf>,
    /// `co_localspluskinds`: one `CO_FAST_*` byte per entry of `localsplusnames`.
    pub localspluskinds: Vec<u8>,
    /// `co_filename`.
    pub filename: PyStrBuf,
    /// `co_name`.
    pub name: PyStrBuf,
    /// `co_qualname`.
    pub qualname: PyStrBuf,
    /// `co_firstlineno`.
    pub firstlineno: i32,
    /// `co_linetable`: the PEP 626/657 location table (`Objects/locations.md`).
    pub linetable: Vec<u8>,
    /// `co_exceptiontable` (`Objects/exception_handling_notes.txt`).
    pub exceptiontable: Vec<u8>,
}

impl CodeObject {
    /// The localsplus names whose kind has any bit of `kind`, in order — how
    /// `Objects/codeobject.c` (`get_localsplus_names`) builds the derived tuples.
    fn names_of_kind(&self, kind: u8) -> Vec<&PyStrBuf> {
        self.localsplusnames
            .iter()
            .zip(&self.localspluskinds)
            .filter(|&(_, &k)| k & kind != 0)
            .map(|(name, _)| name)
            .collect()
    }

    /// `co_varnames`: entries with `CO_FAST_LOCAL` (arguments first, then other locals; an
    /// argument that is also a cell appears here and in `co_cellvars`).
    pub fn varnames(&self) -> Vec<&PyStrBuf> {
        self.names_of_kind(CO_FAST_LOCAL)
    }

    /// `co_cellvars`: entries with `CO_FAST_CELL`, cell arguments included.
    pub fn cellvars(&self) -> Vec<&PyStrBuf> {
        self.names_of_kind(CO_FAST_CELL)
    }

    /// `co_freevars`: entries with `CO_FAST_FREE`.
    pub fn freevars(&self) -> Vec<&PyStrBuf> {
        self.names_of_kind(CO_FAST_FREE)
    }

    /// `co_nlocals`: the number of `CO_FAST_LOCAL` entries.
    pub fn nlocals(&self) -> usize {
        self.localspluskinds
            .iter()
            .filter(|&&k| k & CO_FAST_LOCAL != 0)
            .count()
    }

    /// Every code object nested in `co_consts`, depth first (not including `self`).
    pub fn nested_code(&self) -> Vec<&CodeObject> {
        let mut out = Vec::new();
        let mut stack: Vec<&Value> = self.consts.iter().rev().collect();
        while let Some(v) = stack.pop() {
            match v {
                Value::Code(c) => {
                    out.push(&**c);
                    stack.extend(c.consts.iter().rev());
                }
                Value::Tuple(items) | Value::FrozenSet(items) => stack.extend(items.iter().rev()),
                _ => {}
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_views() {
        let code = CodeObject {
            argcount: 1,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            stacksize: 1,
            flags: flags::CO_OPTIMIZED | flags::CO_NEWLOCALS,
            code: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            localsplusnames: ["a", "b", "c", "d"].map(PyStrBuf::from).to_vec(),
            localspluskinds: vec![
                CO_FAST_LOCAL | CO_FAST_CELL,
                CO_FAST_LOCAL,
                CO_FAST_CELL,
                CO_FAST_FREE,
            ],
            filename: "f".into(),
            name: "f".into(),
            qualname: "f".into(),
            firstlineno: 1,
            linetable: Vec::new(),
            exceptiontable: Vec::new(),
        };
        fn text(v: Vec<&PyStrBuf>) -> Vec<&str> {
            v.into_iter().map(|s| s.as_str().unwrap()).collect()
        }
        assert_eq!(text(code.varnames()), ["a", "b"]);
        assert_eq!(text(code.cellvars()), ["a", "c"]);
        assert_eq!(text(code.freevars()), ["d"]);
        assert_eq!(code.nlocals(), 2);
    }
}
