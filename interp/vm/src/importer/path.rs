//! Finding and loading source modules: `sys.path` as CPython 3.11 computes it, the path search
//! of `PathFinder`/`FileFinder` (a package directory with `__init__.py`, then `name.py`, then a
//! namespace portion), `.pyc` caching in `__pycache__/NAME.krait-311.pyc` (PEP 3147 with
//! krait's cache tag, timestamp-validated as `SourceLoader.get_code` does), and executing the
//! module as `_load_unlocked` does: in `sys.modules` first, removed again if it fails.

use std::path::{Path, PathBuf};

use krait_compiler::pyc::{self, Validation};
use krait_compiler::{CompileOptions, compile_source};

use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// The standard library directory: `KRAIT_STDLIB` at run time, else the host `python3`'s as
/// the build found it.
pub fn stdlib_dir() -> Option<String> {
    if let Ok(d) = std::env::var("KRAIT_STDLIB")
        && !d.is_empty()
    {
        return Some(d);
    }
    let baked = env!("KRAIT_BUILD_STDLIB");
    (!baked.is_empty()).then(|| baked.to_string())
}

/// Fills `sys.path` as `python3` does: the script's (real) directory or `''`, the
/// `PYTHONPATH` entries, the zip archive name, the standard library, `lib-dynload` and
/// `site-packages`.
pub fn init_sys_path(vm: &Vm, script: Option<&str>) {
    let mut entries: Vec<String> = Vec::new();
    match script {
        Some(f) => {
            let real = std::fs::canonicalize(f).unwrap_or_else(|_| PathBuf::from(f));
            let dir = real.parent().map(|p| p.to_string_lossy().into_owned());
            entries.push(dir.unwrap_or_default());
        }
        None => entries.push(String::new()),
    }
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        entries.extend(pp.split(':').filter(|s| !s.is_empty()).map(str::to_string));
    }
    if let Some(lib) = stdlib_dir() {
        let lib = lib.trim_end_matches('/').to_string();
        if let Some((prefix, tail)) = lib.rsplit_once('/') {
            let zip: String = tail.chars().filter(|c| *c != '.').collect();
            entries.push(format!("{prefix}/{zip}.zip"));
        }
        entries.push(lib.clone());
        entries.push(format!("{lib}/lib-dynload"));
        entries.push(format!("{lib}/site-packages"));
    }
    let list = vm.new_list(entries.into_iter().map(|e| vm.new_str(e)).collect());
    if let Some(d) = vm.sys.dict() {
        vm.dict_set_str(&d, "path", list);
    }
}

/// `sys.path` for `python3 -m`: as for `-c`, but the first entry is the current directory's
/// full path rather than `''`.
pub fn init_sys_path_for_module(vm: &Vm) {
    init_sys_path(vm, None);
    let cwd = std::env::current_dir().map(|d| d.to_string_lossy().into_owned());
    if let (Ok(cwd), Ok(path)) = (cwd, vm.getattr_str(&vm.sys, "path"))
        && let Some(list) = path.as_list()
        && let Some(first) = list.borrow_mut().first_mut()
    {
        *first = vm.new_str(cwd);
    }
}

/// Where a module was found.
#[derive(Debug)]
pub enum Found {
    /// A source file; `package` when it is a package's `__init__.py`.
    Source { file: PathBuf, package: bool },
    /// A namespace package (PEP 420): the directories that make it up.
    Namespace(Vec<String>),
}

/// The search path entries as strings (`''` is the current directory).
fn entries(vm: &Vm, search: Option<&ObjRef>) -> PyResult<Vec<String>> {
    let list = match search {
        Some(p) => p.clone(),
        None => vm.getattr_str(&vm.sys, "path")?,
    };
    let mut out = Vec::new();
    for e in vm.collect(&list)? {
        if let Some(s) = e.as_str() {
            out.push(s.to_string_lossy().into_owned());
        }
    }
    Ok(out)
}

/// `PathFinder.find_spec`: the first entry holding the module; namespace portions are kept
/// only if no entry has a regular module or package.
pub fn find_spec(vm: &Vm, name: &str, search: Option<&ObjRef>) -> PyResult<Option<Found>> {
    let tail = name.rsplit('.').next().unwrap_or(name);
    let mut portions = Vec::new();
    for entry in entries(vm, search)? {
        let base = if entry.is_empty() {
            match std::env::current_dir() {
                Ok(d) => d,
                Err(_) => continue,
            }
        } else {
            PathBuf::from(&entry)
        };
        let dir = base.join(tail);
        if dir.is_dir() {
            let init = dir.join("__init__.py");
            if init.is_file() {
                return Ok(Some(Found::Source {
                    file: init,
                    package: true,
                }));
            }
        }
        let file = base.join(format!("{tail}.py"));
        if file.is_file() {
            return Ok(Some(Found::Source {
                file,
                package: false,
            }));
        }
        if dir.is_dir() {
            portions.push(dir.to_string_lossy().into_owned());
        }
    }
    Ok((!portions.is_empty()).then_some(Found::Namespace(portions)))
}

/// `cache_from_source`: `DIR/__pycache__/NAME.krait-311.pyc`, or `NAME.krait-311.opt-N.pyc`
/// under `-O`/`-OO` (PEP 488), the optimisation level being part of the cached file's name.
pub fn cache_path(file: &Path, optimize: i32) -> Option<PathBuf> {
    let dir = file.parent()?;
    let stem = file.file_stem()?.to_string_lossy();
    let opt = if optimize == 0 {
        String::new()
    } else {
        format!(".opt-{optimize}")
    };
    Some(
        dir.join("__pycache__")
            .join(format!("{stem}.krait-311{opt}.pyc")),
    )
}

fn mtime_and_size(meta: &std::fs::Metadata) -> (u32, u32) {
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs() as u32);
    (mtime, meta.len() as u32)
}

/// `SourceLoader.get_code`: the cached code if its header matches the source's mtime and
/// size, else the source compiled (and cached unless `sys.dont_write_bytecode`).
pub fn get_code(vm: &Vm, file: &Path) -> PyResult<ObjRef> {
    let path_name = file.to_string_lossy().into_owned();
    let meta = std::fs::metadata(file).map_err(|e| os_error(vm, &e, &path_name))?;
    let fname = frozen_filename(file).unwrap_or_else(|| path_name.clone());
    let (mtime, size) = mtime_and_size(&meta);
    let want = Validation::Timestamp {
        mtime,
        source_size: size,
    };
    let optimize = crate::sys::optimize_level(vm);
    let cached = cache_path(file, optimize);
    if let Some(c) = &cached
        && let Ok(data) = std::fs::read(c)
        && let Ok((v, code)) = pyc::read_pyc(&data)
        && v == want
        && code.filename.as_str() == Some(fname.as_str())
    {
        let code = crate::eval::code::Code::new(vm, code)?;
        return Ok(crate::eval::code::Code::object(vm, &code));
    }
    let source = std::fs::read(file).map_err(|e| os_error(vm, &e, &path_name))?;
    let opts = CompileOptions {
        file_input: true,
        optimize,
        ..CompileOptions::default()
    };
    let compiled = compile_source(&source, &fname, &opts);
    crate::warnings::issue_compile_warnings(vm, &compiled.warnings, &fname)?;
    let co = match compiled.result {
        Ok(co) => co,
        Err(e) => return Err(crate::builtins::exec::parse_error_to_exc(vm, &e, &fname)),
    };
    let dont_write = vm
        .getattr_opt(&vm.sys, &vm.intern("dont_write_bytecode"))?
        .map(|v| vm.truthy(&v))
        .transpose()?
        .unwrap_or(false);
    if !dont_write && let Some(c) = &cached {
        write_cache(c, &want, &co);
    }
    let code = crate::eval::code::Code::new(vm, co)?;
    Ok(crate::eval::code::Code::object(vm, &code))
}

/// The standard-library modules CPython 3.11 runs frozen into its executable (`Python/frozen.c`,
/// less the import machinery and test modules, which krait provides otherwise).
const FROZEN_STDLIB: [&str; 12] = [
    "abc",
    "codecs",
    "io",
    "_collections_abc",
    "_sitebuiltins",
    "genericpath",
    "ntpath",
    "posixpath",
    "os",
    "site",
    "stat",
    "zipimport",
];

/// The file name a frozen standard-library module's code carries in CPython, `<frozen NAME>`
/// (what its tracebacks show, with no source line), for `file` in the standard library; None
/// for any other file.
fn frozen_filename(file: &Path) -> Option<String> {
    let lib = stdlib_dir()?;
    if file.parent()? != Path::new(&lib) || file.extension()? != "py" {
        return None;
    }
    let stem = file.file_stem()?.to_str()?;
    FROZEN_STDLIB
        .contains(&stem)
        .then(|| format!("<frozen {stem}>"))
}

/// Writes a `.pyc` atomically (a temporary file renamed over), ignoring failures as
/// `_write_atomic`'s callers do: an unwritable directory only costs a recompilation.
fn write_cache(path: &Path, v: &Validation, co: &krait_compiler::CodeObject) {
    let Ok(data) = pyc::write_pyc(v, co) else {
        return;
    };
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let tmp = path.with_extension(format!("pyc.{}", std::process::id()));
    if std::fs::write(&tmp, data).is_ok() && std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

pub(crate) fn os_error(vm: &Vm, e: &std::io::Error, file: &str) -> crate::object::PyErr {
    let cls = match e.kind() {
        std::io::ErrorKind::NotFound => &vm.exc.file_not_found_error,
        std::io::ErrorKind::PermissionDenied => &vm.exc.permission_error,
        _ => &vm.exc.os_error,
    };
    let errno = e.raw_os_error().unwrap_or(0);
    let msg = e.to_string();
    let msg = msg.split(" (os error").next().unwrap_or("").to_string();
    let exc = vm.new_exception(
        cls,
        vec![vm.new_int(errno as i64), vm.new_str(msg), vm.new_str(file)],
    );
    vm.raise(exc)
}

fn call_kw(vm: &Vm, f: &ObjRef, pos: Vec<ObjRef>, kw: Vec<(&str, ObjRef)>) -> PyResult {
    let names: Vec<ObjRef> = kw.iter().map(|(k, _)| vm.intern(k)).collect();
    let mut values = pos;
    values.extend(kw.into_iter().map(|(_, v)| v));
    vm.call(
        f,
        Args {
            values: &values,
            kwnames: &names,
        },
    )
}

/// `spec_from_file_location` for what the path search found: the spec and its loader
/// (`SourceFileLoader`, or `NamespaceLoader` with the portions as search locations).
pub fn spec_for(vm: &Vm, name: &str, found: &Found) -> PyResult<(ObjRef, ObjRef)> {
    let frozen = super::frozen(vm)?;
    let spec_cls = vm.getattr_str(&frozen, "ModuleSpec")?;
    match found {
        Found::Source { file, package } => {
            let fname = file.to_string_lossy().into_owned();
            let loader_cls = vm.getattr_str(&frozen, "SourceFileLoader")?;
            let loader = vm.call_pos(&loader_cls, &[vm.new_str(name), vm.new_str(&*fname)])?;
            let spec = call_kw(
                vm,
                &spec_cls,
                vec![vm.new_str(name), loader.clone()],
                vec![
                    ("origin", vm.new_str(&*fname)),
                    ("is_package", vm.new_bool(*package)),
                ],
            )?;
            let cached = cache_path(file, crate::sys::optimize_level(vm))
                .map_or_else(|| vm.none.clone(), |c| vm.new_str(c.to_string_lossy()));
            vm.setattr(&spec, &vm.intern("_set_fileattr"), &vm.true_obj)?;
            vm.setattr(&spec, &vm.intern("cached"), &cached)?;
            if *package && let Some(dir) = file.parent() {
                let locs = vm.getattr_str(&spec, "submodule_search_locations")?;
                vm.call_method(&locs, "append", &[vm.new_str(dir.to_string_lossy())])?;
            }
            Ok((spec, loader))
        }
        Found::Namespace(portions) => {
            let loader_cls = vm.getattr_str(&frozen, "NamespaceLoader")?;
            let loader = vm.call_pos(&loader_cls, &[])?;
            let spec = call_kw(
                vm,
                &spec_cls,
                vec![vm.new_str(name), loader.clone()],
                vec![("is_package", vm.true_obj.clone())],
            )?;
            let locs = vm.new_list(portions.iter().map(|p| vm.new_str(p.as_str())).collect());
            vm.setattr(&spec, &vm.intern("submodule_search_locations"), &locs)?;
            Ok((spec, loader))
        }
    }
}

/// `module_from_spec` then `_load_unlocked`: the module's attributes set as
/// `_init_module_attrs` sets them, the module in `sys.modules` while its code runs (so a
/// circular import sees the partial module), removed if the code raises.
pub fn load(vm: &Vm, name: &str, found: Found) -> PyResult<ObjRef> {
    let module = vm.new_module(name);
    let d = module.dict().ok_or_else(|| vm.internal("module dict"))?;
    let parent = name.rsplit_once('.').map_or("", |(p, _)| p);
    let (spec, loader) = spec_for(vm, name, &found)?;
    vm.dict_set_str(&d, "__loader__", loader);
    let (code, package) = match found {
        Found::Source { file, package } => {
            let fname = file.to_string_lossy().into_owned();
            let cached = vm.getattr_str(&spec, "cached")?;
            (Some((file, fname, cached)), package)
        }
        Found::Namespace(_) => (None, true),
    };
    let pkg_name = if package { name } else { parent };
    vm.dict_set_str(&d, "__package__", vm.new_str(pkg_name));
    vm.dict_set_str(&d, "__spec__", spec.clone());
    if package {
        let locs = vm.getattr_str(&spec, "submodule_search_locations")?;
        vm.dict_set_str(&d, "__path__", locs);
    }
    let key = vm.new_str(name);
    let Some((file, fname, cached)) = code else {
        // `_init_module_attrs` gives a namespace package `__file__ = None`.
        vm.dict_set_str(&d, "__file__", vm.none.clone());
        vm.dict_set(&vm.modules, key, module.clone())?;
        return Ok(module);
    };
    vm.dict_set_str(&d, "__file__", vm.new_str(fname));
    vm.dict_set_str(&d, "__cached__", cached);
    vm.dict_set_str(&d, "__builtins__", vm.builtins_dict());
    vm.dict_set(&vm.modules, key.clone(), module.clone())?;
    let init = vm.intern("_initializing");
    vm.setattr(&spec, &init, &vm.true_obj)?;
    let ran = get_code(vm, &file).and_then(|code| {
        let c = code.as_code().cloned().ok_or_else(|| vm.internal("code"))?;
        crate::eval::run_module_code(vm, c, &d, &d)
    });
    let _ = vm.setattr(&spec, &init, &vm.false_obj);
    if let Err(e) = ran {
        let _ = vm.dict_del(&vm.modules, &key);
        return Err(e);
    }
    // The module may have replaced itself in `sys.modules`; that entry is the result, moved
    // to the end as `_load_unlocked` does by popping and re-inserting it.
    let Some(m) = vm.dict_get(&vm.modules, &key)? else {
        return Err(vm.error(&vm.exc.key_error, format!("{:?} not in sys.modules", name)));
    };
    vm.dict_del(&vm.modules, &key)?;
    vm.dict_set(&vm.modules, key, m.clone())?;
    Ok(m)
}
