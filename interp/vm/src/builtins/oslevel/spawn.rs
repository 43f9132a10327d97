//! Child processes: `_posixsubprocess.fork_exec` and `posix.waitpid`. The child's set-up
//! between `fork` and `exec` follows `child_exec` of CPython's `_posixsubprocess.c`: only
//! async-signal-safe calls, on data prepared before the fork, and a failure reported to the
//! parent through the error pipe as `OSError:<hex errno>:[noexec]` (or `SubprocessError:0:...`
//! when `preexec_fn` raised), which `subprocess.py` decodes.
#![allow(unsafe_code)]

use std::ffi::{CString, c_char};

use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

use super::sys::{check, last_errno};
use super::{int32, os_error};

/// Everything the child needs, built before the fork (the child may not allocate).
struct ChildSpec {
    argv: Vec<CString>,
    executables: Vec<CString>,
    envp: Option<Vec<CString>>,
    cwd: Option<CString>,
    /// Sorted descriptors that stay open (`pass_fds` and the error pipe).
    keep: Vec<i32>,
    close_fds: bool,
    p2cread: i32,
    p2cwrite: i32,
    c2pread: i32,
    c2pwrite: i32,
    errread: i32,
    errwrite: i32,
    errpipe_read: i32,
    errpipe_write: i32,
    restore_signals: bool,
    call_setsid: bool,
    pgid_to_set: i32,
    gid: Option<libc::gid_t>,
    groups: Option<Vec<libc::gid_t>>,
    uid: Option<libc::uid_t>,
    umask: i32,
}

/// A null-terminated array of pointers into `strings`, for `execv`.
fn pointers(strings: &[CString]) -> Vec<*const c_char> {
    strings
        .iter()
        .map(|s| s.as_ptr())
        .chain(std::iter::once(std::ptr::null()))
        .collect()
}

/// Sets or clears `FD_CLOEXEC` (`_Py_set_inheritable_async_safe`).
fn set_inheritable(fd: i32, inheritable: bool) -> Result<(), i32> {
    // SAFETY: fcntl on a plain descriptor touches no memory of ours.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFD) };
    if flags < 0 {
        return Err(last_errno());
    }
    let new = if inheritable {
        flags & !libc::FD_CLOEXEC
    } else {
        flags | libc::FD_CLOEXEC
    };
    // SAFETY: as above.
    if new != flags && unsafe { libc::fcntl(fd, libc::F_SETFD, new) } < 0 {
        return Err(last_errno());
    }
    Ok(())
}

/// Closes every descriptor from 3 up that `keep` does not hold (`_close_open_fds`).
fn close_open_fds(keep: &[i32]) {
    let mut low = 3i64;
    for &k in keep.iter().chain(std::iter::once(&i32::MAX)) {
        let k = i64::from(k);
        if k > low {
            close_range(low as u32, (k - 1) as u32);
        }
        low = low.max(k + 1);
    }
}

/// Closes `low..=high`, by `close_range(2)` where the kernel has it.
fn close_range(low: u32, high: u32) {
    // SAFETY: close_range takes plain integers; closing descriptors is what the child wants.
    let r = unsafe { libc::syscall(libc::SYS_close_range, low, high, 0u32) };
    if r == 0 {
        return;
    }
    // SAFETY: sysconf reads a limit and touches no memory of ours.
    let max = unsafe { libc::sysconf(libc::_SC_OPEN_MAX) };
    let max = if max < 0 {
        1024
    } else {
        max.min(1 << 20) as u32
    };
    for fd in low..=high.min(max) {
        // SAFETY: closing a descriptor; EBADF for one not open is harmless.
        unsafe { libc::close(fd as i32) };
    }
}

/// The child's set-up before `preexec_fn` and the exec, in `child_exec`'s order; the errno of
/// the step that failed.
fn child_setup(s: &ChildSpec) -> Result<(), i32> {
    for &fd in &s.keep {
        if fd != s.errpipe_write {
            set_inheritable(fd, true)?;
        }
    }
    for fd in [s.p2cwrite, s.c2pread, s.errread, s.errpipe_read] {
        if fd != -1 {
            // SAFETY: the parent's ends of the pipes, which the child does not use.
            check(unsafe { libc::close(fd) })?;
        }
    }
    // A descriptor about to be overwritten by another's `dup2` moves out of the way first.
    let mut c2pwrite = s.c2pwrite;
    if c2pwrite == 0 {
        // SAFETY: dup of a descriptor the child holds.
        c2pwrite = check(unsafe { libc::dup(c2pwrite) })?;
        set_inheritable(c2pwrite, false)?;
    }
    let mut errwrite = s.errwrite;
    while errwrite == 0 || errwrite == 1 {
        // SAFETY: as above.
        errwrite = check(unsafe { libc::dup(errwrite) })?;
        set_inheritable(errwrite, false)?;
    }
    for (fd, target) in [(s.p2cread, 0), (c2pwrite, 1), (errwrite, 2)] {
        if fd == target {
            set_inheritable(fd, true)?;
        } else if fd != -1 {
            // SAFETY: dup2 between descriptors; it clears FD_CLOEXEC on the target.
            check(unsafe { libc::dup2(fd, target) })?;
        }
    }
    if let Some(cwd) = &s.cwd {
        // SAFETY: `cwd` is a NUL-terminated string that outlives the call.
        check(unsafe { libc::chdir(cwd.as_ptr()) })?;
    }
    if s.umask >= 0 {
        // SAFETY: umask takes a plain mode.
        unsafe { libc::umask(s.umask as libc::mode_t) };
    }
    if s.restore_signals {
        // `_Py_RestoreSignals`: the signals the interpreter ignores get their defaults.
        for sig in [libc::SIGPIPE, libc::SIGXFSZ] {
            // SAFETY: installing the default disposition.
            unsafe { libc::signal(sig, libc::SIG_DFL) };
        }
    }
    if s.call_setsid {
        // SAFETY: setsid takes no arguments.
        check(unsafe { libc::setsid() })?;
    }
    if s.pgid_to_set >= 0 {
        // SAFETY: plain integers.
        check(unsafe { libc::setpgid(0, s.pgid_to_set) })?;
    }
    if let Some(groups) = &s.groups {
        // SAFETY: `groups` is a live array of `groups.len()` group ids.
        check(unsafe { libc::setgroups(groups.len(), groups.as_ptr()) })?;
    }
    if let Some(gid) = s.gid {
        // SAFETY: plain integers.
        check(unsafe { libc::setregid(gid, gid) })?;
    }
    if let Some(uid) = s.uid {
        // SAFETY: plain integers.
        check(unsafe { libc::setreuid(uid, uid) })?;
    }
    Ok(())
}

/// `close_fds`, then each candidate executable in turn; the errno to report when none ran.
fn exec_all(s: &ChildSpec, argv: &[*const c_char], envp: Option<&[*const c_char]>) -> i32 {
    if s.close_fds {
        close_open_fds(&s.keep);
    }
    let mut saved = 0;
    for exe in &s.executables {
        // SAFETY: `exe`, `argv` and `envp` are NUL-terminated and outlive the call, which
        // returns only on failure.
        unsafe {
            match envp {
                Some(envp) => libc::execve(exe.as_ptr(), argv.as_ptr(), envp.as_ptr()),
                None => libc::execv(exe.as_ptr(), argv.as_ptr()),
            }
        };
        let e = last_errno();
        if e != libc::ENOENT && e != libc::ENOTDIR && saved == 0 {
            saved = e;
        }
    }
    if saved == 0 { last_errno() } else { saved }
}

/// Writes `bytes` to `fd`, ignoring failures (the child is about to exit anyway).
fn write_all(fd: i32, bytes: &[u8]) {
    // SAFETY: `bytes` is a live buffer of `bytes.len()` bytes.
    unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) };
}

/// Reports `OSError:<hex errno>:` (with `noexec` when exec was never reached) on the error
/// pipe, without allocating.
fn report_errno(fd: i32, e: i32, reached_exec: bool) {
    let mut buf = [0u8; 40];
    let mut n = 0;
    for &b in b"OSError:" {
        buf[n] = b;
        n += 1;
    }
    let mut digits = [0u8; 8];
    let (mut v, mut k) = (e as u32, 0);
    loop {
        digits[k] = b"0123456789ABCDEF"[(v & 15) as usize];
        k += 1;
        v >>= 4;
        if v == 0 {
            break;
        }
    }
    while k > 0 {
        k -= 1;
        buf[n] = digits[k];
        n += 1;
    }
    buf[n] = b':';
    n += 1;
    write_all(fd, &buf[..n]);
    if !reached_exec {
        write_all(fd, b"noexec");
    }
}

/// Forks and runs the child's set-up and exec; the parent gets the child's pid.
fn fork_exec(vm: &Vm, s: &ChildSpec, preexec: Option<&ObjRef>) -> Result<i32, i32> {
    let argv = pointers(&s.argv);
    let envp = s.envp.as_deref().map(pointers);
    // SAFETY: the child only makes async-signal-safe calls on data prepared above, except
    // for `preexec_fn`, which CPython also runs in the child.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(last_errno());
    }
    if pid > 0 {
        return Ok(pid);
    }
    if let Err(e) = child_setup(s) {
        report_errno(s.errpipe_write, e, false);
        // SAFETY: leaving the child without running the parent's exit handlers.
        unsafe { libc::_exit(255) };
    }
    if let Some(f) = preexec
        && vm.call0(f).is_err()
    {
        write_all(
            s.errpipe_write,
            b"SubprocessError:0:Exception occurred in preexec_fn.",
        );
        // SAFETY: as above.
        unsafe { libc::_exit(255) };
    }
    let e = exec_all(s, &argv, envp.as_deref());
    report_errno(s.errpipe_write, e, true);
    // SAFETY: as above.
    unsafe { libc::_exit(255) }
}

/// A `bytes` argument as a C string (the Python side made every path bytes already).
fn c_string(vm: &Vm, o: &ObjRef) -> PyResult<CString> {
    let b = o
        .as_bytes()
        .ok_or_else(|| vm.type_error("expected bytes"))?;
    CString::new(b).map_err(|_| vm.value_error("embedded null byte"))
}

fn c_strings(vm: &Vm, o: &ObjRef) -> PyResult<Vec<CString>> {
    vm.collect(o)?.iter().map(|x| c_string(vm, x)).collect()
}

/// `o` unless it is None.
fn present<'a>(vm: &Vm, o: &'a ObjRef) -> Option<&'a ObjRef> {
    (!vm.is_none(o)).then_some(o)
}

/// An optional id: -1 (or None, which the Python side maps to -1) is "leave it".
fn id_arg(vm: &Vm, o: &ObjRef) -> PyResult<Option<u32>> {
    let v = int32(vm, o)?;
    Ok((v >= 0).then_some(v as u32))
}

/// `_n_fork_exec(argv, executables, close_fds, keep, cwd, env, p2cread, p2cwrite, c2pread,
/// c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals, call_setsid,
/// pgid_to_set, gid, groups, uid, umask, preexec_fn)`, arguments normalised by
/// `posixsubprocess.py`: paths are bytes, absent ids -1, absent lists None.
pub fn n_fork_exec(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "fork_exec", 22)?;
    let fd = |i: usize| int32(vm, &a[i]);
    let spec = ChildSpec {
        argv: c_strings(vm, &a[0])?,
        executables: c_strings(vm, &a[1])?,
        close_fds: vm.truthy(&a[2])?,
        keep: vm
            .collect(&a[3])?
            .iter()
            .map(|x| int32(vm, x))
            .collect::<PyResult<_>>()?,
        cwd: present(vm, &a[4]).map(|o| c_string(vm, o)).transpose()?,
        envp: present(vm, &a[5]).map(|o| c_strings(vm, o)).transpose()?,
        p2cread: fd(6)?,
        p2cwrite: fd(7)?,
        c2pread: fd(8)?,
        c2pwrite: fd(9)?,
        errread: fd(10)?,
        errwrite: fd(11)?,
        errpipe_read: fd(12)?,
        errpipe_write: fd(13)?,
        restore_signals: vm.truthy(&a[14])?,
        call_setsid: vm.truthy(&a[15])?,
        pgid_to_set: fd(16)?,
        gid: id_arg(vm, &a[17])?,
        groups: present(vm, &a[18])
            .map(|o| {
                vm.collect(o)?
                    .iter()
                    .map(|g| Ok(int32(vm, g)? as libc::gid_t))
                    .collect::<PyResult<Vec<_>>>()
            })
            .transpose()?,
        uid: id_arg(vm, &a[19])?,
        umask: fd(20)?,
    };
    let pid = fork_exec(vm, &spec, present(vm, &a[21])).map_err(|e| os_error(vm, e))?;
    Ok(vm.new_int(i64::from(pid)))
}

/// `_n_waitpid(pid, options)`: `(pid, status)`, retrying after a signal whose handler did
/// not raise (PEP 475).
pub fn n_waitpid(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "waitpid", 2)?;
    let (pid, options) = (int32(vm, &a[0])?, int32(vm, &a[1])?);
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: `status` is a writable int waitpid fills in.
        let r = unsafe { libc::waitpid(pid, &mut status, options) };
        if r >= 0 {
            return Ok(vm.new_tuple(vec![
                vm.new_int(i64::from(r)),
                vm.new_int(i64::from(status)),
            ]));
        }
        let e = last_errno();
        if e != libc::EINTR {
            return Err(os_error(vm, e));
        }
        if crate::interrupt_requested() {
            crate::take_interrupt(vm)?;
        }
    }
}

/// Set in a child `os.fork` made: the interpreter's thread is the child's only thread, so the
/// program's end must exit the process from it (see [`in_forked_child`]).
static FORKED_CHILD: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether this process is a child of `os.fork`.
pub fn in_forked_child() -> bool {
    FORKED_CHILD.load(std::sync::atomic::Ordering::Relaxed)
}

/// Runs `os.register_at_fork` hooks; one that raises is reported as unraisable, as
/// `run_at_forkers` does, and the others still run.
fn run_hooks(vm: &Vm, hooks: &ObjRef, reverse: bool) -> PyResult<()> {
    let mut hooks = vm.collect(hooks)?;
    if reverse {
        hooks.reverse();
    }
    for f in &hooks {
        if let Err(e) = vm.call0(f) {
            crate::object::finalize::write_unraisable(vm, None, Some(f), e);
        }
    }
    Ok(())
}

/// `_n_fork(before, after_in_parent, after_in_child)`: `os.fork` with its hooks.
pub fn n_fork(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "fork", 3)?;
    run_hooks(vm, &a[0], true)?;
    // SAFETY: fork duplicates the process; the child goes on running this thread only, which
    // holds the whole interpreter.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(os_error(vm, last_errno()));
    }
    if pid == 0 {
        FORKED_CHILD.store(true, std::sync::atomic::Ordering::Relaxed);
        // Only the forking thread lives on in the child: the others are forgotten.
        crate::importer::green::after_fork_in_child();
        crate::importer::green::call_thread_hook(vm, "_after_fork_child")?;
        run_hooks(vm, &a[2], false)?;
    } else {
        run_hooks(vm, &a[1], false)?;
    }
    Ok(vm.new_int(i64::from(pid)))
}

/// `_n_execve(path, argv, env)`: replaces the process (`env` None: `execv`).
pub fn n_execve(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "execve", 3)?;
    let path = c_string(vm, &a[0])?;
    let argv = c_strings(vm, &a[1])?;
    let envp = present(vm, &a[2]).map(|e| c_strings(vm, e)).transpose()?;
    let argv_ptrs = pointers(&argv);
    let envp_ptrs = envp.as_deref().map(pointers);
    // SAFETY: NUL-terminated strings and pointer arrays that outlive the call, which returns
    // only on failure.
    unsafe {
        match &envp_ptrs {
            Some(envp) => libc::execve(path.as_ptr(), argv_ptrs.as_ptr(), envp.as_ptr()),
            None => libc::execv(path.as_ptr(), argv_ptrs.as_ptr()),
        }
    };
    Err(os_error(vm, last_errno()))
}

/// `_n_system(command, env)`: `system(3)`'s wait status, the shell run with the environment
/// `env` (the process's as `putenv` changed it, which krait keeps apart from its own). As
/// `system(3)` does, SIGINT and SIGQUIT are ignored while the shell runs, and the child starts
/// with their default actions.
pub fn n_system(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "system", 2)?;
    let command = c_string(vm, &a[0])?;
    let env = c_strings(vm, &a[1])?;
    let argv = [c"sh".to_owned(), c"-c".to_owned(), command];
    let (argv, envp) = (pointers(&argv), pointers(&env));
    let shell = c"/bin/sh";
    let ignored = [libc::SIGINT, libc::SIGQUIT].map(|s| (s, ignore_signal(s)));
    // SAFETY: everything the child uses was made before the fork; the child only calls
    // `signal`, `execve` and `_exit`, which are async-signal-safe.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        // SAFETY: as above.
        unsafe {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            libc::signal(libc::SIGQUIT, libc::SIG_DFL);
            libc::execve(shell.as_ptr(), argv.as_ptr(), envp.as_ptr());
            libc::_exit(127);
        }
    }
    let mut status = -1;
    if pid > 0 {
        let mut st = 0;
        // SAFETY: `st` is a valid out-parameter; the wait is retried when a signal cuts it.
        while unsafe { libc::waitpid(pid, &mut st, 0) } < 0 && last_errno() == libc::EINTR {}
        status = st;
    }
    for (s, old) in ignored {
        // SAFETY: restores the action `ignore_signal` saved.
        unsafe { libc::sigaction(s, &old, std::ptr::null_mut()) };
    }
    Ok(vm.new_int(i64::from(status)))
}

/// Ignores `signum`, returning the action it had.
fn ignore_signal(signum: i32) -> libc::sigaction {
    // SAFETY: zeroed records are valid `sigaction`s; the call reads one and fills the other.
    unsafe {
        let mut act: libc::sigaction = std::mem::zeroed();
        let mut old: libc::sigaction = std::mem::zeroed();
        act.sa_sigaction = libc::SIG_IGN;
        libc::sigaction(signum, &act, &mut old);
        old
    }
}
