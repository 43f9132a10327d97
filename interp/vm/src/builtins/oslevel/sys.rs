//! The operating-system calls behind `_socket`, `select` and `_signal`, each a thin safe
//! wrapper over `libc` that answers the call's result or its `errno`. Every `unsafe` block is
//! here, so the modules above stay safe code.
#![allow(unsafe_code)]

use std::sync::atomic::{AtomicU64, Ordering};

/// The `errno` of the call that just failed.
fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// `Ok(r)` for a non-negative result, else the `errno`.
fn check(r: libc::c_int) -> Result<i32, i32> {
    if r < 0 { Err(last_errno()) } else { Ok(r) }
}

/// `socketpair(2)`: two connected sockets.
pub fn socketpair(family: i32, kind: i32, proto: i32) -> Result<(i32, i32), i32> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` is a writable array of the two ints socketpair fills in.
    check(unsafe { libc::socketpair(family, kind, proto, fds.as_mut_ptr()) })?;
    Ok((fds[0], fds[1]))
}

/// `socket(2)`.
pub fn socket(family: i32, kind: i32, proto: i32) -> Result<i32, i32> {
    // SAFETY: socket takes plain integers and touches no memory of ours.
    check(unsafe { libc::socket(family, kind, proto) })
}

/// `close(2)`.
pub fn close(fd: i32) -> Result<(), i32> {
    // SAFETY: close takes a plain descriptor; closing one the program does not own is an
    // error the kernel reports (EBADF), not undefined behaviour.
    check(unsafe { libc::close(fd) }).map(|_| ())
}

/// `dup(2)`.
pub fn dup(fd: i32) -> Result<i32, i32> {
    // SAFETY: dup takes a plain descriptor and touches no memory of ours.
    check(unsafe { libc::dup(fd) })
}

/// `recv(2)` of at most `n` bytes.
pub fn recv(fd: i32, n: usize, flags: i32) -> Result<Vec<u8>, i32> {
    let mut buf = vec![0u8; n];
    // SAFETY: `buf` has `n` writable bytes, the length passed.
    let r = unsafe { libc::recv(fd, buf.as_mut_ptr().cast(), n, flags) };
    if r < 0 {
        return Err(last_errno());
    }
    buf.truncate(r as usize);
    Ok(buf)
}

/// `send(2)`: how many bytes went.
pub fn send(fd: i32, data: &[u8], flags: i32) -> Result<usize, i32> {
    // SAFETY: `data` is a readable slice of the length passed. MSG_NOSIGNAL keeps a closed
    // peer from killing the process with SIGPIPE (CPython ignores SIGPIPE at start-up).
    let r = unsafe {
        libc::send(
            fd,
            data.as_ptr().cast(),
            data.len(),
            flags | libc::MSG_NOSIGNAL,
        )
    };
    if r < 0 {
        Err(last_errno())
    } else {
        Ok(r as usize)
    }
}

/// Sets or clears `O_NONBLOCK` on `fd`.
pub fn set_blocking(fd: i32, blocking: bool) -> Result<(), i32> {
    // SAFETY: F_GETFL takes no pointer argument.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    let new = if blocking {
        flags & !libc::O_NONBLOCK
    } else {
        flags | libc::O_NONBLOCK
    };
    if new != flags {
        // SAFETY: F_SETFL takes an int argument.
        check(unsafe { libc::fcntl(fd, libc::F_SETFL, new) })?;
    }
    Ok(())
}

/// `getsockopt(2)` of an int option.
pub fn getsockopt_int(fd: i32, level: i32, name: i32) -> Result<i32, i32> {
    let mut v: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: `v` and `len` are writable and `len` holds the size of `v`.
    check(unsafe {
        libc::getsockopt(
            fd,
            level,
            name,
            (&mut v as *mut libc::c_int).cast(),
            &mut len,
        )
    })?;
    Ok(v)
}

/// `setsockopt(2)` of an int option.
pub fn setsockopt_int(fd: i32, level: i32, name: i32, value: i32) -> Result<(), i32> {
    let len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: `value` is a readable int of the size passed.
    check(unsafe { libc::setsockopt(fd, level, name, (&value as *const libc::c_int).cast(), len) })
        .map(|_| ())
}

/// `shutdown(2)`.
pub fn shutdown(fd: i32, how: i32) -> Result<(), i32> {
    // SAFETY: plain integers only.
    check(unsafe { libc::shutdown(fd, how) }).map(|_| ())
}

/// `poll(2)` over `(fd, events)`; the ready `(fd, revents)`. An interrupted wait (EINTR)
/// answers nothing ready: the eval breaker then runs the signal's handler, as PEP 475 has
/// CPython do before retrying.
pub fn poll(fds: &[(i32, i16)], timeout_ms: i32) -> Result<Vec<(i32, i16)>, i32> {
    let mut v: Vec<libc::pollfd> = fds
        .iter()
        .map(|&(fd, events)| libc::pollfd {
            fd,
            events,
            revents: 0,
        })
        .collect();
    // SAFETY: `v` is a writable array of `v.len()` pollfd records.
    let r = unsafe { libc::poll(v.as_mut_ptr(), v.len() as libc::nfds_t, timeout_ms) };
    if r < 0 {
        let e = last_errno();
        return if e == libc::EINTR {
            Ok(Vec::new())
        } else {
            Err(e)
        };
    }
    Ok(v.iter()
        .filter(|p| p.revents != 0)
        .map(|p| (p.fd, p.revents))
        .collect())
}

/// `epoll_create1(EPOLL_CLOEXEC)`.
pub fn epoll_create() -> Result<i32, i32> {
    // SAFETY: plain integer flag.
    check(unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) })
}

/// `epoll_ctl(2)`, the event's data being the descriptor itself.
pub fn epoll_ctl(epfd: i32, op: i32, fd: i32, events: u32) -> Result<(), i32> {
    let mut ev = libc::epoll_event {
        events,
        u64: fd as u64,
    };
    // SAFETY: `ev` is a valid epoll_event that outlives the call.
    check(unsafe { libc::epoll_ctl(epfd, op, fd, &mut ev) }).map(|_| ())
}

/// `epoll_wait(2)`: the ready `(fd, events)`, nothing when interrupted (see `poll`).
pub fn epoll_wait(epfd: i32, timeout_ms: i32, max: usize) -> Result<Vec<(i32, u32)>, i32> {
    let max = max.clamp(1, 1 << 16);
    let mut evs = vec![libc::epoll_event { events: 0, u64: 0 }; max];
    // SAFETY: `evs` has room for `max` events, the count passed.
    let r = unsafe { libc::epoll_wait(epfd, evs.as_mut_ptr(), max as libc::c_int, timeout_ms) };
    if r < 0 {
        let e = last_errno();
        return if e == libc::EINTR {
            Ok(Vec::new())
        } else {
            Err(e)
        };
    }
    Ok(evs[..r as usize]
        .iter()
        .map(|e| {
            let (data, events) = (e.u64, e.events);
            (data as i32, events)
        })
        .collect())
}

/// Signals caught and not yet handled, one bit each (signal numbers are below 64).
static PENDING: AtomicU64 = AtomicU64::new(0);

extern "C" fn on_signal(signum: libc::c_int) {
    // Only async-signal-safe work here: two atomic stores, as CPython's trip_signal does.
    if (0..64).contains(&signum) {
        PENDING.fetch_or(1 << signum, Ordering::SeqCst);
    }
    crate::request_interrupt();
}

/// Takes the caught signals, lowest number first.
pub fn take_pending() -> Vec<i32> {
    let bits = PENDING.swap(0, Ordering::SeqCst);
    (1..64).filter(|s| bits & (1 << s) != 0).collect()
}

/// What `signal(2)` is told to do for one signal.
#[derive(Debug, Clone, Copy)]
pub enum Disposition {
    Default,
    Ignore,
    /// Record it for the eval breaker, which runs the Python handler.
    Catch,
}

/// Installs a disposition for `signum`.
pub fn set_disposition(signum: i32, d: Disposition) -> Result<(), i32> {
    let handler = match d {
        Disposition::Default => libc::SIG_DFL,
        Disposition::Ignore => libc::SIG_IGN,
        Disposition::Catch => on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t,
    };
    // SAFETY: sigaction is given a zeroed record with a handler that only does
    // async-signal-safe work; SA_RESTART is left off so blocking calls see EINTR.
    unsafe {
        let mut act: libc::sigaction = std::mem::zeroed();
        act.sa_sigaction = handler;
        libc::sigemptyset(&mut act.sa_mask);
        check(libc::sigaction(signum, &act, std::ptr::null_mut())).map(|_| ())
    }
}

/// Whether `signum` starts out ignored (inherited SIG_IGN), as `signal.getsignal` reports.
pub fn is_ignored(signum: i32) -> bool {
    // SAFETY: a null new action only reads the current one into `old`.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(signum, std::ptr::null(), &mut old) == 0
            && old.sa_sigaction == libc::SIG_IGN
    }
}

/// `raise(3)`.
pub fn raise_signal(signum: i32) -> Result<(), i32> {
    // SAFETY: plain integer.
    check(unsafe { libc::raise(signum) }).map(|_| ())
}

/// `kill(2)`.
pub fn kill(pid: i32, signum: i32) -> Result<(), i32> {
    // SAFETY: plain integers.
    check(unsafe { libc::kill(pid, signum) }).map(|_| ())
}
