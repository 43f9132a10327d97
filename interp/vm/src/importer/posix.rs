//! The `posix` module: `posix.py` (stat results, `fspath`, `listdir`...) over the native
//! file-system queries defined here, enough for `os.py` and `posixpath.py` to import and
//! answer path questions as Modules/posixmodule.c does; the descriptor calls are in `fd.rs`.

pub(crate) mod fd;
mod sysinfo;

use std::os::unix::fs::MetadataExt;

use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

const SOURCE: &str = include_str!("posix.py");

/// The text of `errno` as `strerror(3)` words it.
fn strerror_text(code: i32) -> String {
    let msg = std::io::Error::from_raw_os_error(code).to_string();
    msg.split(" (os error").next().unwrap_or("").to_string()
}

/// `OSError(errno, strerror, filename[, None, filename2])`, called so that `OSError.__new__`
/// picks the errno's subclass (`FileNotFoundError`...) as posixmodule.c's `path_error` does.
fn errno_error2(
    vm: &Vm,
    code: i32,
    file: Option<&str>,
    file2: Option<&str>,
) -> crate::object::PyErr {
    let mut args = vec![vm.new_int(i64::from(code)), vm.new_str(strerror_text(code))];
    if let Some(f) = file {
        args.push(vm.new_str(f));
        if let Some(f2) = file2 {
            args.push(vm.none.clone());
            args.push(vm.new_str(f2));
        }
    }
    match vm.call(&vm.exc.os_error, Args::positional(&args)) {
        Ok(exc) => vm.raise(exc),
        Err(e) => e,
    }
}

fn errno_error(vm: &Vm, code: i32, file: Option<&str>) -> crate::object::PyErr {
    errno_error2(vm, code, file, None)
}

/// The Python error for a failed file-system call on `file`.
fn io_error(vm: &Vm, e: &std::io::Error, file: Option<&str>) -> crate::object::PyErr {
    if crate::builtins::oslevel::sys::is_nul_in_path(e) {
        return vm.value_error("embedded null byte");
    }
    errno_error(vm, e.raw_os_error().unwrap_or(5), file)
}

fn text_arg(vm: &Vm, o: &ObjRef, what: &str) -> PyResult<String> {
    o.as_str()
        .map(|s| s.to_string_lossy().into_owned())
        .ok_or_else(|| vm.type_error(format!("{what}: path should be string")))
}

fn n_getcwd(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "getcwd", 0)?;
    let d = std::env::current_dir().map_err(|e| io_error(vm, &e, None))?;
    Ok(vm.new_str(d.to_string_lossy()))
}

fn n_listdir(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "listdir", 1)?;
    let p = text_arg(vm, &a[0], "listdir")?;
    let rd = std::fs::read_dir(&p).map_err(|e| io_error(vm, &e, Some(&p)))?;
    let mut names = Vec::new();
    for entry in rd.flatten() {
        names.push(vm.new_str(entry.file_name().to_string_lossy()));
    }
    Ok(vm.new_list(names))
}

/// `_n_stat(path, follow_symlinks)`: `stat_tuple` of the file.
fn n_stat(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "stat", 2)?;
    let p = text_arg(vm, &a[0], "stat")?;
    let follow = vm.truthy(&a[1])?;
    let meta = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    }
    .map_err(|e| io_error(vm, &e, Some(&p)))?;
    Ok(stat_tuple(vm, &meta))
}

/// The ten visible `stat_result` fields, then the float times, nanosecond times, block size,
/// block count and device, in `posixmodule.c`'s order.
fn stat_tuple(vm: &Vm, meta: &std::fs::Metadata) -> ObjRef {
    let ns = |s: i64, n: i64| i128::from(s) * 1_000_000_000 + i128::from(n);
    let big = |v: i128| vm.new_bigint(num_bigint::BigInt::from(v));
    let fields = vec![
        vm.new_int(i64::from(meta.mode())),
        vm.new_int(meta.ino() as i64),
        vm.new_int(meta.dev() as i64),
        vm.new_int(meta.nlink() as i64),
        vm.new_int(i64::from(meta.uid())),
        vm.new_int(i64::from(meta.gid())),
        vm.new_int(meta.size() as i64),
        vm.new_int(meta.atime()),
        vm.new_int(meta.mtime()),
        vm.new_int(meta.ctime()),
        vm.new_float(meta.atime() as f64 + meta.atime_nsec() as f64 * 1e-9),
        vm.new_float(meta.mtime() as f64 + meta.mtime_nsec() as f64 * 1e-9),
        vm.new_float(meta.ctime() as f64 + meta.ctime_nsec() as f64 * 1e-9),
        big(ns(meta.atime(), meta.atime_nsec())),
        big(ns(meta.mtime(), meta.mtime_nsec())),
        big(ns(meta.ctime(), meta.ctime_nsec())),
        vm.new_int(meta.blksize() as i64),
        vm.new_int(meta.blocks() as i64),
        vm.new_int(meta.rdev() as i64),
    ];
    vm.new_tuple(fields)
}

fn n_environ(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "environ", 0)?;
    use std::os::unix::ffi::OsStrExt;
    let pairs = std::env::vars_os()
        .map(|(k, v)| {
            vm.new_tuple(vec![
                vm.new_bytes(k.as_bytes().to_vec()),
                vm.new_bytes(v.as_bytes().to_vec()),
            ])
        })
        .collect();
    Ok(vm.new_list(pairs))
}

fn n_strerror(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "strerror", 1)?;
    let code = vm.index(&a[0])?.as_i64().unwrap_or(0) as i32;
    Ok(vm.new_str(strerror_text(code)))
}

fn n_exit(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_exit", 1)?;
    let code = vm.index(&a[0])?.as_i64().unwrap_or(0);
    let _ = vm.flush_stream(1);
    let _ = vm.flush_stream(2);
    std::process::exit(code as i32)
}

fn n_getpid(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "getpid", 0)?;
    Ok(vm.new_int(i64::from(std::process::id())))
}

/// The `posix` module.
pub fn module(vm: &Vm) -> Option<ObjRef> {
    let helpers: &[(&'static str, crate::object::native::NativeFn)] = &[
        ("_n_getcwd", n_getcwd),
        ("_n_listdir", n_listdir),
        ("_n_stat", n_stat),
        ("_n_environ", n_environ),
        ("_n_strerror", n_strerror),
        ("_n_exit", n_exit),
        ("_n_getpid", n_getpid),
        ("_n_kill", crate::builtins::oslevel::n_os_kill),
        ("_n_killpg", crate::builtins::oslevel::n_os_killpg),
        ("_n_getpgid", crate::builtins::oslevel::n_os_getpgid),
        ("_n_getsid", crate::builtins::oslevel::n_os_getsid),
        ("_n_open", fd::n_open),
        ("_n_close", fd::n_close),
        ("_n_read", fd::n_read),
        ("_n_write", fd::n_write),
        ("_n_lseek", fd::n_lseek),
        ("_n_ftruncate", fd::n_ftruncate),
        ("_n_dup", fd::n_dup),
        ("_n_dup2", fd::n_dup2),
        ("_n_inheritable", fd::n_inheritable),
        ("_n_pipe", fd::n_pipe),
        ("_n_waitpid", crate::builtins::oslevel::spawn::n_waitpid),
        ("_n_fork", crate::builtins::oslevel::spawn::n_fork),
        ("_n_execve", crate::builtins::oslevel::spawn::n_execve),
        ("_n_system", crate::builtins::oslevel::spawn::n_system),
        ("_n_isatty", fd::n_isatty),
        ("_n_fstat", fd::n_fstat),
        ("_n_fsop", sysinfo::n_fsop),
        ("_n_urandom", sysinfo::n_urandom),
        ("_n_utime", sysinfo::n_utime),
        ("_n_readlink", sysinfo::n_readlink),
        ("_n_ids", sysinfo::n_ids),
        ("_n_uname", sysinfo::n_uname),
        ("_n_times", sysinfo::n_times),
        ("_n_cpu_count", sysinfo::n_cpu_count),
        ("_n_umask", sysinfo::n_umask),
        ("_n_access", sysinfo::n_access),
    ];
    let pre: Vec<(&str, ObjRef)> = helpers
        .iter()
        .map(|&(n, f)| (n, vm.new_builtin(n, f)))
        .collect();
    super::exec_embedded_with(vm, "posix", SOURCE, "<frozen posix>", &pre).ok()
}
