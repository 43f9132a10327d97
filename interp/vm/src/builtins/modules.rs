//! Modules the interpreter provides natively until the standard library runs on the VM:
//! `gc` (the cycle collector's controls and introspection). `import` finds them by name.

use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// `gc.collect(generation=2)`: one collection of that generation and the younger ones,
/// announced to `gc.callbacks` and counted in `get_stats()`.
fn gc_collect(vm: &Vm, args: Args<'_>) -> PyResult {
    let [generation] = args.bind(vm, "collect", ["generation"], 0, 1, 0)?;
    let generation = match generation {
        Some(g) => vm.index(&g)?.as_i64().unwrap_or(-1),
        None => 2,
    };
    if !(0..=2).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    let n = vm.gc_collect_announced(generation as usize);
    Ok(vm.new_int(n as i64))
}

/// `gc.get_stats()`.
fn gc_get_stats(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "get_stats", 0)?;
    let stats = vm.gc.borrow().stats;
    let gens = stats
        .iter()
        .map(|&(collections, collected)| {
            let d = vm.new_dict();
            vm.dict_set_str(&d, "collections", vm.new_int(collections as i64));
            vm.dict_set_str(&d, "collected", vm.new_int(collected as i64));
            vm.dict_set_str(&d, "uncollectable", vm.new_int(0));
            d
        })
        .collect();
    Ok(vm.new_list(gens))
}

/// `gc.get_objects(generation=None)`: the tracked objects, of one generation or (None or -1)
/// of all.
fn gc_get_objects(vm: &Vm, args: Args<'_>) -> PyResult {
    let [generation] = args.bind(vm, "get_objects", ["generation"], 0, 1, 0)?;
    let mut only = None;
    if let Some(g) = generation.filter(|g| !vm.is_none(g)) {
        let g = vm.index(&g)?.as_i64().unwrap_or(i64::MAX);
        if g >= 3 {
            return Err(vm.value_error(
                "generation parameter must be less than the number of available generations (3)",
            ));
        }
        if g < -1 {
            return Err(vm.value_error("generation parameter cannot be negative"));
        }
        only = usize::try_from(g).ok();
    }
    let objs = match only {
        Some(g) => vm.gc.borrow_mut().generation(g),
        None => vm.gc.borrow_mut().live(),
    };
    Ok(vm.new_list(objs))
}

/// `gc.get_referents(*objs)`: what each object references directly (`tp_traverse`).
fn gc_get_referents(vm: &Vm, args: Args<'_>) -> PyResult {
    let mut out = Vec::new();
    args.no_kw(vm, "get_referents")?;
    for o in args.pos() {
        crate::object::gc::traverse(o, &mut |r| out.push(r.clone()));
    }
    Ok(vm.new_list(out))
}

/// `gc.get_referrers(*objs)`: the tracked objects that reference any of `objs` directly.
fn gc_get_referrers(vm: &Vm, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "get_referrers")?;
    let targets: Vec<usize> = args.pos().iter().map(|o| o.id()).collect();
    let objs = vm.gc.borrow_mut().live();
    let found = objs
        .into_iter()
        .filter(|o| {
            let mut hit = false;
            crate::object::gc::traverse(o, &mut |r| hit |= targets.contains(&r.id()));
            hit
        })
        .collect();
    Ok(vm.new_list(found))
}

/// `gc.is_tracked(obj)`.
fn gc_is_tracked(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "is_tracked", 1)?;
    Ok(vm.new_bool(vm.gc_is_tracked(&a[0])))
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

/// `gc.get_count()`: the counts that start each generation's collection.
fn gc_get_count(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "get_count", 0)?;
    let counts = vm.gc.borrow().counts();
    Ok(vm.new_tuple(counts.iter().map(|&n| vm.new_int(n)).collect()))
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
            ("get_stats", gc_get_stats),
            ("get_objects", gc_get_objects),
            ("get_referents", gc_get_referents),
            ("get_referrers", gc_get_referrers),
            ("is_tracked", gc_is_tracked),
        ];
        for &(name, f) in fns {
            let b = vm.new_module_builtin(name, f, "gc");
            vm.dict_set_str(&d, name, b);
        }
        vm.dict_set_str(&d, "garbage", vm.new_list(Vec::new()));
        let callbacks = vm.new_list(Vec::new());
        vm.gc.borrow_mut().callbacks = Some(callbacks.clone());
        vm.dict_set_str(&d, "callbacks", callbacks);
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
    "_pickle",
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
    "_symtable",
    "_thread",
    "_tokenize",
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
    "pyexpat",
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
        "_symtable" => Some(super::symtablemod::module(vm)),
        "pyexpat" => Some(super::pyexpat::module(vm)),
        "zlib" => Some(super::zlibmod::module(vm)),
        "unicodedata" => Some(super::unicodedata::module(vm)),
        "time" => Some(super::time::module(vm)),
        "_string" => Some(super::string::module(vm)),
        "_tokenize" => Some(super::tokenizemod::module(vm)),
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
        "_pickle" => super::pickle::module(vm),
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
