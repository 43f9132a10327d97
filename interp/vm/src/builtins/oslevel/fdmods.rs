//! The native halves of `fcntl` and `termios`: `_n_*` helpers over `fdctl.rs` for the Python
//! halves (`fcntl.py`, `termios.py`), which check arguments as Modules/fcntlmodule.c and
//! termios.c do.

use super::fdctl::{self, Attrs};
use super::{helpers, int, int32, os_error, with_consts};
use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

const FCNTL_SOURCE: &str = include_str!("fcntl.py");
const TERMIOS_SOURCE: &str = include_str!("termios.py");

fn bytes_of(vm: &Vm, o: &ObjRef) -> PyResult<Vec<u8>> {
    crate::types::bytes::buffer(o).ok_or_else(|| vm.type_error("expected a buffer"))
}

fn n_fcntl_int(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "fcntl", 3)?;
    let r = fdctl::fcntl_int(int32(vm, &a[0])?, int32(vm, &a[1])?, int(vm, &a[2])?)
        .map_err(|e| os_error(vm, e))?;
    Ok(vm.new_int(r.into()))
}

/// The buffer form: the argument copied into a 1024-byte scratch buffer (fcntlmodule.c's
/// size), the call made, and as many bytes as were passed handed back.
fn n_fcntl_buf(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "fcntl", 3)?;
    let data = bytes_of(vm, &a[2])?;
    let mut buf = vec![0u8; 1024.max(data.len())];
    buf[..data.len()].copy_from_slice(&data);
    fdctl::fcntl_buf(int32(vm, &a[0])?, int32(vm, &a[1])?, &mut buf)
        .map_err(|e| os_error(vm, e))?;
    buf.truncate(data.len());
    Ok(vm.new_bytes(buf))
}

fn n_ioctl_int(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "ioctl", 3)?;
    let req = int(vm, &a[1])? as u64;
    let r =
        fdctl::ioctl_int(int32(vm, &a[0])?, req, int(vm, &a[2])?).map_err(|e| os_error(vm, e))?;
    Ok(vm.new_int(r.into()))
}

/// `(result, bytes after the call)` for a buffer argument.
fn n_ioctl_buf(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "ioctl", 3)?;
    let data = bytes_of(vm, &a[2])?;
    let mut buf = vec![0u8; 1024.max(data.len())];
    buf[..data.len()].copy_from_slice(&data);
    let req = int(vm, &a[1])? as u64;
    let r = fdctl::ioctl_buf(int32(vm, &a[0])?, req, &mut buf).map_err(|e| os_error(vm, e))?;
    buf.truncate(data.len());
    Ok(vm.new_tuple(vec![vm.new_int(r.into()), vm.new_bytes(buf)]))
}

fn n_flock(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "flock", 2)?;
    fdctl::flock(int32(vm, &a[0])?, int32(vm, &a[1])?).map_err(|e| os_error(vm, e))?;
    Ok(vm.none.clone())
}

/// `_n_lockrange(fd, wait, type, start, len, whence)`.
fn n_lockrange(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "lockf", 6)?;
    let wait = vm.truthy(&a[1])?;
    let kind = int32(vm, &a[2])? as i16;
    let whence = int32(vm, &a[5])? as i16;
    fdctl::lock_range(
        int32(vm, &a[0])?,
        wait,
        kind,
        int(vm, &a[3])?,
        int(vm, &a[4])?,
        whence,
    )
    .map_err(|e| os_error(vm, e))?;
    Ok(vm.none.clone())
}

fn n_tcgetattr(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "tcgetattr", 1)?;
    let t = fdctl::tcgetattr(int32(vm, &a[0])?).map_err(|e| os_error(vm, e))?;
    let words = [t.iflag, t.oflag, t.cflag, t.lflag, t.ispeed, t.ospeed];
    let mut items: Vec<ObjRef> = words.iter().map(|&w| vm.new_int(w.into())).collect();
    items.push(vm.new_bytes(t.cc));
    Ok(vm.new_tuple(items))
}

/// `_n_tcsetattr(fd, when, iflag, oflag, cflag, lflag, ispeed, ospeed, cc_bytes)`.
fn n_tcsetattr(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "tcsetattr", 9)?;
    let word = |o: &ObjRef| -> PyResult<u32> { Ok(int(vm, o)? as u32) };
    let attrs = Attrs {
        iflag: word(&a[2])?,
        oflag: word(&a[3])?,
        cflag: word(&a[4])?,
        lflag: word(&a[5])?,
        ispeed: word(&a[6])?,
        ospeed: word(&a[7])?,
        cc: bytes_of(vm, &a[8])?,
    };
    fdctl::tcsetattr(int32(vm, &a[0])?, int32(vm, &a[1])?, &attrs).map_err(|e| os_error(vm, e))?;
    Ok(vm.none.clone())
}

/// `_n_tc(name, fd, arg)`: `tcsendbreak`, `tcdrain`, `tcflush` or `tcflow`.
fn n_tc(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "tc", 3)?;
    let which = a[0]
        .as_str()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    fdctl::tc_simple(&which, int32(vm, &a[1])?, int32(vm, &a[2])?).map_err(|e| os_error(vm, e))?;
    Ok(vm.none.clone())
}

fn n_getwinsize(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "tcgetwinsize", 1)?;
    let (rows, cols) = fdctl::get_winsize(int32(vm, &a[0])?).map_err(|e| os_error(vm, e))?;
    Ok(vm.new_tuple(vec![vm.new_int(rows.into()), vm.new_int(cols.into())]))
}

fn n_setwinsize(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "tcsetwinsize", 3)?;
    let (rows, cols) = (int(vm, &a[1])? as u16, int(vm, &a[2])? as u16);
    fdctl::set_winsize(int32(vm, &a[0])?, rows, cols).map_err(|e| os_error(vm, e))?;
    Ok(vm.none.clone())
}

/// The `fcntl` module.
pub fn fcntl_module(vm: &Vm) -> Option<ObjRef> {
    let pre = helpers(
        vm,
        &[
            ("_n_fcntl_int", n_fcntl_int),
            ("_n_fcntl_buf", n_fcntl_buf),
            ("_n_ioctl_int", n_ioctl_int),
            ("_n_ioctl_buf", n_ioctl_buf),
            ("_n_flock", n_flock),
            ("_n_lockrange", n_lockrange),
        ],
    );
    let pre = with_consts(vm, pre, super::fdconsts::FCNTL);
    crate::importer::exec_embedded_with(vm, "fcntl", FCNTL_SOURCE, "<frozen fcntl>", &pre).ok()
}

/// The `termios` module.
pub fn termios_module(vm: &Vm) -> Option<ObjRef> {
    let pre = helpers(
        vm,
        &[
            ("_n_tcgetattr", n_tcgetattr),
            ("_n_tcsetattr", n_tcsetattr),
            ("_n_tc", n_tc),
            ("_n_getwinsize", n_getwinsize),
            ("_n_setwinsize", n_setwinsize),
        ],
    );
    let mut pre = with_consts(vm, pre, super::fdconsts::TERMIOS);
    pre.push(("_NCCS", vm.new_int(fdctl::NCCS as i64)));
    crate::importer::exec_embedded_with(vm, "termios", TERMIOS_SOURCE, "<frozen termios>", &pre)
        .ok()
}
