//! Modules the interpreter provides natively until the standard library runs on the VM:
//! `gc` (the cycle collector's controls). `import` finds them by name.

use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

fn gc_collect(vm: &Vm, args: Args<'_>) -> PyResult {
    let _ = args.bind(vm, "collect", ["generation"], 0, 1, 0)?;
    Ok(vm.new_int(vm.gc_collect() as i64))
}

fn gc_enable(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "enable", 0)?;
    vm.gc.borrow_mut().enabled = true;
    Ok(vm.none.clone())
}

fn gc_disable(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "disable", 0)?;
    vm.gc.borrow_mut().enabled = false;
    Ok(vm.none.clone())
}

fn gc_isenabled(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "isenabled", 0)?;
    Ok(vm.new_bool(vm.gc.borrow().enabled))
}

fn gc_get_threshold(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "get_threshold", 0)?;
    let t = vm.gc.borrow().threshold;
    Ok(vm.new_tuple(t.iter().map(|&v| vm.new_int(v)).collect()))
}

/// `gc.set_threshold(threshold0[, threshold1[, threshold2]])`: the thresholds not given stay.
fn gc_set_threshold(vm: &Vm, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "set_threshold")?;
    let a = args.pos();
    // PyArg_ParseTuple's "i|ii:set_threshold" messages.
    if a.is_empty() || a.len() > 3 {
        let (bound, n) = if a.is_empty() {
            ("least 1 argument", 0)
        } else {
            ("most 3 arguments", a.len())
        };
        return Err(vm.type_error(format!("set_threshold() takes at {bound} ({n} given)")));
    }
    let mut values = Vec::with_capacity(a.len());
    for v in a.iter() {
        let n = vm.index(v)?;
        values.push(
            n.as_i64()
                .ok_or_else(|| vm.overflow_error("signed integer is greater than maximum"))?,
        );
    }
    let mut gc = vm.gc.borrow_mut();
    for (slot, v) in gc.threshold.iter_mut().zip(values) {
        *slot = v;
    }
    Ok(vm.none.clone())
}

fn gc_get_debug(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "get_debug", 0)?;
    Ok(vm.new_int(vm.gc.borrow().debug))
}

fn gc_set_debug(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "set_debug", 1)?;
    let n = vm.index(&a[0])?;
    vm.gc.borrow_mut().debug = n.as_i64().unwrap_or(0);
    Ok(vm.none.clone())
}

/// `gc.get_count()`: krait keeps no allocation counts, as it collects on request only.
fn gc_get_count(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "get_count", 0)?;
    Ok(vm.new_tuple(vec![vm.new_int(0), vm.new_int(0), vm.new_int(0)]))
}

/// `gc.freeze()`/`gc.unfreeze()`: nothing is ever moved to a permanent generation.
fn gc_freeze(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "freeze", 0)?;
    Ok(vm.none.clone())
}

fn gc_get_freeze_count(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "get_freeze_count", 0)?;
    Ok(vm.new_int(0))
}

fn gc_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("gc");
    if let Some(d) = m.dict() {
        let fns: &[(&'static str, crate::object::native::NativeFn)] = &[
            ("collect", gc_collect),
            ("enable", gc_enable),
            ("disable", gc_disable),
            ("isenabled", gc_isenabled),
            ("get_threshold", gc_get_threshold),
            ("set_threshold", gc_set_threshold),
            ("get_debug", gc_get_debug),
            ("set_debug", gc_set_debug),
            ("get_count", gc_get_count),
            ("freeze", gc_freeze),
            ("unfreeze", gc_freeze),
            ("get_freeze_count", gc_get_freeze_count),
        ];
        for &(name, f) in fns {
            let b = vm.new_builtin(name, f);
            vm.dict_set_str(&d, name, b);
        }
        vm.dict_set_str(&d, "garbage", vm.new_list(Vec::new()));
        vm.dict_set_str(&d, "callbacks", vm.new_list(Vec::new()));
        for (name, v) in [
            ("DEBUG_STATS", 1),
            ("DEBUG_COLLECTABLE", 2),
            ("DEBUG_UNCOLLECTABLE", 4),
            ("DEBUG_SAVEALL", 32),
            ("DEBUG_LEAK", 38),
        ] {
            vm.dict_set_str(&d, name, vm.new_int(v));
        }
    }
    m
}

/// The modules written in Rust that `native_module` creates, sorted: `sys.builtin_module_names`
/// (with `builtins` and `sys`, which exist from start-up). `importlib` is left out: it stands in
/// for the package of CPython's `Lib`, which is not a built-in module there.
pub const BUILTIN_MODULE_NAMES: &[&str] = &[
    "_abc",
    "_ast",
    "_bisect",
    "_blake2",
    "_codecs",
    "_collections",
    "_contextvars",
    "_csv",
    "_functools",
    "_heapq",
    "_imp",
    "_io",
    "_json",
    "_md5",
    "_opcode",
    "_operator",
    "_posixsubprocess",
    "_random",
    "_sha1",
    "_sha256",
    "_sha3",
    "_sha512",
    "_signal",
    "_socket",
    "_sre",
    "_string",
    "_struct",
    "_thread",
    "_weakref",
    "array",
    "atexit",
    "binascii",
    "builtins",
    "cmath",
    "errno",
    "faulthandler",
    "fcntl",
    "gc",
    "grp",
    "itertools",
    "marshal",
    "math",
    "posix",
    "pwd",
    "resource",
    "select",
    "sys",
    "termios",
    "time",
    "unicodedata",
    "zlib",
];

/// Creates the native module `name`, if there is one.
pub fn native_module(vm: &Vm, name: &str) -> Option<ObjRef> {
    match name {
        "gc" => Some(gc_module(vm)),
        "binascii" => Some(super::binascii::module(vm)),
        "array" => Some(super::array::module(vm)),
        "math" => Some(super::math::module(vm)),
        "itertools" => Some(super::itertools::module(vm)),
        "_collections" => Some(super::collections::module(vm)),
        "_functools" => Some(super::functools::module(vm)),
        "_operator" => Some(super::operator::module(vm)),
        "_heapq" => Some(super::heapq::module(vm)),
        "_io" => super::iomod::module(vm),
        "_bisect" => Some(super::bisect::module(vm)),
        "_json" => Some(super::json::module(vm)),
        "_codecs" => super::codecs::module(vm),
        "_random" => Some(super::random::module(vm)),
        "_md5" => Some(super::hashes::md5_module(vm)),
        "_sha1" => Some(super::hashes::sha1_module(vm)),
        "_sha256" => Some(super::hashes::sha256_module(vm)),
        "_sha3" => Some(super::hashes::sha3_module(vm)),
        "_blake2" => Some(super::hashes::blake2_module(vm)),
        "_sha512" => Some(super::sha512::module(vm)),
        "_struct" => Some(super::structmod::module(vm)),
        "zlib" => Some(super::zlibmod::module(vm)),
        "unicodedata" => Some(super::unicodedata::module(vm)),
        "time" => Some(super::time::module(vm)),
        "_string" => Some(super::string::module(vm)),
        "_abc" => Some(super::abc::module(vm)),
        "_ast" => super::ast::module(vm),
        "_sre" => Some(super::sre::module(vm)),
        "_thread" => crate::importer::thread_module(vm),
        "posix" => crate::importer::posix::module(vm),
        "importlib" => Some(crate::importer::importlib_module(vm)),
        "importlib.util"
        | "importlib.machinery"
        | "importlib._bootstrap"
        | "importlib._bootstrap_external" => crate::importer::importlib_submodule(vm, name),
        "_imp" => crate::importer::imp_module(vm),
        "_weakref" => Some(crate::types::weakref::module(vm, name)),
        "_socket" => super::oslevel::socket_module(vm),
        "select" => super::oslevel::select_module(vm),
        "_signal" => super::oslevel::signal_module(vm),
        "_posixsubprocess" => super::oslevel::posixsubprocess_module(vm),
        "atexit" => super::oslevel::atexit_module(vm),
        "errno" => Some(super::errno::module(vm)),
        "_contextvars" => super::contextvars::module(vm),
        "_csv" => super::csv::module(vm),
        "fcntl" => super::oslevel::fdmods::fcntl_module(vm),
        "termios" => super::oslevel::fdmods::termios_module(vm),
        "pwd" => super::oslevel::dbmods::pwd_module(vm),
        "grp" => super::oslevel::dbmods::grp_module(vm),
        "resource" => super::oslevel::dbmods::resource_module(vm),
        "cmath" => Some(super::cmath::module(vm)),
        "faulthandler" => super::faulthandler::module(vm),
        "_opcode" => Some(super::opcodemod::module(vm)),
        "marshal" => Some(super::marshal::module(vm)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::BUILTIN_MODULE_NAMES;

    #[test]
    fn builtin_module_names_are_sorted_and_unique() {
        assert!(BUILTIN_MODULE_NAMES.windows(2).all(|w| w[0] < w[1]));
    }
}
