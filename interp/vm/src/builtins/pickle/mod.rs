//! The `_pickle` module: `dumps`/`loads` of plain data run natively (`dump.rs`, `load.rs`),
//! with the bytes and objects Modules/_pickle.c gives; everything else goes to `pickle`'s
//! Python implementation (the wrapper in `pickle.py`). Without it, every `pickle.dumps` ran
//! the Python pickler, some twenty times slower than CPython's C one.

mod dump;
mod load;

use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

const SOURCE: &str = include_str!("pickle.py");

/// The pickle opcodes used here (`pickle.py`'s names).
mod op {
    pub const MARK: u8 = b'(';
    pub const STOP: u8 = b'.';
    pub const POP: u8 = b'0';
    pub const POP_MARK: u8 = b'1';
    pub const DUP: u8 = b'2';
    pub const BININT: u8 = b'J';
    pub const BININT1: u8 = b'K';
    pub const BININT2: u8 = b'M';
    pub const NONE: u8 = b'N';
    pub const BINUNICODE: u8 = b'X';
    pub const UNICODE: u8 = b'V';
    pub const LIST: u8 = b'l';
    pub const DICT: u8 = b'd';
    pub const APPEND: u8 = b'a';
    pub const EMPTY_DICT: u8 = b'}';
    pub const APPENDS: u8 = b'e';
    pub const BINGET: u8 = b'h';
    pub const LONG_BINGET: u8 = b'j';
    pub const EMPTY_LIST: u8 = b']';
    pub const BINPUT: u8 = b'q';
    pub const LONG_BINPUT: u8 = b'r';
    pub const SETITEM: u8 = b's';
    pub const TUPLE: u8 = b't';
    pub const EMPTY_TUPLE: u8 = b')';
    pub const SETITEMS: u8 = b'u';
    pub const BINFLOAT: u8 = b'G';
    pub const PROTO: u8 = 0x80;
    pub const TUPLE1: u8 = 0x85;
    pub const TUPLE2: u8 = 0x86;
    pub const TUPLE3: u8 = 0x87;
    pub const NEWTRUE: u8 = 0x88;
    pub const NEWFALSE: u8 = 0x89;
    pub const LONG1: u8 = 0x8a;
    pub const LONG4: u8 = 0x8b;
    pub const BINBYTES: u8 = b'B';
    pub const SHORT_BINBYTES: u8 = b'C';
    pub const SHORT_BINUNICODE: u8 = 0x8c;
    pub const BINUNICODE8: u8 = 0x8d;
    pub const BINBYTES8: u8 = 0x8e;
    pub const EMPTY_SET: u8 = 0x8f;
    pub const ADDITEMS: u8 = 0x90;
    pub const FROZENSET: u8 = 0x91;
    pub const MEMOIZE: u8 = 0x94;
    pub const FRAME: u8 = 0x95;
    pub const BYTEARRAY8: u8 = 0x96;
}

/// `_native_dumps(obj, protocol, buffer_callback)`: the pickle's bytes, or None when the
/// Python pickler must write it (another object, protocol or option).
fn native_dumps(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_native_dumps", 3)?;
    if !vm.is_none(&a[2]) {
        return Ok(vm.none.clone());
    }
    let proto = if vm.is_none(&a[1]) {
        4
    } else if a[1].is_exact(&vm.types.int) {
        match a[1].as_int().and_then(|i| i.as_i64()) {
            Some(p) if p < 0 => 5,
            Some(p @ 0..=5) => p as u8,
            _ => return Ok(vm.none.clone()),
        }
    } else {
        return Ok(vm.none.clone());
    };
    match dump::dumps(vm, &a[0], proto) {
        Ok(bytes) => Ok(vm.new_bytes(bytes)),
        Err(dump::Stop::Unsupported) => Ok(vm.none.clone()),
        Err(dump::Stop::Error(e)) => Err(e),
    }
}

/// `_native_loads(data)`: `(obj,)`; `(exception name, message)` for an error the C unpickler
/// reports, for the wrapper to raise; or None when the Python unpickler must read it.
fn native_loads(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_native_loads", 1)?;
    let Some(data) = crate::types::bytes::buffer(&a[0]) else {
        return Ok(vm.none.clone());
    };
    Ok(match load::loads(vm, &data) {
        Ok(o) => vm.new_tuple(vec![o]),
        Err(Some(fail)) => {
            let (class, message) = fail.describe();
            vm.new_tuple(vec![vm.new_str(class), vm.new_str(message)])
        }
        Err(None) => vm.none.clone(),
    })
}

/// The `_pickle` module.
pub fn module(vm: &Vm) -> Option<ObjRef> {
    let pre = [
        (
            "_native_dumps",
            vm.new_builtin("_native_dumps", native_dumps),
        ),
        (
            "_native_loads",
            vm.new_builtin("_native_loads", native_loads),
        ),
    ];
    crate::importer::exec_embedded_with(vm, "_pickle", SOURCE, "<frozen _pickle>", &pre).ok()
}
