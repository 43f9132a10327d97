//! The descriptor-control calls behind `fcntl` and `termios`: thin safe wrappers over `libc`
//! answering the call's result or its `errno`. Every `unsafe` block of those modules is here.
#![allow(unsafe_code)]

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn check(r: libc::c_int) -> Result<i32, i32> {
    if r < 0 { Err(last_errno()) } else { Ok(r) }
}

/// `fcntl(2)` with an integer argument.
pub fn fcntl_int(fd: i32, cmd: i32, arg: i64) -> Result<i32, i32> {
    // SAFETY: the integer forms of fcntl read no memory of ours.
    check(unsafe { libc::fcntl(fd, cmd, arg as libc::c_long) })
}

/// `fcntl(2)` with a buffer the call may read and write (at least as large as it needs: the
/// caller passes CPython's 1024-byte scratch buffer).
pub fn fcntl_buf(fd: i32, cmd: i32, buf: &mut [u8]) -> Result<i32, i32> {
    // SAFETY: `buf` is writable for its whole length.
    check(unsafe { libc::fcntl(fd, cmd, buf.as_mut_ptr()) })
}

/// `ioctl(2)` with an integer argument.
pub fn ioctl_int(fd: i32, request: u64, arg: i64) -> Result<i32, i32> {
    // SAFETY: an integer argument is passed by value; requests that would treat it as a
    // pointer fail with EFAULT from the kernel rather than touch our memory.
    check(unsafe { libc::ioctl(fd, request as _, arg as libc::c_long) })
}

/// `ioctl(2)` with a buffer.
pub fn ioctl_buf(fd: i32, request: u64, buf: &mut [u8]) -> Result<i32, i32> {
    // SAFETY: `buf` is writable for its whole length.
    check(unsafe { libc::ioctl(fd, request as _, buf.as_mut_ptr()) })
}

/// `flock(2)`.
pub fn flock(fd: i32, op: i32) -> Result<(), i32> {
    // SAFETY: flock takes plain integers.
    check(unsafe { libc::flock(fd, op) }).map(|_| ())
}

/// `fcntl(F_SETLK/F_SETLKW)` with a `struct flock`, as `lockf` in fcntlmodule.c does it.
pub fn lock_range(
    fd: i32,
    wait: bool,
    kind: i16,
    start: i64,
    len: i64,
    whence: i16,
) -> Result<(), i32> {
    // SAFETY: an all-zero flock is a valid value.
    let mut l: libc::flock = unsafe { std::mem::zeroed() };
    l.l_type = kind;
    l.l_whence = whence;
    l.l_start = start;
    l.l_len = len;
    let cmd = if wait { libc::F_SETLKW } else { libc::F_SETLK };
    // SAFETY: `l` is a valid flock for the call to read.
    check(unsafe { libc::fcntl(fd, cmd, &mut l as *mut libc::flock) }).map(|_| ())
}

/// The terminal attributes `tcgetattr` reports: the four flag words, the two speeds and the
/// control characters.
pub struct Attrs {
    pub iflag: u32,
    pub oflag: u32,
    pub cflag: u32,
    pub lflag: u32,
    pub ispeed: u32,
    pub ospeed: u32,
    pub cc: Vec<u8>,
}

/// `tcgetattr(3)` with `cfgetispeed`/`cfgetospeed`.
pub fn tcgetattr(fd: i32) -> Result<Attrs, i32> {
    // SAFETY: an all-zero termios is a valid value.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is a writable termios.
    check(unsafe { libc::tcgetattr(fd, &mut t) })?;
    // SAFETY: `t` was filled in by tcgetattr.
    let (ispeed, ospeed) = unsafe { (libc::cfgetispeed(&t), libc::cfgetospeed(&t)) };
    Ok(Attrs {
        iflag: t.c_iflag,
        oflag: t.c_oflag,
        cflag: t.c_cflag,
        lflag: t.c_lflag,
        ispeed,
        ospeed,
        cc: t.c_cc.to_vec(),
    })
}

/// `tcsetattr(3)`: the current attributes with the given fields replaced.
pub fn tcsetattr(fd: i32, when: i32, a: &Attrs) -> Result<(), i32> {
    // SAFETY: an all-zero termios is a valid value.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is a writable termios.
    check(unsafe { libc::tcgetattr(fd, &mut t) })?;
    t.c_iflag = a.iflag;
    t.c_oflag = a.oflag;
    t.c_cflag = a.cflag;
    t.c_lflag = a.lflag;
    for (slot, &c) in t.c_cc.iter_mut().zip(&a.cc) {
        *slot = c;
    }
    // SAFETY: `t` is a valid termios for these calls to read and update.
    unsafe {
        check(libc::cfsetispeed(&mut t, a.ispeed))?;
        check(libc::cfsetospeed(&mut t, a.ospeed))?;
        check(libc::tcsetattr(fd, when, &t)).map(|_| ())
    }
}

/// The number of control characters (`NCCS`).
pub const NCCS: usize = libc::NCCS;

/// `tcsendbreak`, `tcdrain`, `tcflush` and `tcflow`, by name.
pub fn tc_simple(which: &str, fd: i32, arg: i32) -> Result<(), i32> {
    // SAFETY: these take plain integers.
    let r = unsafe {
        match which {
            "tcsendbreak" => libc::tcsendbreak(fd, arg),
            "tcdrain" => libc::tcdrain(fd),
            "tcflush" => libc::tcflush(fd, arg),
            _ => libc::tcflow(fd, arg),
        }
    };
    check(r).map(|_| ())
}

/// `ioctl(TIOCGWINSZ)`: (rows, columns).
pub fn get_winsize(fd: i32) -> Result<(u16, u16), i32> {
    let mut w = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: `w` is a writable winsize, what TIOCGWINSZ fills in.
    check(unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) })?;
    Ok((w.ws_row, w.ws_col))
}

/// `ioctl(TIOCSWINSZ)` keeping the pixel sizes.
pub fn set_winsize(fd: i32, rows: u16, cols: u16) -> Result<(), i32> {
    let mut w = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: `w` is a writable winsize for TIOCGWINSZ and then readable for TIOCSWINSZ.
    unsafe {
        check(libc::ioctl(fd, libc::TIOCGWINSZ, &mut w))?;
        w.ws_row = rows;
        w.ws_col = cols;
        check(libc::ioctl(fd, libc::TIOCSWINSZ, &w)).map(|_| ())
    }
}
