//! The `builtins` module: the built-in functions by theme and the namespace that holds them with
//! the built-in types, exceptions and constants.

pub mod abc;
pub mod array;
pub mod ast;
pub mod binascii;
pub mod bisect;
pub mod blake2;
pub mod breakpoint;
pub mod classes;
pub mod cmath;
pub mod codecs;
pub mod collections;
pub mod contextvars;
pub mod csv;
pub mod errno;
pub mod exec;
pub mod faulthandler;
pub mod functools;
pub mod hashes;
pub mod heapq;
pub mod import;
pub mod introspect;
pub mod io;
pub mod iomod;
pub mod iteration;
pub mod itertools;
pub mod json;
pub mod marshal;
pub mod math;
pub mod modules;
pub mod numeric;
pub mod opcodemod;
pub mod operator;
pub mod oslevel;
pub mod pickle;
pub mod pyexpat;
pub mod random;
pub mod sha512;
pub mod site;
pub mod sre;
pub mod string;
pub mod structmod;
pub mod symtablemod;
pub mod time;
pub mod tokenizemod;
pub mod unicodedata;
pub mod unicodedata_tables;
pub mod zlibmod;

use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// Fills the `builtins` namespace.
pub fn init(vm: &Vm) {
    let d = vm.builtins_dict();
    let set = |name: &str, v: ObjRef| vm.dict_set_str(&d, name, v);
    let t = &vm.types;
    for (name, ty) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("memoryview", &t.memoryview),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("classmethod", &t.classmethod),
        ("staticmethod", &t.staticmethod),
        ("super", &t.super_),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
    ] {
        set(name, ty.clone());
    }
    for (name, cls) in vm.exc.all() {
        set(name, cls.clone());
    }
    set("EnvironmentError", vm.exc.os_error.clone());
    set("IOError", vm.exc.os_error.clone());
    set("None", vm.none.clone());
    set("True", vm.true_obj.clone());
    set("False", vm.false_obj.clone());
    set("Ellipsis", vm.ellipsis.clone());
    set("NotImplemented", vm.not_implemented.clone());
    set("__debug__", vm.true_obj.clone());
    set("__name__", vm.new_str("builtins"));
    set("__doc__", vm.none.clone());
    io::register(vm, &d);
    numeric::register(vm, &d);
    iteration::register(vm, &d);
    introspect::register(vm, &d);
    exec::register(vm, &d);
    import::register(vm, &d);
    site::register(vm, &d);
    set(
        "breakpoint",
        vm.new_builtin("breakpoint", breakpoint::breakpoint),
    );
    set(
        "__build_class__",
        vm.new_builtin("__build_class__", classes::build_class),
    );
}

/// The builtins CPython declares `METH_O` or `METH_NOARGS`: their calls count a recursion
/// level.
const COUNTED: &[&str] = &[
    "abs", "aiter", "all", "any", "ascii", "bin", "callable", "chr", "hash", "hex", "id", "len",
    "oct", "ord", "repr",
];

/// A built-in function of the `builtins` module.
pub fn new_function(vm: &Vm, name: &'static str, f: crate::object::native::NativeFn) -> ObjRef {
    if COUNTED.contains(&name) {
        vm.new_counted_builtin(name, f)
    } else {
        vm.new_builtin(name, f)
    }
}

/// `ascii(obj)`: `repr` with every non-ASCII character escaped.
pub fn ascii_of(vm: &Vm, obj: &ObjRef) -> PyResult {
    let r = vm.repr(obj)?;
    let Some(s) = r.as_str() else { return Ok(r) };
    if s.is_ascii() {
        return Ok(r);
    }
    let mut out = String::new();
    for cp in s.code_points() {
        if cp < 0x80 {
            out.push(char::from(cp as u8));
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    Ok(vm.new_str(out))
}

/// `sys.displayhook` for `PRINT_EXPR`: prints the repr of a non-None value and stores it as
/// `builtins._`.
pub fn display_hook(vm: &Vm, v: &ObjRef) -> PyResult<()> {
    if vm.is_none(v) {
        return Ok(());
    }
    let d = vm.builtins_dict();
    vm.dict_set_str(&d, "_", vm.none.clone());
    // The repr goes to whatever `sys.stdout` is now (doctest swaps it), as sys_displayhook
    // writes it with PyFile_WriteObject, then the newline.
    let out = match vm.getattr_opt(&vm.sys, &vm.names.stdout)? {
        Some(f) if !vm.is_none(&f) => f,
        _ => return Err(vm.runtime_error("lost sys.stdout")),
    };
    let text = vm.repr(v)?;
    vm.call_method(&out, "write", &[text])?;
    vm.call_method(&out, "write", &[vm.new_str("\n")])?;
    vm.dict_set_str(&d, "_", v.clone());
    Ok(())
}

/// `PRINT_EXPR`: the value goes to `sys.displayhook`, whatever the program made it.
pub fn print_expr(vm: &Vm, v: &ObjRef) -> PyResult<()> {
    match vm.getattr_opt(&vm.sys, &vm.intern("displayhook"))? {
        Some(hook) => vm.call_pos(&hook, std::slice::from_ref(v)).map(|_| ()),
        None => Err(vm.runtime_error("lost sys.displayhook")),
    }
}
