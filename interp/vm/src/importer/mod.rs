//! The import system: `IMPORT_NAME`, `__import__` and `importlib.import_module`, with the
//! semantics of PEP 302/451 as CPython 3.11's `importlib._bootstrap` gives them — `sys.modules`
//! first, then native modules (CPython's `BuiltinImporter`), then a path search over
//! `sys.path` or the parent package's `__path__` (`PathFinder`/`FileFinder`, in `path.rs`).
//! The machinery itself is native rather than CPython's `_bootstrap.py` run on the VM (see
//! ARCHITECTURE.md: start-up cost and bring-up time); what programs observe — module
//! attributes, `ModuleSpec`s, partial modules in circular imports, error texts — follows
//! `_bootstrap.py`. `ModuleSpec` and the loaders are small Python classes (`frozen.py`).

pub(crate) mod green;
pub mod path;
pub mod posix;

use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;
use std::rc::Rc;

/// The embedded Python half: `ModuleSpec`, `SourceFileLoader`, `BuiltinImporter` helpers.
const FROZEN: &str = include_str!("frozen.py");

/// The `_frozen_importlib` module (made on first use and kept in `sys.modules`, as CPython
/// keeps its frozen importlib there).
pub fn frozen(vm: &Vm) -> PyResult<ObjRef> {
    let key = vm.new_str("_frozen_importlib");
    if let Some(m) = vm.dict_get(&vm.modules, &key)? {
        return Ok(m);
    }
    install_builtin_importer(vm);
    let get_code = vm.new_builtin("_n_get_code", native_get_code);
    let m = exec_embedded_with(
        vm,
        "_frozen_importlib",
        FROZEN,
        "<frozen importlib._bootstrap>",
        &[("_n_get_code", get_code)],
    )?;
    vm.dict_set(&vm.modules, key, m.clone())?;
    // `_bootstrap._setup`: the modules that exist before the import system get their specs.
    for (name, module) in [("sys", vm.sys.clone()), ("builtins", vm.builtins.clone())] {
        if let Some(d) = module.dict()
            && vm
                .dict_get_name(&d, "__spec__")
                .is_none_or(|s| vm.is_none(&s))
        {
            vm.dict_set_str(&d, "__spec__", builtin_spec(vm, name)?);
            vm.dict_set_str(&d, "__loader__", vm.types.builtin_importer.clone());
        }
    }
    Ok(m)
}

/// `SourceFileLoader.get_code`'s native half: the code of a source file, from its cache when
/// the cache is current.
fn native_get_code(vm: &Vm, args: crate::object::native::Args<'_>) -> PyResult {
    let a = args.exact(vm, "_n_get_code", 1)?;
    let path = str_of(vm, &a[0]).ok_or_else(|| vm.type_error("path must be str"))?;
    path::get_code(vm, std::path::Path::new(&path))
}

/// `BuiltinImporter`'s loader queries: a built-in module has no code, no source and is not a
/// package (`_requires_builtin` methods of `_bootstrap.py`).
fn install_builtin_importer(vm: &Vm) {
    fn none(vm: &Vm, _cls: &ObjRef, _args: crate::object::native::Args<'_>) -> PyResult {
        Ok(vm.none.clone())
    }
    fn not_package(vm: &Vm, _cls: &ObjRef, _args: crate::object::native::Args<'_>) -> PyResult {
        Ok(vm.false_obj.clone())
    }
    let t = &vm.types.builtin_importer;
    vm.add_classmethod(t, "get_code", none);
    vm.add_classmethod(t, "get_source", none);
    vm.add_classmethod(t, "is_package", not_package);
}

/// Runs embedded Python source as a new module named `name`.
pub fn exec_embedded(vm: &Vm, name: &str, source: &str, filename: &str) -> PyResult<ObjRef> {
    exec_embedded_with(vm, name, source, filename, &[])
}

/// Runs embedded Python source as a new module whose namespace starts with `pre` (the native
/// helpers the Python half calls).
pub fn exec_embedded_with(
    vm: &Vm,
    name: &str,
    source: &str,
    filename: &str,
    pre: &[(&str, ObjRef)],
) -> PyResult<ObjRef> {
    let m = vm.new_module(name);
    let d = m.dict().ok_or_else(|| vm.internal("module dict"))?;
    vm.dict_set_str(&d, "__builtins__", vm.builtins_dict());
    for (k, v) in pre {
        vm.dict_set_str(&d, k, v.clone());
    }
    let code = crate::builtins::exec::compile_text(
        vm,
        source.as_bytes(),
        filename,
        krait_syntax::parser::Mode::Exec,
    )?;
    let c = code.as_code().cloned().ok_or_else(|| vm.internal("code"))?;
    // The embedded modules stand in for C modules, except the few that are Python in CPython.
    let stand_in = !matches!(
        name,
        "_frozen_importlib" | "runpy" | "importlib.util" | "importlib.machinery"
    );
    if stand_in {
        crate::eval::code::Code::hide(&c);
    }
    crate::eval::run_module_code(vm, c, &d, &d)?;
    if stand_in {
        dress_as_builtins(vm, name, &d)?;
    }
    Ok(m)
}

/// Replaces each function a stand-in module defined with a `builtin_function_or_method` that
/// calls it: a C module's functions do not bind as methods when stored on a class
/// (`_close = os.close`), and show as `<built-in function close>`.
fn dress_as_builtins(vm: &Vm, module: &str, d: &ObjRef) -> PyResult<()> {
    let module_name = leak_name(module);
    for (k, v) in vm.dict_items(d) {
        let Some(f) = v.as_function() else { continue };
        // Only the module's own functions (not ones it imported from elsewhere).
        if !Rc::ptr_eq(&f.globals, d) {
            continue;
        }
        let Some(name) = k.as_str().and_then(|s| s.as_str()) else {
            continue;
        };
        let dressed = Obj::new(
            vm.types.builtin_function.clone(),
            Payload::Builtin(Box::new(crate::object::native::Builtin {
                name: leak_name(name),
                func: crate::object::native::NativeKind::Method(call_dressed),
                bound: Some(v.clone()),
                module: Some(module_name),
                counted: false,
            })),
        );
        vm.dict_set(d, k, dressed)?;
    }
    // A module whose own tables hold its functions refreshes them here.
    if let Some(hook) = vm.dict_get_name(d, "_after_dressing") {
        vm.call0(&hook)?;
        vm.dict_del(d, &vm.new_str("_after_dressing"))?;
    }
    Ok(())
}

/// A dressed function's call: the Python function it wraps, with the arguments as given.
fn call_dressed(vm: &Vm, func: &ObjRef, args: crate::object::native::Args<'_>) -> PyResult {
    vm.call(func, args)
}

/// A `'static` copy of a module or function name, made once per name for the process
/// (built-in functions name themselves with static strings).
fn leak_name(name: &str) -> &'static str {
    static NAMES: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
    let mut names = NAMES.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(n) = names.iter().find(|n| **n == name) {
        return n;
    }
    let n: &'static str = Box::leak(name.to_string().into_boxed_str());
    names.push(n);
    n
}

fn frozen_attr(vm: &Vm, name: &str) -> PyResult<ObjRef> {
    let f = frozen(vm)?;
    vm.getattr_str(&f, name)
}

/// `ModuleNotFoundError(msg, name=name)`.
pub fn not_found(vm: &Vm, msg: String, name: &str) -> crate::object::PyErr {
    let err = vm.error(&vm.exc.module_not_found_error, msg);
    if let Some(e) = err.exc().as_exception() {
        let mut f = e.fields.borrow_mut();
        if f.len() == 3 {
            f[1] = Some(vm.new_str(name));
        }
    }
    err
}

fn str_of(vm: &Vm, o: &ObjRef) -> Option<String> {
    let _ = vm;
    o.as_str().map(|s| s.to_string_lossy().into_owned())
}

/// `resolve_name` of `import.c`: the package a relative import starts from, from the importing
/// module's globals (`__package__`, else `__spec__.parent`, else `__name__`).
fn resolve_name(vm: &Vm, name: &str, globals: Option<&ObjRef>, level: usize) -> PyResult<String> {
    let Some(g) = globals.filter(|g| !vm.is_none(g)) else {
        return Err(vm.error(&vm.exc.key_error, "'__name__' not in globals"));
    };
    if g.as_dict().is_none() {
        return Err(vm.type_error("globals must be a dict"));
    }
    let package = match vm
        .dict_get_name(g, "__package__")
        .filter(|p| !vm.is_none(p))
    {
        Some(p) => match str_of(vm, &p) {
            Some(s) => s,
            None => return Err(vm.type_error("package must be a string")),
        },
        None => match vm.dict_get_name(g, "__spec__").filter(|s| !vm.is_none(s)) {
            Some(spec) => {
                let parent = vm.getattr_str(&spec, "parent")?;
                str_of(vm, &parent)
                    .ok_or_else(|| vm.type_error("__spec__.parent must be a string"))?
            }
            None => {
                let n = vm
                    .dict_get_name(g, "__name__")
                    .ok_or_else(|| vm.error(&vm.exc.key_error, "'__name__' not in globals"))?;
                let n = str_of(vm, &n).ok_or_else(|| vm.type_error("__name__ must be a string"))?;
                if vm.dict_get_name(g, "__path__").is_some() {
                    n
                } else {
                    n.rsplit_once('.')
                        .map(|(a, _)| a.to_string())
                        .unwrap_or_default()
                }
            }
        },
    };
    if package.is_empty() {
        return Err(vm.error(
            &vm.exc.import_error,
            "attempted relative import with no known parent package",
        ));
    }
    resolve_from(vm, name, &package, level)
}

/// `_resolve_name`: strips `level - 1` trailing parts from `package` and appends `name`.
fn resolve_from(vm: &Vm, name: &str, package: &str, level: usize) -> PyResult<String> {
    let mut base = package;
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((head, _)) => base = head,
            None => {
                return Err(vm.error(
                    &vm.exc.import_error,
                    "attempted relative import beyond top-level package",
                ));
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// `PyImport_ImportModuleLevelObject`: the module `import` binds for
/// `__import__(name, globals, locals, fromlist, level)`.
pub fn import_level(
    vm: &Vm,
    name: &ObjRef,
    globals: Option<&ObjRef>,
    fromlist: &ObjRef,
    level: i64,
) -> PyResult<ObjRef> {
    let Some(text) = str_of(vm, name) else {
        return Err(vm.type_error("module name must be a string"));
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    let abs = if level > 0 {
        resolve_name(vm, &text, globals, level as usize)?
    } else {
        if text.is_empty() {
            return Err(vm.value_error("Empty module name"));
        }
        text.clone()
    };
    let module = get_or_load(vm, &abs)?;
    let empty_from = vm.is_none(fromlist) || !vm.truthy(fromlist)?;
    if empty_from {
        let Some((front, _)) = text.split_once('.') else {
            return Ok(module);
        };
        if level == 0 {
            return get_or_load(vm, front);
        }
        return cut_module(vm, &abs, &text, front);
    }
    if vm.getattr_opt(&module, &vm.intern("__path__"))?.is_some() {
        handle_fromlist(vm, &module, fromlist, false)?;
    }
    Ok(module)
}

/// The module `import a.b.c` binds relative to a package: `abs` minus the tail after `front`.
fn cut_module(vm: &Vm, abs: &str, text: &str, front: &str) -> PyResult<ObjRef> {
    let cut = text.len() - front.len();
    let want = &abs[..abs.len() - cut];
    match vm.dict_get(&vm.modules, &vm.new_str(want))? {
        Some(m) => Ok(m),
        None => Err(vm.error(
            &vm.exc.key_error,
            format!("{want:?} not in sys.modules as expected"),
        )),
    }
}

/// `_handle_fromlist`: `from package import name` imports `package.name` when the package has
/// no such attribute; `*` follows `__all__`.
fn handle_fromlist(vm: &Vm, module: &ObjRef, fromlist: &ObjRef, recursive: bool) -> PyResult<()> {
    let mname = vm.getattr(module, &vm.names.__name__)?;
    let mname = vm.str_lossy(&mname);
    for x in vm.collect(fromlist)? {
        let Some(s) = str_of(vm, &x) else {
            let what = if recursive {
                format!("``{mname}.__all__``")
            } else {
                "``from list''".to_string()
            };
            return Err(vm.type_error(format!(
                "Item in {what} must be str, not {}",
                vm.type_name(&x)
            )));
        };
        if s == "*" {
            if !recursive && let Some(all) = vm.getattr_opt(module, &vm.intern("__all__"))? {
                handle_fromlist(vm, module, &all, true)?;
            }
            continue;
        }
        if vm.getattr_opt(module, &x)?.is_some() {
            continue;
        }
        let sub = format!("{mname}.{s}");
        if let Err(e) = get_or_load(vm, &sub) {
            // A submodule that does not exist is not an error here: `IMPORT_FROM` reports
            // the missing name instead.
            if vm.err_matches(&e, &vm.exc.module_not_found_error)
                && exc_name(vm, &e).as_deref() == Some(sub.as_str())
                && vm
                    .dict_get(&vm.modules, &vm.new_str(sub.clone()))?
                    .is_none()
            {
                continue;
            }
            return Err(e);
        }
    }
    Ok(())
}

fn exc_name(vm: &Vm, e: &crate::object::PyErr) -> Option<String> {
    let n = vm.getattr_opt(e.exc(), &vm.intern("name")).ok()??;
    str_of(vm, &n)
}

/// `sys.modules[name]`, or `_find_and_load(name)` on a miss (or when the entry is a module
/// still initialising, which `_lock_unlock_module` would wait for — a single thread never
/// has to).
pub fn get_or_load(vm: &Vm, name: &str) -> PyResult<ObjRef> {
    let key = vm.new_str(name);
    match vm.dict_get(&vm.modules, &key)? {
        Some(m) if vm.is_none(&m) => Err(not_found(
            vm,
            format!("import of {name} halted; None in sys.modules"),
            name,
        )),
        Some(m) => Ok(m),
        None => find_and_load(vm, name),
    }
}

/// `_find_and_load_unlocked`: imports the parent first, finds a spec, loads it and binds the
/// module as an attribute of its parent.
fn find_and_load(vm: &Vm, name: &str) -> PyResult<ObjRef> {
    let key = vm.new_str(name);
    let mut search: Option<ObjRef> = None;
    let mut parent_module = None;
    if let Some((parent, _)) = name.rsplit_once('.') {
        let pm = get_or_load(vm, parent)?;
        // Importing the parent may have imported this module as a side effect.
        if let Some(m) = vm.dict_get(&vm.modules, &key)? {
            return Ok(m);
        }
        match vm.getattr_opt(&pm, &vm.intern("__path__"))? {
            Some(p) => search = Some(p),
            None => {
                return Err(not_found(
                    vm,
                    format!("No module named '{name}'; '{parent}' is not a package"),
                    name,
                ));
            }
        }
        parent_module = Some(pm);
    }
    let module = match find_native(vm, name, search.is_none())? {
        Some(m) => m,
        None => match path::find_spec(vm, name, search.as_ref())? {
            Some(found) => path::load(vm, name, found)?,
            None => return Err(not_found(vm, format!("No module named '{name}'"), name)),
        },
    };
    if let (Some(pm), Some((_, child))) = (parent_module, name.rsplit_once('.')) {
        vm.setattr(&pm, &vm.intern(child), &module)?;
    }
    // `python3`'s start-up (`site` and the `.pth` files it runs) has already imported
    // `collections.abc`, so programs that only `import collections` still find
    // `collections.abc`; krait runs no `site`, so it imports the submodule with its package.
    if name == "collections" {
        get_or_load(vm, "collections.abc")?;
    }
    Ok(module)
}

/// Whether `name` is one of the native submodules of krait's `importlib` stand-in.
fn is_native_submodule(name: &str) -> bool {
    matches!(
        name,
        "importlib.util"
            | "importlib.machinery"
            | "importlib._bootstrap"
            | "importlib._bootstrap_external"
    )
}

/// The spec `BuiltinImporter.find_spec` gives a native module.
fn builtin_spec(vm: &Vm, name: &str) -> PyResult<ObjRef> {
    let spec = frozen_attr(vm, "ModuleSpec")?;
    vm.call(
        &spec,
        crate::object::native::Args {
            values: &[
                vm.new_str(name),
                vm.types.builtin_importer.clone(),
                vm.new_str("built-in"),
            ],
            kwnames: &[vm.intern("origin")],
        },
    )
}

/// `importlib.util.find_spec`'s search step (`_find_spec` over the meta path krait has): a
/// native module's spec, else the path search's, else None. Nothing is imported.
fn native_find_spec(vm: &Vm, args: crate::object::native::Args<'_>) -> PyResult {
    let a = args.exact(vm, "_n_find_spec", 2)?;
    let name = str_of(vm, &a[0]).ok_or_else(|| vm.type_error("name must be str"))?;
    let search = (!vm.is_none(&a[1])).then(|| a[1].clone());
    let top = search.is_none();
    if (top && crate::builtins::modules::BUILTIN_MODULE_NAMES.contains(&name.as_str()))
        || is_native_submodule(&name)
    {
        return builtin_spec(vm, &name);
    }
    match path::find_spec(vm, &name, search.as_ref())? {
        Some(found) => Ok(path::spec_for(vm, &name, &found)?.0),
        None => Ok(vm.none.clone()),
    }
}

/// `importlib.util` / `importlib.machinery` (one embedded source serves both names).
pub fn importlib_submodule(vm: &Vm, name: &str) -> Option<ObjRef> {
    let find = vm.new_builtin("_n_find_spec", native_find_spec);
    exec_embedded_with(
        vm,
        name,
        IMPORTLIB_UTIL,
        &format!("<frozen {name}>"),
        &[("_n_find_spec", find)],
    )
    .ok()
}

/// The source of `importlib.util` and `importlib.machinery`.
const IMPORTLIB_UTIL: &str = include_str!("importlib_util.py");

/// `BuiltinImporter`: a native module (top-level names, and `importlib`'s native
/// submodules), with its spec.
fn find_native(vm: &Vm, name: &str, top: bool) -> PyResult<Option<ObjRef>> {
    if !top && !is_native_submodule(name) {
        return Ok(None);
    }
    let Some(m) = crate::builtins::modules::native_module(vm, name) else {
        return Ok(None);
    };
    if let Some(d) = m.dict() {
        let loader = vm.types.builtin_importer.clone();
        let spec = builtin_spec(vm, name)?;
        vm.dict_set_str(&d, "__loader__", loader);
        vm.dict_set_str(&d, "__spec__", spec);
        if vm
            .dict_get_name(&d, "__package__")
            .is_none_or(|p| vm.is_none(&p))
        {
            vm.dict_set_str(&d, "__package__", vm.new_str(""));
        }
    }
    vm.dict_set(&vm.modules, vm.new_str(name), m.clone())?;
    Ok(Some(m))
}

/// `importlib.import_module(name, package=None)`.
pub fn import_module(vm: &Vm, name: &ObjRef, package: Option<&ObjRef>) -> PyResult<ObjRef> {
    let Some(text) = str_of(vm, name) else {
        return Err(vm.type_error(format!(
            "module name must be str, not {}",
            crate::object::typeobj::type_name(&name.class())
        )));
    };
    let level = text.len() - text.trim_start_matches('.').len();
    let abs = if level > 0 {
        let pkg = package.filter(|p| !vm.is_none(p));
        let Some(pkg) = pkg.and_then(|p| str_of(vm, p)).filter(|p| !p.is_empty()) else {
            return Err(vm.type_error(format!(
                "the 'package' argument is required to perform a relative import for {}",
                vm.repr_string(name)?
            )));
        };
        resolve_from(vm, &text[level..], &pkg, level)?
    } else {
        if text.is_empty() {
            return Err(vm.value_error("Empty module name"));
        }
        text
    };
    get_or_load(vm, &abs)
}

/// The `_thread` module's source (a single-threaded interpreter's locks and thread identity).
const THREAD: &str = include_str!("thread.py");

/// The `_thread` module.
pub fn thread_module(vm: &Vm) -> Option<ObjRef> {
    let natives = green::natives(vm);
    exec_embedded_with(vm, "_thread", THREAD, "<frozen _thread>", &natives).ok()
}

/// The `_imp` module's source (the import lock and the queries of the built-in importer).
const IMP: &str = include_str!("imp.py");

/// The `_imp` module.
pub fn imp_module(vm: &Vm) -> Option<ObjRef> {
    exec_embedded(vm, "_imp", IMP, "<frozen _imp>").ok()
}

fn importlib_import_module(vm: &Vm, args: crate::object::native::Args<'_>) -> PyResult {
    let [name, package] = args.bind(vm, "import_module", ["name", "package"], 0, 2, 1)?;
    let name = name.ok_or_else(|| vm.internal("name"))?;
    import_module(vm, &name, package.as_ref())
}

fn importlib_invalidate_caches(vm: &Vm, args: crate::object::native::Args<'_>) -> PyResult {
    args.exact(vm, "invalidate_caches", 0)?;
    Ok(vm.none.clone())
}

/// `importlib`: `import_module` and `invalidate_caches` (the path search keeps no caches),
/// native because CPython's `importlib/__init__.py` needs its frozen bootstrap modules.
pub fn importlib_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("importlib");
    if let Some(d) = m.dict() {
        let fns: &[(&'static str, crate::object::native::NativeFn)] = &[
            ("import_module", importlib_import_module),
            ("invalidate_caches", importlib_invalidate_caches),
        ];
        for &(name, f) in fns {
            vm.dict_set_str(&d, name, vm.new_builtin(name, f));
        }
        // A package, so that `importlib.util` and `importlib.machinery` can be imported.
        vm.dict_set_str(&d, "__path__", vm.new_list(Vec::new()));
    }
    m
}
