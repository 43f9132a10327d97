//! The operating-system calls behind `_socket`, `select` and `_signal`, each a thin safe
//! wrapper over `libc` that answers the call's result or its `errno`. Every `unsafe` block is
//! here, so the modules above stay safe code.
#![allow(unsafe_code)]

use std::sync::atomic::{AtomicU64, Ordering};

/// The `errno` of the call that just failed.
pub(super) fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// Whether a failed file-system call is Rust's refusal of a path holding a NUL byte, which
/// CPython refuses before the call as `ValueError: embedded null byte` (`path_converter`).
pub fn is_nul_in_path(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::InvalidInput && e.raw_os_error().is_none()
}

/// `Ok(r)` for a non-negative result, else the `errno`.
pub(super) fn check(r: libc::c_int) -> Result<i32, i32> {
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

/// `dup2(2)`, or `dup3(2)` with `O_CLOEXEC` when the copy is not to be inherited.
pub fn dup2(fd: i32, fd2: i32, inheritable: bool) -> Result<i32, i32> {
    if inheritable || fd == fd2 {
        // SAFETY: dup2 takes plain descriptors and touches no memory of ours.
        return check(unsafe { libc::dup2(fd, fd2) });
    }
    // SAFETY: as for dup2.
    check(unsafe { libc::dup3(fd, fd2, libc::O_CLOEXEC) })
}

/// Whether `fd` closes on `exec` (`FD_CLOEXEC`): the opposite of `os.get_inheritable`.
pub fn cloexec(fd: i32) -> Result<bool, i32> {
    // SAFETY: F_GETFD takes a plain descriptor and touches no memory of ours.
    check(unsafe { libc::fcntl(fd, libc::F_GETFD) }).map(|f| f & libc::FD_CLOEXEC != 0)
}

/// Sets or clears `FD_CLOEXEC` on `fd` (`os.set_inheritable`).
pub fn set_cloexec(fd: i32, on: bool) -> Result<(), i32> {
    // SAFETY: F_GETFD and F_SETFD take a plain descriptor and an int, no memory of ours.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    let new = if on {
        flags | libc::FD_CLOEXEC
    } else {
        flags & !libc::FD_CLOEXEC
    };
    // SAFETY: as above.
    check(unsafe { libc::fcntl(fd, libc::F_SETFD, new) }).map(|_| ())
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

/// Blocks (`hold`) or unblocks, for the calling thread only, every signal but those a fault
/// raises in the thread that faulted (SIGSEGV, SIGBUS, SIGILL, SIGFPE).
pub fn hold_signals(hold: bool) {
    // SAFETY: the set is initialised by sigfillset before use; pthread_sigmask only changes
    // the calling thread's mask.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        for s in [libc::SIGSEGV, libc::SIGBUS, libc::SIGILL, libc::SIGFPE] {
            libc::sigdelset(&mut set, s);
        }
        let how = if hold {
            libc::SIG_BLOCK
        } else {
            libc::SIG_UNBLOCK
        };
        libc::pthread_sigmask(how, &set, std::ptr::null_mut());
    }
}

/// `alarm(2)`: the seconds left of the previous alarm.
pub fn alarm(secs: u32) -> u32 {
    // SAFETY: plain integer.
    unsafe { libc::alarm(secs) }
}

fn to_timeval(secs: f64) -> libc::timeval {
    let whole = secs.trunc();
    let mut usec = ((secs - whole) * 1e6).round() as libc::suseconds_t;
    let mut sec = whole as libc::time_t;
    if usec >= 1_000_000 {
        sec += 1;
        usec -= 1_000_000;
    }
    // A nonzero time below a microsecond would disarm the timer: round it up, as CPython's
    // timeval_from_double rounds with _PyTime_ROUND_CEILING.
    if sec == 0 && usec == 0 && secs > 0.0 {
        usec = 1;
    }
    libc::timeval {
        tv_sec: sec,
        tv_usec: usec,
    }
}

fn from_timeval(tv: libc::timeval) -> f64 {
    tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6
}

/// `setitimer(2)`: arms `which` and returns the old (delay, interval).
pub fn setitimer(which: i32, delay: f64, interval: f64) -> Result<(f64, f64), i32> {
    let new = libc::itimerval {
        it_value: to_timeval(delay),
        it_interval: to_timeval(interval),
    };
    // SAFETY: both records are valid for the call; `old` is written by it.
    unsafe {
        let mut old: libc::itimerval = std::mem::zeroed();
        check(libc::setitimer(which, &new, &mut old))?;
        Ok((from_timeval(old.it_value), from_timeval(old.it_interval)))
    }
}

/// `getitimer(2)`: (delay, interval).
pub fn getitimer(which: i32) -> Result<(f64, f64), i32> {
    // SAFETY: `cur` is written by the call.
    unsafe {
        let mut cur: libc::itimerval = std::mem::zeroed();
        check(libc::getitimer(which, &mut cur))?;
        Ok((from_timeval(cur.it_value), from_timeval(cur.it_interval)))
    }
}

/// The signal numbers in a set, lowest first.
fn set_members(set: &libc::sigset_t) -> Vec<i32> {
    // SAFETY: sigismember only reads the initialised set.
    (1..65)
        .filter(|&s| unsafe { libc::sigismember(set, s) } == 1)
        .collect()
}

/// `pthread_sigmask(3)` for the calling thread: the previous mask's members.
pub fn sigmask(how: i32, signals: &[i32]) -> Result<Vec<i32>, i32> {
    // SAFETY: both sets are initialised by sigemptyset before use.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        let mut old: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigemptyset(&mut old);
        for &s in signals {
            if libc::sigaddset(&mut set, s) != 0 {
                return Err(libc::EINVAL);
            }
        }
        let r = libc::pthread_sigmask(how, &set, &mut old);
        if r != 0 {
            return Err(r);
        }
        Ok(set_members(&old))
    }
}

/// `sigpending(2)`: the signals blocked and waiting.
pub fn sigpending() -> Result<Vec<i32>, i32> {
    // SAFETY: the set is initialised by sigemptyset and filled by the call.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        check(libc::sigpending(&mut set))?;
        Ok(set_members(&set))
    }
}

/// Sleeps until `deadline` on the monotonic clock; false when a signal interrupted the sleep.
pub fn sleep_until(deadline: std::time::Instant) -> bool {
    let left = deadline.saturating_duration_since(std::time::Instant::now());
    if left.is_zero() {
        return true;
    }
    let ts = libc::timespec {
        tv_sec: left.as_secs() as libc::time_t,
        tv_nsec: left.subsec_nanos() as libc::c_long,
    };
    // SAFETY: `ts` is valid for the call; the remainder is not asked for.
    let r = unsafe { libc::nanosleep(&ts, std::ptr::null_mut()) };
    r == 0 || last_errno() != libc::EINTR
}

/// `pause(2)`: waits until a signal is caught (it always comes back with EINTR).
pub fn pause() {
    // SAFETY: no arguments; the call only blocks.
    unsafe {
        libc::pause();
    }
}

/// `getpgid(2)` (`pid` 0: the calling process).
pub fn getpgid(pid: i32) -> Result<i32, i32> {
    // SAFETY: plain integer.
    check(unsafe { libc::getpgid(pid) })
}

/// `getsid(2)` (`pid` 0: the calling process).
pub fn getsid(pid: i32) -> Result<i32, i32> {
    // SAFETY: plain integer.
    check(unsafe { libc::getsid(pid) })
}

/// `killpg(3)`.
pub fn killpg(pgid: i32, signum: i32) -> Result<(), i32> {
    // SAFETY: plain integers.
    check(unsafe { libc::killpg(pgid, signum) }).map(|_| ())
}

/// A clock call that fills a `timespec` (`clock_gettime`, `clock_getres`).
type ClockQuery = unsafe extern "C" fn(libc::clockid_t, *mut libc::timespec) -> libc::c_int;

/// Runs `query` on clock `clk`: (seconds, nanoseconds).
fn read_clock(query: ClockQuery, clk: i32) -> Result<(i64, i64), i32> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec the call fills in; the clock id is a plain
    // integer the kernel checks (EINVAL).
    check(unsafe { query(clk as libc::clockid_t, &mut ts) })?;
    Ok((ts.tv_sec, ts.tv_nsec))
}

/// `clock_gettime(2)`: (seconds, nanoseconds) of clock `clk`.
pub fn clock_gettime(clk: i32) -> Result<(i64, i64), i32> {
    read_clock(libc::clock_gettime, clk)
}

/// `clock_getres(2)`: (seconds, nanoseconds) of clock `clk`'s resolution.
pub fn clock_getres(clk: i32) -> Result<(i64, i64), i32> {
    read_clock(libc::clock_getres, clk)
}

/// `clock_settime(2)`.
pub fn clock_settime(clk: i32, secs: i64, nanos: i64) -> Result<(), i32> {
    let ts = libc::timespec {
        tv_sec: secs,
        tv_nsec: nanos,
    };
    // SAFETY: `ts` is a valid timespec the call only reads.
    check(unsafe { libc::clock_settime(clk as libc::clockid_t, &ts) }).map(|_| ())
}

/// Whether `fd` is an open descriptor of this process (`fcntl(fd, F_GETFD)` succeeds).
pub fn fd_is_open(fd: i32) -> bool {
    // SAFETY: F_GETFD reads a descriptor's flags and touches no memory of ours.
    fd >= 0 && unsafe { libc::fcntl(fd, libc::F_GETFD) } >= 0
}
