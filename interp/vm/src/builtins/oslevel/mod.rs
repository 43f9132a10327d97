//! The native modules over operating-system descriptors and signals that `asyncio` imports:
//! `_socket`, `select`, `_signal` and `_posixsubprocess` (its fork and exec in `spawn.rs`; and `atexit`, which `logging` needs;
//! `pwd`, `grp` and `resource` are in `dbmods.rs`, `fcntl` and `termios` in `fdmods.rs`). Each is Python source (beside this
//! file) run over `_n_*` helpers defined here, which wrap the calls in `sys.rs`; the constants
//! come from `libc`, so they are the platform's own, as the C modules take them from headers.

pub mod asyncgen;
pub mod dbmods;
mod fdconsts;
mod fdctl;
pub mod fdmods;
pub mod spawn;
pub(crate) mod sys;
mod sysdb;

use crate::object::native::{Args, NativeFn};
use crate::object::{ObjRef, PyErr, PyResult};
use crate::runtime::Vm;

const SOCKET_SOURCE: &str = include_str!("socket.py");
const SELECT_SOURCE: &str = include_str!("select.py");
const SIGNAL_SOURCE: &str = include_str!("signal.py");
const SUBPROCESS_SOURCE: &str = include_str!("posixsubprocess.py");
const ATEXIT_SOURCE: &str = include_str!("atexit.py");

/// The `OSError` (or the subclass its errno maps to) for a failed call.
pub(crate) fn os_error(vm: &Vm, errno: i32) -> PyErr {
    let msg = std::io::Error::from_raw_os_error(errno).to_string();
    let msg = msg.split(" (os error").next().unwrap_or("").to_string();
    match vm.call_pos(
        &vm.exc.os_error,
        &[vm.new_int(i64::from(errno)), vm.new_str(msg)],
    ) {
        Ok(exc) => vm.raise(exc),
        Err(e) => e,
    }
}

/// An integer argument as a C `long` (CPython's `PyLong_AsLong` message).
fn int(vm: &Vm, o: &ObjRef) -> PyResult<i64> {
    vm.index(o)?
        .as_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))
}

/// An integer argument as a C `int` (`PyArg_Parse`'s `i` format and its messages).
fn int32(vm: &Vm, o: &ObjRef) -> PyResult<i32> {
    vm.arg_c_int(o)
}

fn none_or_err(vm: &Vm, r: Result<(), i32>) -> PyResult {
    r.map(|()| vm.none.clone()).map_err(|e| os_error(vm, e))
}

fn n_socketpair(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "socketpair", 3)?;
    let (f, t, p) = (int32(vm, &a[0])?, int32(vm, &a[1])?, int32(vm, &a[2])?);
    let (x, y) = sys::socketpair(f, t, p).map_err(|e| os_error(vm, e))?;
    Ok(vm.new_tuple(vec![vm.new_int(x.into()), vm.new_int(y.into())]))
}

fn n_socket(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "socket", 3)?;
    let (f, t, p) = (int32(vm, &a[0])?, int32(vm, &a[1])?, int32(vm, &a[2])?);
    let fd = sys::socket(f, t, p).map_err(|e| os_error(vm, e))?;
    Ok(vm.new_int(fd.into()))
}

fn n_close(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "close", 1)?;
    none_or_err(vm, sys::close(int32(vm, &a[0])?))
}

fn n_dup(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "dup", 1)?;
    let fd = sys::dup(int32(vm, &a[0])?).map_err(|e| os_error(vm, e))?;
    Ok(vm.new_int(fd.into()))
}

fn n_recv(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "recv", 3)?;
    let n = usize::try_from(int(vm, &a[1])?)
        .map_err(|_| vm.value_error("negative buffersize in recv"))?;
    let data = sys::recv(int32(vm, &a[0])?, n, int32(vm, &a[2])?).map_err(|e| os_error(vm, e))?;
    Ok(vm.new_bytes(data))
}

fn n_send(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "send", 3)?;
    let data = a[1]
        .as_bytes()
        .ok_or_else(|| vm.type_error("a bytes-like object is required"))?;
    let n = sys::send(int32(vm, &a[0])?, data, int32(vm, &a[2])?).map_err(|e| os_error(vm, e))?;
    Ok(vm.new_int(n as i64))
}

fn n_setblocking(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "setblocking", 2)?;
    let blocking = vm.truthy(&a[1])?;
    none_or_err(vm, sys::set_blocking(int32(vm, &a[0])?, blocking))
}

fn n_getsockopt(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "getsockopt", 3)?;
    let (fd, level, name) = (int32(vm, &a[0])?, int32(vm, &a[1])?, int32(vm, &a[2])?);
    let v = sys::getsockopt_int(fd, level, name).map_err(|e| os_error(vm, e))?;
    Ok(vm.new_int(v.into()))
}

fn n_setsockopt(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "setsockopt", 4)?;
    let (fd, level, name) = (int32(vm, &a[0])?, int32(vm, &a[1])?, int32(vm, &a[2])?);
    none_or_err(vm, sys::setsockopt_int(fd, level, name, int32(vm, &a[3])?))
}

fn n_shutdown(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "shutdown", 2)?;
    none_or_err(vm, sys::shutdown(int32(vm, &a[0])?, int32(vm, &a[1])?))
}

/// `_n_poll(fds, events, timeout_ms)`: the ready `(fd, revents)` pairs.
fn n_poll(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "poll", 3)?;
    let fds = vm.collect(&a[0])?;
    let events = vm.collect(&a[1])?;
    let mut pairs = Vec::with_capacity(fds.len());
    for (f, e) in fds.iter().zip(&events) {
        pairs.push((int32(vm, f)?, int(vm, e)? as i16));
    }
    let ready = sys::poll(&pairs, int32(vm, &a[2])?).map_err(|e| os_error(vm, e))?;
    let items = ready
        .into_iter()
        .map(|(fd, ev)| {
            vm.new_tuple(vec![
                vm.new_int(fd.into()),
                vm.new_int(i64::from(ev as u16)),
            ])
        })
        .collect();
    Ok(vm.new_list(items))
}

fn n_epoll_create(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "epoll_create", 0)?;
    let fd = sys::epoll_create().map_err(|e| os_error(vm, e))?;
    Ok(vm.new_int(fd.into()))
}

fn n_epoll_ctl(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "epoll_ctl", 4)?;
    let (epfd, op, fd) = (int32(vm, &a[0])?, int32(vm, &a[1])?, int32(vm, &a[2])?);
    let events = int(vm, &a[3])? as u32;
    none_or_err(vm, sys::epoll_ctl(epfd, op, fd, events))
}

fn n_epoll_wait(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "epoll_wait", 3)?;
    let max = usize::try_from(int(vm, &a[2])?).unwrap_or(1);
    let ready =
        sys::epoll_wait(int32(vm, &a[0])?, int32(vm, &a[1])?, max).map_err(|e| os_error(vm, e))?;
    let items = ready
        .into_iter()
        .map(|(fd, ev)| vm.new_tuple(vec![vm.new_int(fd.into()), vm.new_int(ev.into())]))
        .collect();
    Ok(vm.new_list(items))
}

/// `_n_signal(signum, how)`: 0 default, 1 ignore, 2 caught for a Python handler.
fn n_signal(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "signal", 2)?;
    let d = match int(vm, &a[1])? {
        0 => sys::Disposition::Default,
        1 => sys::Disposition::Ignore,
        _ => {
            crate::claim_signals();
            sys::Disposition::Catch
        }
    };
    none_or_err(vm, sys::set_disposition(int32(vm, &a[0])?, d))
}

fn n_is_ignored(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "is_ignored", 1)?;
    Ok(vm.new_bool(sys::is_ignored(int32(vm, &a[0])?)))
}

fn n_raise_signal(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "raise_signal", 1)?;
    none_or_err(vm, sys::raise_signal(int32(vm, &a[0])?))?;
    // Deliver it now, as CPython runs the handler before raise_signal returns.
    run_pending_signals(vm)?;
    Ok(vm.none.clone())
}

/// `_n_pause()`: sleeps until a signal comes, then runs the handlers of the signals caught
/// (`signal_pause` then `PyErr_CheckSignals`).
fn n_pause(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "pause", 0)?;
    sys::pause();
    if crate::interrupt_requested() {
        crate::take_interrupt(vm)?;
    }
    Ok(vm.none.clone())
}

fn n_kill(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "kill", 2)?;
    none_or_err(vm, sys::kill(int32(vm, &a[0])?, int32(vm, &a[1])?))
}

/// `posix._n_kill(pid, sig)` for `os.kill`: then the handlers of signals already caught run,
/// as posixmodule.c's os_kill_impl calls PyErr_CheckSignals (the signal may have been for
/// this process).
pub(crate) fn n_os_kill(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "kill", 2)?;
    let pid = int32(vm, &a[0])?;
    // The signal is a Py_ssize_t argument, then cast to a C int as os_kill_impl does.
    let v = vm.index(&a[1])?;
    let sig = v
        .as_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
    none_or_err(vm, sys::kill(pid, sig as i32))?;
    run_pending_signals(vm)?;
    Ok(vm.none.clone())
}

fn n_alarm(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "alarm", 1)?;
    // alarm(2) takes an unsigned int; CPython passes its C int through.
    Ok(vm.new_int(sys::alarm(int32(vm, &a[0])? as u32).into()))
}

fn timer_pair(vm: &Vm, r: Result<(f64, f64), i32>) -> PyResult {
    let (delay, interval) = r.map_err(|e| os_error(vm, e))?;
    Ok(vm.new_tuple(vec![vm.new_float(delay), vm.new_float(interval)]))
}

fn n_setitimer(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "setitimer", 3)?;
    let which = int32(vm, &a[0])?;
    let delay = crate::types::float::convert(vm, &a[1])?;
    let interval = crate::types::float::convert(vm, &a[2])?;
    timer_pair(vm, sys::setitimer(which, delay, interval))
}

fn n_getitimer(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "getitimer", 1)?;
    timer_pair(vm, sys::getitimer(int32(vm, &a[0])?))
}

fn int_list(vm: &Vm, r: Result<Vec<i32>, i32>) -> PyResult {
    let v = r.map_err(|e| os_error(vm, e))?;
    Ok(vm.new_list(v.into_iter().map(|s| vm.new_int(s.into())).collect()))
}

fn n_sigmask(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "pthread_sigmask", 2)?;
    let how = int32(vm, &a[0])?;
    let mut signals = Vec::new();
    for s in vm.collect(&a[1])? {
        signals.push(int32(vm, &s)?);
    }
    int_list(vm, sys::sigmask(how, &signals))
}

fn n_check_signals(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "check_signals", 0)?;
    run_pending_signals(vm)?;
    Ok(vm.none.clone())
}

fn n_sigpending(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "sigpending", 0)?;
    int_list(vm, sys::sigpending())
}

/// `posix._n_getpgid(pid)` for `os.getpgid` and `os.getpgrp`.
pub(crate) fn n_os_getpgid(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "getpgid", 1)?;
    let r = sys::getpgid(int32(vm, &a[0])?).map_err(|e| os_error(vm, e))?;
    Ok(vm.new_int(r.into()))
}

/// `posix._n_getsid(pid)` for `os.getsid`.
pub(crate) fn n_os_getsid(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "getsid", 1)?;
    let r = sys::getsid(int32(vm, &a[0])?).map_err(|e| os_error(vm, e))?;
    Ok(vm.new_int(r.into()))
}

/// `posix._n_killpg(pgid, sig)` for `os.killpg`.
pub(crate) fn n_os_killpg(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "killpg", 2)?;
    none_or_err(vm, sys::killpg(int32(vm, &a[0])?, int32(vm, &a[1])?))
}

thread_local! {
    /// `_signal._dispatch`, set when `_signal` is imported: the eval breaker calls it with
    /// each caught signal's number.
    static DISPATCH: std::cell::RefCell<Option<ObjRef>> = const { std::cell::RefCell::new(None) };
}

/// Runs the Python handlers of the signals caught since the last call, as CPython's
/// `PyErr_CheckSignals` does; false when none was caught (the interrupt came from elsewhere,
/// e.g. the interactive prompt's Ctrl-C handler).
pub fn run_pending_signals(vm: &Vm) -> PyResult<bool> {
    if !crate::owns_signals() {
        return Ok(false);
    }
    let pending = sys::take_pending();
    if pending.is_empty() {
        return Ok(false);
    }
    // The breaker's flag was raised for these signals: they are being handled now.
    crate::clear_interrupt();
    let Some(dispatch) = DISPATCH.with(|d| d.borrow().clone()) else {
        // Without `_signal`, only the start-up SIGINT handler catches anything, and its
        // Python side is `default_int_handler`.
        if pending.contains(&libc::SIGINT) {
            return Err(vm.error_noargs(&vm.exc.keyboard_interrupt));
        }
        return Ok(false);
    };
    for s in pending {
        vm.call_pos(&dispatch, &[vm.new_int(s.into())])?;
    }
    Ok(true)
}

fn helpers(vm: &Vm, list: &[(&'static str, NativeFn)]) -> Vec<(&'static str, ObjRef)> {
    list.iter()
        .map(|&(n, f)| (n, vm.new_builtin(n, f)))
        .collect()
}

fn with_consts(
    vm: &Vm,
    mut pre: Vec<(&'static str, ObjRef)>,
    consts: &[(&'static str, i64)],
) -> Vec<(&'static str, ObjRef)> {
    pre.extend(consts.iter().map(|&(n, v)| (n, vm.new_int(v))));
    pre
}

/// Runs `f` on a thread with a big stack (`krait_syntax::stack::with_big_stack`) that receives
/// the signals sent to the process: the calling thread, which only waits for it, blocks them.
/// CPython runs Python on the main thread, where the kernel delivers a process's signals, so
/// `os.kill(os.getpid(), sig)` runs the handler before it returns; krait's interpreter thread
/// must be the one the kernel picks for that to hold.
pub fn with_big_stack_receiving_signals<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    sys::hold_signals(true);
    let r = krait_syntax::stack::with_big_stack(|| {
        sys::hold_signals(false);
        f()
    });
    sys::hold_signals(false);
    r
}

/// Catches SIGINT for the program about to run, as CPython's start-up does
/// (`signal_install_handlers`): Ctrl-C then raises `KeyboardInterrupt` where the program is,
/// instead of killing the process. A SIGINT the process was started ignoring stays ignored.
pub fn install_interrupt_handler() {
    if !sys::is_ignored(libc::SIGINT) {
        let _ = sys::set_disposition(libc::SIGINT, sys::Disposition::Catch);
    }
}

/// Ends the process by SIGINT, as `exit_sigint` does after an uncaught `KeyboardInterrupt`, so
/// that the shell sees the program was interrupted; 130 (128 + SIGINT) if it is still alive.
pub fn exit_by_sigint() -> i32 {
    let _ = sys::set_disposition(libc::SIGINT, sys::Disposition::Default);
    let _ = sys::raise_signal(libc::SIGINT);
    128 + libc::SIGINT
}

/// Sleeps `secs` seconds as CPython's `time.sleep` does (PEP 475): a signal that interrupts the
/// sleep has its handler run at once, and the sleep goes on for the time left unless the
/// handler raised.
pub fn sleep_handling_signals(vm: &Vm, secs: f64) -> PyResult<()> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs_f64(secs);
    while !sys::sleep_until(deadline) {
        if crate::interrupt_requested() {
            crate::take_interrupt(vm)?;
        }
    }
    Ok(())
}

/// The `_socket` module.
pub fn socket_module(vm: &Vm) -> Option<ObjRef> {
    let pre = helpers(
        vm,
        &[
            ("_n_socketpair", n_socketpair),
            ("_n_socket", n_socket),
            ("_n_close", n_close),
            ("_n_dup", n_dup),
            ("_n_recv", n_recv),
            ("_n_send", n_send),
            ("_n_setblocking", n_setblocking),
            ("_n_getsockopt", n_getsockopt),
            ("_n_setsockopt", n_setsockopt),
            ("_n_shutdown", n_shutdown),
        ],
    );
    let pre = with_consts(vm, pre, consts::SOCKET);
    crate::importer::exec_embedded_with(vm, "_socket", SOCKET_SOURCE, "<frozen _socket>", &pre).ok()
}

/// The `select` module.
pub fn select_module(vm: &Vm) -> Option<ObjRef> {
    let pre = helpers(
        vm,
        &[
            ("_n_poll", n_poll),
            ("_n_epoll_create", n_epoll_create),
            ("_n_epoll_ctl", n_epoll_ctl),
            ("_n_epoll_wait", n_epoll_wait),
            ("_n_close", n_close),
        ],
    );
    let pre = with_consts(vm, pre, consts::SELECT);
    crate::importer::exec_embedded_with(vm, "select", SELECT_SOURCE, "<frozen select>", &pre).ok()
}

/// The `_signal` module; remembers its `_dispatch` for the eval breaker.
pub fn signal_module(vm: &Vm) -> Option<ObjRef> {
    let pre = helpers(
        vm,
        &[
            ("_n_signal", n_signal),
            ("_n_is_ignored", n_is_ignored),
            ("_n_raise_signal", n_raise_signal),
            ("_n_kill", n_kill),
            ("_n_alarm", n_alarm),
            ("_n_pause", n_pause),
            ("_n_setitimer", n_setitimer),
            ("_n_getitimer", n_getitimer),
            ("_n_sigmask", n_sigmask),
            ("_n_sigpending", n_sigpending),
            ("_n_check_signals", n_check_signals),
        ],
    );
    let mut pre = with_consts(vm, pre, consts::SIGNAL);
    pre.push(("SIGRTMIN", vm.new_int(libc::SIGRTMIN().into())));
    pre.push(("SIGRTMAX", vm.new_int(libc::SIGRTMAX().into())));
    let m =
        crate::importer::exec_embedded_with(vm, "_signal", SIGNAL_SOURCE, "<frozen _signal>", &pre)
            .ok()?;
    let dispatch = vm.getattr_str(&m, "_dispatch").ok()?;
    DISPATCH.with(|d| *d.borrow_mut() = Some(dispatch));
    Some(m)
}

/// The `_posixsubprocess` module.
pub fn posixsubprocess_module(vm: &Vm) -> Option<ObjRef> {
    crate::importer::exec_embedded_with(
        vm,
        "_posixsubprocess",
        SUBPROCESS_SOURCE,
        "<frozen _posixsubprocess>",
        &helpers(vm, &[("_n_fork_exec", spawn::n_fork_exec)]),
    )
    .ok()
}

/// The `atexit` module.
pub fn atexit_module(vm: &Vm) -> Option<ObjRef> {
    crate::importer::exec_embedded_with(vm, "atexit", ATEXIT_SOURCE, "<frozen atexit>", &[]).ok()
}

mod consts;
