//! The code object from the assembled pieces, as 3.11's `makecode` and `_PyCode_New` build it:
//! `compute_localsplus_info` (names and `CO_FAST_*` kinds) and `intern_string_constants`.

use super::UnitInfo;
use crate::code::{CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CodeObject};
use crate::value::{PyStrBuf, Value};

/// What the passes produced for `makecode`.
#[derive(Debug)]
pub(super) struct Assembled {
    /// `co_code`.
    pub code: Vec<u8>,
    /// The constants after optimisation and trimming.
    pub consts: Vec<Value>,
    /// `co_linetable`.
    pub linetable: Vec<u8>,
    /// `co_exceptiontable`.
    pub exceptiontable: Vec<u8>,
    /// `u_firstlineno` as the assembler settled it.
    pub firstlineno: i32,
    /// `stackdepth`'s result.
    pub maxdepth: i32,
    /// Cells dropped because they share an argument's slot (`fix_cell_offsets`).
    pub numdropped: usize,
}

/// `makecode`.
pub(super) fn makecode(unit: &UnitInfo, a: Assembled) -> CodeObject {
    let (localsplusnames, localspluskinds) = compute_localsplus_info(unit, a.numdropped);
    let mut consts = a.consts;
    intern_string_constants(&mut consts);
    let count = |n: u32| i32::try_from(n).unwrap_or(i32::MAX);
    CodeObject {
        argcount: count(unit.posonlyargcount.saturating_add(unit.argcount)),
        posonlyargcount: count(unit.posonlyargcount),
        kwonlyargcount: count(unit.kwonlyargcount),
        stacksize: a.maxdepth,
        flags: unit.flags,
        code: a.code,
        consts,
        names: unit
            .names
            .iter()
            .map(|n| PyStrBuf::from(n.as_str()))
            .collect(),
        localsplusnames,
        localspluskinds,
        filename: unit.filename.clone(),
        name: unit.name.clone(),
        qualname: unit.qualname.clone(),
        firstlineno: a.firstlineno,
        linetable: a.linetable,
        exceptiontable: a.exceptiontable,
    }
}

/// `compute_localsplus_info`: the locals (a captured argument is `LOCAL | CELL`), then the other
/// cells, then the free variables.
fn compute_localsplus_info(unit: &UnitInfo, numdropped: usize) -> (Vec<PyStrBuf>, Vec<u8>) {
    let nlocals = unit.varnames.len();
    let total = (nlocals + unit.cellvars.len() + unit.freevars.len()).saturating_sub(numdropped);
    let mut names = vec![PyStrBuf::new(); total];
    let mut kinds = vec![0u8; total];
    let mut set = |offset: usize, name: &str, kind: u8| {
        debug_assert!(offset < total);
        if offset < total {
            names[offset] = PyStrBuf::from(name);
            kinds[offset] = kind;
        }
    };
    for (offset, name) in unit.varnames.iter().enumerate() {
        let cell = if unit.cellvars.contains(name) {
            CO_FAST_CELL
        } else {
            0
        };
        set(offset, name, CO_FAST_LOCAL | cell);
    }
    let mut dropped = 0;
    for (index, name) in unit.cellvars.iter().enumerate() {
        if unit.varnames.contains(name) {
            dropped += 1;
            continue;
        }
        set(index + nlocals - dropped, name, CO_FAST_CELL);
    }
    let ncells = unit.cellvars.len();
    for (index, name) in unit.freevars.iter().enumerate() {
        set(ncells + index + nlocals - dropped, name, CO_FAST_FREE);
    }
    (names, kinds)
}

/// `all_name_chars`: ASCII letters, digits and underscores only (the empty string included).
fn all_name_chars(s: &PyStrBuf) -> bool {
    s.as_bytes()
        .iter()
        .all(|&c| c.is_ascii_alphanumeric() || c == b'_')
}

/// `intern_string_constants`: strings made of name characters are interned, in the constants
/// and, recursively, in their tuples and frozensets.
fn intern_string_constants(consts: &mut [Value]) {
    for v in consts {
        match v {
            Value::Str { value, interned } => *interned |= all_name_chars(value),
            Value::Tuple(items) | Value::FrozenSet(items) => intern_string_constants(items),
            _ => {}
        }
    }
}
