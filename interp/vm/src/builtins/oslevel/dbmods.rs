//! The native halves of `pwd`, `grp` and `resource`: `_n_*` helpers over `sysdb.rs` handing
//! records to the Python halves (`pwd.py`, `grp.py`, `resource.py`) as tuples of bytes and
//! ints, which those decode and wrap as Modules/pwdmodule.c, grpmodule.c and resource.c do.

use std::ffi::CString;

use super::sysdb::{self, Group, Passwd};
use super::{helpers, int, int32, os_error, with_consts};
use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

const PWD_SOURCE: &str = include_str!("pwd.py");
const GRP_SOURCE: &str = include_str!("grp.py");
const RESOURCE_SOURCE: &str = include_str!("resource.py");

fn passwd_tuple(vm: &Vm, p: Passwd) -> ObjRef {
    vm.new_tuple(vec![
        vm.new_bytes(p.name),
        vm.new_bytes(p.passwd),
        vm.new_int(i64::from(p.uid)),
        vm.new_int(i64::from(p.gid)),
        vm.new_bytes(p.gecos),
        vm.new_bytes(p.dir),
        vm.new_bytes(p.shell),
    ])
}

fn group_tuple(vm: &Vm, g: Group) -> ObjRef {
    let members = g.members.into_iter().map(|m| vm.new_bytes(m)).collect();
    vm.new_tuple(vec![
        vm.new_bytes(g.name),
        vm.new_bytes(g.passwd),
        vm.new_int(i64::from(g.gid)),
        vm.new_list(members),
    ])
}

/// A name argument: bytes without NUL (the Python half checks and encodes it).
fn c_name(vm: &Vm, o: &ObjRef) -> PyResult<CString> {
    let b = crate::types::bytes::buffer(o).ok_or_else(|| vm.type_error("expected bytes"))?;
    CString::new(b).map_err(|_| vm.value_error("embedded null character"))
}

/// An id argument already range-checked by the Python half.
fn c_id(vm: &Vm, o: &ObjRef) -> PyResult<u32> {
    u32::try_from(int(vm, o)?).map_err(|_| vm.overflow_error("id out of range"))
}

fn found<T>(vm: &Vm, r: Result<Option<T>, i32>, wrap: fn(&Vm, T) -> ObjRef) -> PyResult {
    match r {
        Ok(Some(rec)) => Ok(wrap(vm, rec)),
        Ok(None) => Ok(vm.none.clone()),
        Err(e) => Err(os_error(vm, e)),
    }
}

fn n_getpwnam(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "getpwnam", 1)?;
    found(vm, sysdb::getpwnam(&c_name(vm, &a[0])?), passwd_tuple)
}

fn n_getpwuid(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "getpwuid", 1)?;
    found(vm, sysdb::getpwuid(c_id(vm, &a[0])?), passwd_tuple)
}

fn n_getpwall(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "getpwall", 0)?;
    let all = sysdb::getpwall()
        .into_iter()
        .map(|p| passwd_tuple(vm, p))
        .collect();
    Ok(vm.new_list(all))
}

fn n_getgrnam(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "getgrnam", 1)?;
    found(vm, sysdb::getgrnam(&c_name(vm, &a[0])?), group_tuple)
}

fn n_getgrgid(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "getgrgid", 1)?;
    found(vm, sysdb::getgrgid(c_id(vm, &a[0])?), group_tuple)
}

fn n_getgrall(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "getgrall", 0)?;
    let all = sysdb::getgrall()
        .into_iter()
        .map(|g| group_tuple(vm, g))
        .collect();
    Ok(vm.new_list(all))
}

fn n_getrlimit(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "getrlimit", 1)?;
    let (soft, hard) = sysdb::getrlimit(int32(vm, &a[0])?).map_err(|e| os_error(vm, e))?;
    Ok(vm.new_tuple(vec![vm.new_int(soft), vm.new_int(hard)]))
}

fn n_setrlimit(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "setrlimit", 3)?;
    let (res, soft, hard) = (int32(vm, &a[0])?, int(vm, &a[1])?, int(vm, &a[2])?);
    sysdb::setrlimit(res, soft, hard).map_err(|e| os_error(vm, e))?;
    Ok(vm.none.clone())
}

fn n_getrusage(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "getrusage", 1)?;
    let (user, sys, counts) = sysdb::getrusage(int32(vm, &a[0])?).map_err(|e| os_error(vm, e))?;
    let mut items = vec![vm.new_float(user), vm.new_float(sys)];
    items.extend(counts.iter().map(|&c| vm.new_int(c)));
    Ok(vm.new_tuple(items))
}

fn n_getpagesize(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "getpagesize", 0)?;
    Ok(vm.new_int(sysdb::getpagesize()))
}

/// The `pwd` module.
pub fn pwd_module(vm: &Vm) -> Option<ObjRef> {
    let pre = helpers(
        vm,
        &[
            ("_n_getpwnam", n_getpwnam),
            ("_n_getpwuid", n_getpwuid),
            ("_n_getpwall", n_getpwall),
        ],
    );
    crate::importer::exec_embedded_with(vm, "pwd", PWD_SOURCE, "<frozen pwd>", &pre).ok()
}

/// The `grp` module.
pub fn grp_module(vm: &Vm) -> Option<ObjRef> {
    let pre = helpers(
        vm,
        &[
            ("_n_getgrnam", n_getgrnam),
            ("_n_getgrgid", n_getgrgid),
            ("_n_getgrall", n_getgrall),
        ],
    );
    crate::importer::exec_embedded_with(vm, "grp", GRP_SOURCE, "<frozen grp>", &pre).ok()
}

/// The platform's `RLIMIT_*` and `RUSAGE_*` numbers, as resource.c takes them from headers.
const RESOURCE_CONSTS: &[(&str, i64)] = &[
    ("RLIMIT_CPU", libc::RLIMIT_CPU as i64),
    ("RLIMIT_FSIZE", libc::RLIMIT_FSIZE as i64),
    ("RLIMIT_DATA", libc::RLIMIT_DATA as i64),
    ("RLIMIT_STACK", libc::RLIMIT_STACK as i64),
    ("RLIMIT_CORE", libc::RLIMIT_CORE as i64),
    ("RLIMIT_RSS", libc::RLIMIT_RSS as i64),
    ("RLIMIT_NPROC", libc::RLIMIT_NPROC as i64),
    ("RLIMIT_NOFILE", libc::RLIMIT_NOFILE as i64),
    ("RLIMIT_OFILE", libc::RLIMIT_NOFILE as i64),
    ("RLIMIT_MEMLOCK", libc::RLIMIT_MEMLOCK as i64),
    ("RLIMIT_AS", libc::RLIMIT_AS as i64),
    ("RLIMIT_MSGQUEUE", libc::RLIMIT_MSGQUEUE as i64),
    ("RLIMIT_NICE", libc::RLIMIT_NICE as i64),
    ("RLIMIT_RTPRIO", libc::RLIMIT_RTPRIO as i64),
    ("RLIMIT_RTTIME", libc::RLIMIT_RTTIME as i64),
    ("RLIMIT_SIGPENDING", libc::RLIMIT_SIGPENDING as i64),
    // RLIM_NLIMITS on Linux: one past the last resource, RLIMIT_RTTIME (the crate marks its
    // own copy deprecated because other systems number differently).
    ("_RLIM_NLIMITS", libc::RLIMIT_RTTIME as i64 + 1),
    ("RUSAGE_SELF", libc::RUSAGE_SELF as i64),
    ("RUSAGE_CHILDREN", libc::RUSAGE_CHILDREN as i64),
    ("RUSAGE_THREAD", libc::RUSAGE_THREAD as i64),
];

/// The `resource` module.
pub fn resource_module(vm: &Vm) -> Option<ObjRef> {
    let pre = helpers(
        vm,
        &[
            ("_n_getrlimit", n_getrlimit),
            ("_n_setrlimit", n_setrlimit),
            ("_n_getrusage", n_getrusage),
            ("_n_getpagesize", n_getpagesize),
        ],
    );
    let pre = with_consts(vm, pre, RESOURCE_CONSTS);
    crate::importer::exec_embedded_with(vm, "resource", RESOURCE_SOURCE, "<frozen resource>", &pre)
        .ok()
}
