//! The C library's user, group and resource databases behind `pwd`, `grp` and `resource`:
//! thin safe wrappers over `libc` answering copied-out records or the call's `errno`. Every
//! `unsafe` block of those modules is here.
#![allow(unsafe_code)]

use std::ffi::{CStr, CString};

/// A `struct passwd`, strings as raw bytes.
pub struct Passwd {
    pub name: Vec<u8>,
    pub passwd: Vec<u8>,
    pub uid: u32,
    pub gid: u32,
    pub gecos: Vec<u8>,
    pub dir: Vec<u8>,
    pub shell: Vec<u8>,
}

/// A `struct group`, strings as raw bytes.
pub struct Group {
    pub name: Vec<u8>,
    pub passwd: Vec<u8>,
    pub gid: u32,
    pub members: Vec<Vec<u8>>,
}

/// The bytes of a C string that may be null.
///
/// # Safety
/// `p` is null or points to a NUL-terminated string that stays valid for the call.
unsafe fn bytes_at(p: *const libc::c_char) -> Vec<u8> {
    if p.is_null() {
        return Vec::new();
    }
    // SAFETY: non-null and NUL-terminated, as the caller promises.
    unsafe { CStr::from_ptr(p) }.to_bytes().to_vec()
}

/// Copies a `passwd` record out of the C library's storage.
///
/// # Safety
/// The record's string pointers are null or valid C strings.
unsafe fn copy_passwd(p: &libc::passwd) -> Passwd {
    // SAFETY: the fields of a record the C library filled in, per the caller.
    unsafe {
        Passwd {
            name: bytes_at(p.pw_name),
            passwd: bytes_at(p.pw_passwd),
            uid: p.pw_uid,
            gid: p.pw_gid,
            gecos: bytes_at(p.pw_gecos),
            dir: bytes_at(p.pw_dir),
            shell: bytes_at(p.pw_shell),
        }
    }
}

/// Copies a `group` record out of the C library's storage.
///
/// # Safety
/// The record's pointers are null or valid, `gr_mem` a null-terminated array.
unsafe fn copy_group(g: &libc::group) -> Group {
    let mut members = Vec::new();
    let mut p = g.gr_mem;
    // SAFETY: gr_mem is a null-terminated array of C strings, per the caller.
    unsafe {
        while !p.is_null() && !(*p).is_null() {
            members.push(bytes_at(*p));
            p = p.add(1);
        }
        Group {
            name: bytes_at(g.gr_name),
            passwd: bytes_at(g.gr_passwd),
            gid: g.gr_gid,
            members,
        }
    }
}

/// Runs a reentrant lookup (`get*_r`) with a buffer that grows while the call says ERANGE.
fn with_buffer<T>(
    mut call: impl FnMut(&mut [libc::c_char]) -> Result<Option<T>, i32>,
) -> Result<Option<T>, i32> {
    let mut buf = vec![0 as libc::c_char; 1024];
    loop {
        match call(&mut buf) {
            Err(libc::ERANGE) if buf.len() < (1 << 24) => buf.resize(buf.len() * 2, 0),
            other => return other,
        }
    }
}

fn passwd_lookup(
    by: impl Fn(*mut libc::passwd, &mut [libc::c_char], *mut *mut libc::passwd) -> libc::c_int,
) -> Result<Option<Passwd>, i32> {
    with_buffer(|buf| {
        // SAFETY: an all-zero passwd is a valid value (null pointers, zero ids).
        let mut rec: libc::passwd = unsafe { std::mem::zeroed() };
        let mut out: *mut libc::passwd = std::ptr::null_mut();
        let r = by(&mut rec, buf, &mut out);
        if r != 0 {
            return Err(r);
        }
        // SAFETY: on success with a non-null result, `rec` points into `buf`, still alive.
        Ok((!out.is_null()).then(|| unsafe { copy_passwd(&rec) }))
    })
}

/// `getpwnam_r(3)`.
pub fn getpwnam(name: &CString) -> Result<Option<Passwd>, i32> {
    passwd_lookup(|rec, buf, out| {
        // SAFETY: name is NUL-terminated; rec, buf (with its length) and out are writable.
        unsafe { libc::getpwnam_r(name.as_ptr(), rec, buf.as_mut_ptr(), buf.len(), out) }
    })
}

/// `getpwuid_r(3)`.
pub fn getpwuid(uid: u32) -> Result<Option<Passwd>, i32> {
    passwd_lookup(|rec, buf, out| {
        // SAFETY: rec, buf (with its length) and out are writable.
        unsafe { libc::getpwuid_r(uid, rec, buf.as_mut_ptr(), buf.len(), out) }
    })
}

/// Every entry, by `setpwent`/`getpwent`/`endpwent` (the interpreter runs one thread).
pub fn getpwall() -> Vec<Passwd> {
    let mut all = Vec::new();
    // SAFETY: the *pwent calls use the C library's own static storage, which is copied out
    // before the next call.
    unsafe {
        libc::setpwent();
        loop {
            let p = libc::getpwent();
            if p.is_null() {
                break;
            }
            all.push(copy_passwd(&*p));
        }
        libc::endpwent();
    }
    all
}

fn group_lookup(
    by: impl Fn(*mut libc::group, &mut [libc::c_char], *mut *mut libc::group) -> libc::c_int,
) -> Result<Option<Group>, i32> {
    with_buffer(|buf| {
        // SAFETY: an all-zero group is a valid value (null pointers, zero id).
        let mut rec: libc::group = unsafe { std::mem::zeroed() };
        let mut out: *mut libc::group = std::ptr::null_mut();
        let r = by(&mut rec, buf, &mut out);
        if r != 0 {
            return Err(r);
        }
        // SAFETY: on success with a non-null result, `rec` points into `buf`, still alive.
        Ok((!out.is_null()).then(|| unsafe { copy_group(&rec) }))
    })
}

/// `getgrnam_r(3)`.
pub fn getgrnam(name: &CString) -> Result<Option<Group>, i32> {
    group_lookup(|rec, buf, out| {
        // SAFETY: name is NUL-terminated; rec, buf (with its length) and out are writable.
        unsafe { libc::getgrnam_r(name.as_ptr(), rec, buf.as_mut_ptr(), buf.len(), out) }
    })
}

/// `getgrgid_r(3)`.
pub fn getgrgid(gid: u32) -> Result<Option<Group>, i32> {
    group_lookup(|rec, buf, out| {
        // SAFETY: rec, buf (with its length) and out are writable.
        unsafe { libc::getgrgid_r(gid, rec, buf.as_mut_ptr(), buf.len(), out) }
    })
}

/// Every group, by `setgrent`/`getgrent`/`endgrent`.
pub fn getgrall() -> Vec<Group> {
    let mut all = Vec::new();
    // SAFETY: as getpwall: static storage copied out before the next call.
    unsafe {
        libc::setgrent();
        loop {
            let g = libc::getgrent();
            if g.is_null() {
                break;
            }
            all.push(copy_group(&*g));
        }
        libc::endgrent();
    }
    all
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// `getrlimit(2)`: (soft, hard), `RLIM_INFINITY` as -1 as CPython shows it.
pub fn getrlimit(resource: i32) -> Result<(i64, i64), i32> {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: `lim` is a writable rlimit.
    let r = unsafe { libc::getrlimit(resource as _, &mut lim) };
    if r < 0 {
        return Err(last_errno());
    }
    Ok((lim.rlim_cur as i64, lim.rlim_max as i64))
}

/// `setrlimit(2)`; -1 (or any negative) means `RLIM_INFINITY`.
pub fn setrlimit(resource: i32, soft: i64, hard: i64) -> Result<(), i32> {
    let lim = libc::rlimit {
        rlim_cur: soft as libc::rlim_t,
        rlim_max: hard as libc::rlim_t,
    };
    // SAFETY: `lim` is a readable rlimit.
    let r = unsafe { libc::setrlimit(resource as _, &lim) };
    if r < 0 { Err(last_errno()) } else { Ok(()) }
}

/// `getrusage(2)`: user and system time in seconds, then the fourteen counters.
pub fn getrusage(who: i32) -> Result<(f64, f64, [i64; 14]), i32> {
    // SAFETY: an all-zero rusage is a valid value.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a writable rusage.
    let r = unsafe { libc::getrusage(who, &mut u) };
    if r < 0 {
        return Err(last_errno());
    }
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 * 1e-6;
    Ok((
        secs(u.ru_utime),
        secs(u.ru_stime),
        [
            u.ru_maxrss,
            u.ru_ixrss,
            u.ru_idrss,
            u.ru_isrss,
            u.ru_minflt,
            u.ru_majflt,
            u.ru_nswap,
            u.ru_inblock,
            u.ru_oublock,
            u.ru_msgsnd,
            u.ru_msgrcv,
            u.ru_nsignals,
            u.ru_nvcsw,
            u.ru_nivcsw,
        ],
    ))
}

/// `getpagesize(2)`.
pub fn getpagesize() -> i64 {
    // SAFETY: sysconf takes a plain constant.
    i64::from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as i32)
}
