//! File descriptors for the `posix` module: `open`/`read`/`write`/`close`/`lseek`/`dup`/`pipe`
//! and friends over a table of the files krait opened (krait may not call libc, so an fd is a
//! `std::fs::File` kept here under its raw number); 0, 1 and 2 are the process's streams.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::File;
use std::io::{IsTerminal, Read, Seek, SeekFrom, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::fs::OpenOptionsExt;

use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

use super::{errno_error, io_error, text_arg};

thread_local! {
    /// The interpreter's descriptor table: every file krait opened, whether through `os.open`
    /// or `_io.FileIO`, so a descriptor from one works with the other (`os.fdopen`,
    /// `tempfile`'s openers), as they share the process's descriptors in CPython.
    pub(crate) static FILES: RefCell<HashMap<i32, File>> = RefCell::new(HashMap::new());
}

/// Takes into the table a descriptor krait did not open but the process has: one inherited
/// from the parent (`pass_fds`, a shell's redirection). CPython's descriptors are plain
/// numbers, so such a descriptor works with `os.read`, `os.write`, `open(fd)`... as any other.
pub(crate) fn adopt_inherited(fd: i32) {
    if fd < 3 || FILES.with(|t| t.borrow().contains_key(&fd)) {
        return;
    }
    if crate::builtins::oslevel::sys::fd_is_open(fd) {
        use std::os::fd::FromRawFd;
        #[allow(unsafe_code)]
        // SAFETY: `fd` is open and no `File` of this process owns it (it is not in the
        // table, which holds every descriptor krait opened), so the table may take it over.
        let file = unsafe { File::from_raw_fd(fd) };
        FILES.with(|t| t.borrow_mut().insert(fd, file));
    }
}

fn fd_arg(vm: &Vm, o: &ObjRef) -> PyResult<i32> {
    let n = vm.index_isize(o)?;
    i32::try_from(n).map_err(|_| vm.overflow_error("fd is greater than maximum"))
}

/// Runs `f` on the table's file for `fd`, or raises `EBADF` as the system call would.
fn with_file<T>(vm: &Vm, fd: i32, f: impl FnOnce(&mut File) -> std::io::Result<T>) -> PyResult<T> {
    adopt_inherited(fd);
    let r = FILES.with(|t| t.borrow_mut().get_mut(&fd).map(f));
    match r {
        Some(r) => r.map_err(|e| io_error(vm, &e, None)),
        None => Err(errno_error(vm, 9, None)),
    }
}

fn add(file: File) -> i32 {
    let fd = file.as_raw_fd();
    FILES.with(|t| t.borrow_mut().insert(fd, file));
    fd
}

/// `_n_open(path, flags, mode)`: the access mode goes to `OpenOptions`, the other `O_*` bits
/// through `custom_flags`, as `open(2)` would take them together.
pub fn n_open(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "open", 3)?;
    let path = text_arg(vm, &a[0], "open")?;
    let flags = fd_arg(vm, &a[1])?;
    let mode = fd_arg(vm, &a[2])? as u32;
    let acc = flags & 3;
    let file = std::fs::OpenOptions::new()
        .read(acc == 0 || acc == 2)
        .write(acc == 1 || acc == 2)
        .custom_flags(flags & !3)
        .mode(mode)
        .open(&path)
        .map_err(|e| io_error(vm, &e, Some(&path)))?;
    Ok(vm.new_int(i64::from(add(file))))
}

pub fn n_close(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "close", 1)?;
    let fd = fd_arg(vm, &a[0])?;
    adopt_inherited(fd);
    match FILES.with(|t| t.borrow_mut().remove(&fd)) {
        Some(_) => Ok(vm.none.clone()),
        None => Err(errno_error(vm, 9, None)),
    }
}

pub fn n_read(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "read", 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let n = vm.index_isize(&a[1])?;
    if n < 0 {
        return Err(vm.value_error("negative buffersize in read"));
    }
    let mut buf = vec![0u8; (n as usize).min(1 << 26)];
    let got = if fd == 0 {
        std::io::stdin()
            .read(&mut buf)
            .map_err(|e| io_error(vm, &e, None))?
    } else {
        with_file(vm, fd, |f| f.read(&mut buf))?
    };
    buf.truncate(got);
    Ok(vm.new_bytes(buf))
}

pub fn n_write(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "write", 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let data = a[1].as_bytes().unwrap_or_default().to_vec();
    let wrote = match fd {
        1 => {
            let mut out = std::io::stdout();
            out.write_all(&data)
                .and_then(|()| out.flush())
                .map(|()| data.len())
        }
        2 => std::io::stderr().write_all(&data).map(|()| data.len()),
        _ => return Ok(vm.new_int(with_file(vm, fd, |f| f.write(&data))? as i64)),
    };
    let n = wrote.map_err(|e| io_error(vm, &e, None))?;
    Ok(vm.new_int(n as i64))
}

pub fn n_lseek(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "lseek", 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let pos = vm.index_isize(&a[1])? as i64;
    let how = match vm.index_isize(&a[2])? {
        0 if pos >= 0 => SeekFrom::Start(pos as u64),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => return Err(errno_error(vm, 22, None)),
    };
    let at = with_file(vm, fd, |f| f.seek(how))?;
    Ok(vm.new_int(at as i64))
}

pub fn n_ftruncate(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "ftruncate", 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let len = vm.index_isize(&a[1])?.max(0) as u64;
    with_file(vm, fd, |f| f.set_len(len))?;
    Ok(vm.none.clone())
}

pub fn n_dup(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "dup", 1)?;
    let fd = fd_arg(vm, &a[0])?;
    // The standard descriptors belong to the process's std handles, not to the table; their
    // copy is a new (non-inheritable, as `os.dup` makes it) descriptor the table owns.
    let std_copy = match fd {
        0 => Some(std::io::stdin().as_fd().try_clone_to_owned()),
        1 => Some(std::io::stdout().as_fd().try_clone_to_owned()),
        2 => Some(std::io::stderr().as_fd().try_clone_to_owned()),
        _ => None,
    };
    let copy = match std_copy {
        Some(owned) => File::from(owned.map_err(|e| io_error(vm, &e, None))?),
        None => with_file(vm, fd, |f| f.try_clone())?,
    };
    Ok(vm.new_int(i64::from(add(copy))))
}

/// `_n_dup2(fd, fd2, inheritable)`: `fd2` becomes a copy of `fd` (closed first if open).
pub fn n_dup2(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "dup2", 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let fd2 = fd_arg(vm, &a[1])?;
    let inheritable = vm.truthy(&a[2])?;
    crate::builtins::oslevel::sys::dup2(fd, fd2, inheritable)
        .map_err(|e| errno_error(vm, e, None))?;
    // A table entry for `fd2` keeps owning the number, which now names the copy; a number
    // the table did not know yet is taken over.
    adopt_inherited(fd2);
    Ok(vm.new_int(i64::from(fd2)))
}

/// `_n_inheritable(fd, value)`: with `value` None, whether `fd` is inherited by a child
/// process (no `FD_CLOEXEC`); else makes it so or not.
pub fn n_inheritable(vm: &Vm, args: Args<'_>) -> PyResult {
    use crate::builtins::oslevel::sys;
    let a = args.exact(vm, "inheritable", 2)?;
    let fd = fd_arg(vm, &a[0])?;
    if vm.is_none(&a[1]) {
        let closes = sys::cloexec(fd).map_err(|e| errno_error(vm, e, None))?;
        return Ok(vm.new_bool(!closes));
    }
    let inheritable = vm.truthy(&a[1])?;
    sys::set_cloexec(fd, !inheritable).map_err(|e| errno_error(vm, e, None))?;
    Ok(vm.none.clone())
}

pub fn n_pipe(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "pipe", 0)?;
    let (r, w) = std::io::pipe().map_err(|e| io_error(vm, &e, None))?;
    let r = add(File::from(OwnedFd::from(r)));
    let w = add(File::from(OwnedFd::from(w)));
    Ok(vm.new_tuple(vec![vm.new_int(i64::from(r)), vm.new_int(i64::from(w))]))
}

pub fn n_isatty(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "isatty", 1)?;
    let fd = fd_arg(vm, &a[0])?;
    let tty = match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        2 => std::io::stderr().is_terminal(),
        _ => {
            adopt_inherited(fd);
            FILES.with(|t| t.borrow().get(&fd).is_some_and(|f| f.is_terminal()))
        }
    };
    Ok(vm.new_bool(tty))
}

/// The `stat` fields of an open descriptor: the table's file, or `/proc/self/fd/N` for the
/// process's own streams.
pub fn n_fstat(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "fstat", 1)?;
    let fd = fd_arg(vm, &a[0])?;
    let meta = if (0..=2).contains(&fd) {
        std::fs::metadata(format!("/proc/self/fd/{fd}")).map_err(|e| io_error(vm, &e, None))?
    } else {
        with_file(vm, fd, |f| f.metadata())?
    };
    Ok(super::stat_tuple(vm, &meta))
}
