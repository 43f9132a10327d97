//! The `_io` module: the class hierarchy of Modules/_io (`_IOBase`, `FileIO`, `BytesIO`,
//! `StringIO`, the buffered classes, `TextIOWrapper`, `open`) written in Python
//! (`iobase.py`, `buffered.py`, `textio.py`) over the file-descriptor calls defined here.
//!
//! Descriptors 0, 1 and 2 go through the interpreter's own standard streams, so bytes written
//! with `sys.stdout.buffer` or `open(1, 'w')` keep their order with `print`; every other
//! descriptor is a `std::fs::File` in the interpreter's descriptor table, which `os.open`
//! shares (`importer::posix::fd`).

pub(crate) mod accel;

use std::fs::File;
use std::io::{IsTerminal, Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::OpenOptionsExt;

use crate::importer::posix::fd::FILES;
use crate::object::native::Args;
use crate::object::{ObjRef, PyErr, PyResult};
use crate::runtime::Vm;

const SOURCE: &str = concat!(
    include_str!("iobase.py"),
    include_str!("buffered.py"),
    include_str!("textio.py")
);

/// Raises `OSError(errno, strerror[, filename])`, which the exception's constructor turns into
/// the subclass for that errno (FileNotFoundError...), as `PyErr_SetFromErrnoWithFilename`.
pub(crate) fn raise_os(vm: &Vm, e: &std::io::Error, filename: Option<&ObjRef>) -> PyErr {
    if crate::builtins::oslevel::sys::is_nul_in_path(e) {
        return vm.value_error("embedded null byte");
    }
    let errno = e.raw_os_error().unwrap_or(0);
    let msg = e.to_string();
    let msg = msg.split(" (os error").next().unwrap_or("").to_string();
    let mut args = vec![vm.new_int(i64::from(errno)), vm.new_str(msg)];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    match vm.call_pos(&vm.exc.os_error, &args) {
        Ok(exc) => vm.raise(exc),
        Err(err) => err,
    }
}

fn int_arg(vm: &Vm, o: &ObjRef) -> PyResult<i64> {
    vm.index(o)?.as_i64().ok_or_else(|| {
        vm.error(
            &vm.exc.overflow_error,
            "Python int too large to convert to C int",
        )
    })
}

fn bad_fd(vm: &Vm) -> PyErr {
    raise_os(vm, &std::io::Error::from_raw_os_error(9), None)
}

/// Runs `f` on the file behind `fd`, or raises EBADF as the system call would.
fn with_file<T>(vm: &Vm, fd: i64, f: impl FnOnce(&mut File) -> std::io::Result<T>) -> PyResult<T> {
    let fd = i32::try_from(fd).map_err(|_| bad_fd(vm))?;
    crate::importer::posix::fd::adopt_inherited(fd);
    FILES.with(|t| match t.borrow_mut().get_mut(&fd) {
        Some(file) => f(file).map_err(|e| raise_os(vm, &e, None)),
        None => Err(bad_fd(vm)),
    })
}

/// `_n_open(path, readable, writable, append, create, truncate, exclusive, mode)`: the
/// descriptor of the opened file. A directory is refused with EISDIR as `FileIO.__init__`
/// refuses it after its `fstat`.
fn n_open(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_n_open", 8)?;
    let path: std::path::PathBuf = match (a[0].as_str(), crate::types::bytes::buffer(&a[0])) {
        (Some(s), _) => s.to_string_lossy().into_owned().into(),
        (None, Some(b)) => {
            use std::os::unix::ffi::OsStrExt;
            std::ffi::OsStr::from_bytes(&b).to_owned().into()
        }
        _ => return Err(vm.type_error("expected str, bytes or os.PathLike object")),
    };
    let flag = |i: usize| vm.truthy(&a[i]);
    let mut opts = std::fs::OpenOptions::new();
    let writable = flag(2)?;
    opts.read(flag(1)?)
        .write(writable)
        .append(flag(3)?)
        .mode(u32::try_from(int_arg(vm, &a[7])?).unwrap_or(0o666));
    if flag(6)? {
        opts.create_new(true);
    } else if flag(4)? {
        opts.create(true);
    }
    if flag(5)? {
        opts.truncate(true);
    }
    let file = opts
        .open(&path)
        .map_err(|e| raise_os(vm, &e, Some(&a[0])))?;
    let meta = file.metadata().map_err(|e| raise_os(vm, &e, Some(&a[0])))?;
    if meta.is_dir() {
        return Err(raise_os(
            vm,
            &std::io::Error::from_raw_os_error(21),
            Some(&a[0]),
        ));
    }
    let fd = file.as_raw_fd();
    FILES.with(|t| t.borrow_mut().insert(fd, file));
    Ok(vm.new_int(i64::from(fd)))
}

/// `_n_read(fd, n)`: up to `n` bytes (all that remain when `n` is negative).
fn n_read(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_n_read", 2)?;
    let fd = int_arg(vm, &a[0])?;
    let n = int_arg(vm, &a[1])?;
    let mut buf = Vec::new();
    if fd == 0 {
        let mut s = vm.streams.borrow_mut();
        let r = if n < 0 {
            s.stdin.read_to_end(&mut buf).map(|_| ())
        } else {
            buf.resize(n as usize, 0);
            s.stdin.read(&mut buf).map(|k| buf.truncate(k))
        };
        drop(s);
        r.map_err(|e| raise_os(vm, &e, None))?;
    } else if n < 0 {
        with_file(vm, fd, |f| f.read_to_end(&mut buf))?;
    } else {
        buf.resize(usize::try_from(n).unwrap_or(0), 0);
        let k = with_file(vm, fd, |f| f.read(&mut buf))?;
        buf.truncate(k);
    }
    Ok(vm.new_bytes(buf))
}

/// `_n_write(fd, data)`: the number of bytes written.
fn n_write(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_n_write", 2)?;
    let fd = int_arg(vm, &a[0])?;
    let data = crate::types::bytes::buffer(&a[1])
        .ok_or_else(|| vm.type_error("a bytes-like object is required"))?;
    match fd {
        1 | 2 => vm
            .write_stream(fd as u8, &data)
            .map_err(|e| raise_os(vm, &e, None))?,
        _ => with_file(vm, fd, |f| f.write_all(&data))?,
    }
    Ok(vm.new_int(data.len() as i64))
}

/// `_n_seek(fd, pos, whence)`: the new absolute position.
fn n_seek(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_n_seek", 3)?;
    let fd = int_arg(vm, &a[0])?;
    let pos = int_arg(vm, &a[1])?;
    let to = match int_arg(vm, &a[2])? {
        0 => SeekFrom::Start(
            u64::try_from(pos)
                .map_err(|_| raise_os(vm, &std::io::Error::from_raw_os_error(22), None))?,
        ),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => return Err(raise_os(vm, &std::io::Error::from_raw_os_error(22), None)),
    };
    if fd <= 2 {
        // The standard streams are pipes or terminals here: not seekable (ESPIPE).
        return Err(raise_os(vm, &std::io::Error::from_raw_os_error(29), None));
    }
    let p = with_file(vm, fd, |f| f.seek(to))?;
    Ok(vm.new_int(p as i64))
}

/// `_n_truncate(fd, size)`.
fn n_truncate(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_n_truncate", 2)?;
    let fd = int_arg(vm, &a[0])?;
    let size = u64::try_from(int_arg(vm, &a[1])?).unwrap_or(0);
    with_file(vm, fd, |f| f.set_len(size))?;
    Ok(vm.none.clone())
}

/// `_n_close(fd)`: drops the file (closing its descriptor); the standard descriptors are
/// flushed and left open.
fn n_close(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_n_close", 1)?;
    let fd = int_arg(vm, &a[0])?;
    if (0..=2).contains(&fd) {
        if fd > 0 {
            let _ = vm.flush_stream(fd as u8);
        }
        return Ok(vm.none.clone());
    }
    let fd = i32::try_from(fd).map_err(|_| bad_fd(vm))?;
    crate::importer::posix::fd::adopt_inherited(fd);
    match FILES.with(|t| t.borrow_mut().remove(&fd)) {
        Some(f) => drop(f),
        None => return Err(bad_fd(vm)),
    }
    Ok(vm.none.clone())
}

/// `_n_flush(fd)`: pushes the interpreter's buffer of a standard stream to the system.
fn n_flush(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_n_flush", 1)?;
    let fd = int_arg(vm, &a[0])?;
    if fd == 1 || fd == 2 {
        let _ = vm.flush_stream(fd as u8);
    }
    Ok(vm.none.clone())
}

/// `_n_isatty(fd)`. The standard streams answer false: the interpreter writes them through
/// its own buffers, as when they are pipes.
fn n_isatty(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_n_isatty", 1)?;
    let fd = int_arg(vm, &a[0])?;
    if fd <= 2 {
        return Ok(vm.false_obj.clone());
    }
    let t = with_file(vm, fd, |f| Ok(f.is_terminal()))?;
    Ok(vm.new_bool(t))
}

/// `_n_fstat(fd)`: `(size, blksize)`; the standard streams have no size (-1).
fn n_fstat(vm: &Vm, args: Args<'_>) -> PyResult {
    use std::os::unix::fs::MetadataExt;
    let a = args.exact(vm, "_n_fstat", 1)?;
    let fd = int_arg(vm, &a[0])?;
    if (0..=2).contains(&fd) {
        return Ok(vm.new_tuple(vec![vm.new_int(-1), vm.new_int(8192)]));
    }
    let m = with_file(vm, fd, |f| f.metadata())?;
    Ok(vm.new_tuple(vec![
        vm.new_int(m.size() as i64),
        vm.new_int(m.blksize() as i64),
    ]))
}

/// `_n_valid(fd)`: whether `fd` names an open descriptor this interpreter knows.
fn n_valid(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_n_valid", 1)?;
    let fd = int_arg(vm, &a[0])?;
    let known = (0..=2).contains(&fd)
        || i32::try_from(fd).is_ok_and(|fd| {
            crate::importer::posix::fd::adopt_inherited(fd);
            FILES.with(|t| t.borrow().contains_key(&fd))
        });
    Ok(vm.new_bool(known))
}

/// The `_io` module.
pub fn module(vm: &Vm) -> Option<ObjRef> {
    let helpers: &[(&'static str, crate::object::native::NativeFn)] = &[
        ("_n_open", n_open),
        ("_n_read", n_read),
        ("_n_write", n_write),
        ("_n_seek", n_seek),
        ("_n_truncate", n_truncate),
        ("_n_close", n_close),
        ("_n_flush", n_flush),
        ("_n_isatty", n_isatty),
        ("_n_fstat", n_fstat),
        ("_n_valid", n_valid),
    ];
    let pre: Vec<(&str, ObjRef)> = helpers
        .iter()
        .map(|&(n, f)| (n, vm.new_builtin(n, f)))
        .collect();
    let m = crate::importer::exec_embedded_with(vm, "_io", SOURCE, "<frozen _io>", &pre).ok()?;
    accel::install(vm, &m)?;
    // `builtins.open` is `io.open`, the built-in function the module ends up with.
    let open = vm.getattr_str(&m, "open").ok()?;
    vm.setattr(&vm.builtins, &vm.intern("open"), &open).ok()?;
    Some(m)
}
