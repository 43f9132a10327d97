//! The `posix` module's file-system changes (`mkdir`, `rename`, `chmod`...), `urandom`, and
//! process and system queries (`uname`, `times`, ids, `umask`, `access`) over `std` and
//! `/proc`, since krait may not call libc.

use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};

use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

use super::{errno_error, errno_error2, io_error, text_arg};

fn u32_arg(vm: &Vm, o: &ObjRef) -> PyResult<u32> {
    Ok(vm.index_isize(o)? as u32)
}

/// `_n_fsop(op, path, other)`: one path operation; `other` is the mode, length or second
/// path. Errors name both paths when the call takes two, as posixmodule.c's `path_error2`.
pub fn n_fsop(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "fsop", 3)?;
    let op = text_arg(vm, &a[0], "fsop")?;
    let p = text_arg(vm, &a[1], &op)?;
    let second = || text_arg(vm, &a[2], &op);
    let r = match op.as_str() {
        "mkdir" => std::fs::DirBuilder::new()
            .mode(u32_arg(vm, &a[2])?)
            .create(&p),
        "rmdir" => std::fs::remove_dir(&p),
        "unlink" => std::fs::remove_file(&p),
        "chdir" => std::env::set_current_dir(&p),
        "chmod" => {
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(u32_arg(vm, &a[2])?))
        }
        "chown" | "lchown" => {
            // `(uid, gid)`; -1 leaves that id as it is, as chown(2) takes it.
            let ids = vm.collect(&a[2])?;
            let id = |i: usize| -> PyResult<Option<u32>> {
                let v = vm.index_isize(ids.get(i).unwrap_or(&vm.none))?;
                if v == -1 {
                    return Ok(None);
                }
                u32::try_from(v)
                    .map(Some)
                    .map_err(|_| vm.overflow_error("uid is greater than maximum"))
            };
            let (uid, gid) = (id(0)?, id(1)?);
            if op == "chown" {
                std::os::unix::fs::chown(&p, uid, gid)
            } else {
                std::os::unix::fs::lchown(&p, uid, gid)
            }
        }
        "truncate" => std::fs::OpenOptions::new()
            .write(true)
            .open(&p)
            .and_then(|f| f.set_len(vm.index_isize(&a[2]).unwrap_or(0).max(0) as u64)),
        "rename" | "symlink" | "link" => {
            let q = second()?;
            let r = match op.as_str() {
                "rename" => std::fs::rename(&p, &q),
                "symlink" => std::os::unix::fs::symlink(&p, &q),
                _ => std::fs::hard_link(&p, &q),
            };
            return match r {
                Ok(()) => Ok(vm.none.clone()),
                Err(e) => Err(errno_error2(
                    vm,
                    e.raw_os_error().unwrap_or(5),
                    Some(&p),
                    Some(&q),
                )),
            };
        }
        _ => return Err(vm.value_error(format!("unknown operation {op}"))),
    };
    r.map_err(|e| io_error(vm, &e, Some(&p)))?;
    Ok(vm.none.clone())
}

pub fn n_readlink(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "readlink", 1)?;
    let p = text_arg(vm, &a[0], "readlink")?;
    let t = std::fs::read_link(&p).map_err(|e| io_error(vm, &e, Some(&p)))?;
    Ok(vm.new_str(t.to_string_lossy()))
}

/// `_n_utime(path, atime_ns, mtime_ns)`: `None` times mean now, as `utime(path)` does.
pub fn n_utime(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "utime", 3)?;
    let p = text_arg(vm, &a[0], "utime")?;
    let when = |o: &ObjRef| -> PyResult<std::time::SystemTime> {
        if vm.is_none(o) {
            return Ok(std::time::SystemTime::now());
        }
        let ns = vm.index(o)?.as_i64().unwrap_or(0);
        let d = std::time::Duration::from_nanos(ns.unsigned_abs());
        Ok(if ns >= 0 {
            std::time::UNIX_EPOCH + d
        } else {
            std::time::UNIX_EPOCH - d
        })
    };
    let times = std::fs::FileTimes::new()
        .set_accessed(when(&a[1])?)
        .set_modified(when(&a[2])?);
    std::fs::File::options()
        .write(true)
        .open(&p)
        .or_else(|_| std::fs::File::open(&p))
        .and_then(|f| f.set_times(times))
        .map_err(|e| io_error(vm, &e, Some(&p)))?;
    Ok(vm.none.clone())
}

/// `_n_urandom(n)`: bytes from the kernel's random source.
pub fn n_urandom(vm: &Vm, args: Args<'_>) -> PyResult {
    use std::io::Read;
    let a = args.exact(vm, "urandom", 1)?;
    let n = vm.index_isize(&a[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| errno_error(vm, e.raw_os_error().unwrap_or(5), None))?;
    Ok(vm.new_bytes(buf))
}

/// `_n_ids()`: `(uid, gid, ppid)`; the owner of `/proc/self` is the process's user.
pub fn n_ids(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "ids", 0)?;
    let (uid, gid) = std::fs::metadata("/proc/self")
        .map(|m| (m.uid(), m.gid()))
        .unwrap_or((0, 0));
    Ok(vm.new_tuple(vec![
        vm.new_int(i64::from(uid)),
        vm.new_int(i64::from(gid)),
        vm.new_int(i64::from(std::os::unix::process::parent_id())),
    ]))
}

fn proc_text(path: &str) -> String {
    std::fs::read_to_string(path)
        .map(|s| s.trim_end().to_string())
        .unwrap_or_default()
}

/// `_n_uname()`: the five `utsname` fields, from `/proc/sys/kernel`.
pub fn n_uname(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "uname", 0)?;
    let fields = [
        proc_text("/proc/sys/kernel/ostype"),
        proc_text("/proc/sys/kernel/hostname"),
        proc_text("/proc/sys/kernel/osrelease"),
        proc_text("/proc/sys/kernel/version"),
        std::env::consts::ARCH.to_string(),
    ];
    Ok(vm.new_tuple(fields.into_iter().map(|f| vm.new_str(f)).collect()))
}

/// `_n_times()`: user, system, children's user and system seconds from `/proc/self/stat`
/// (in clock ticks of 1/100 s, Linux's `USER_HZ`), and the seconds since boot.
pub fn n_times(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "times", 0)?;
    let stat = proc_text("/proc/self/stat");
    // Fields after the parenthesised command name; utime is the 14th field overall.
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<f64> = rest
        .split_whitespace()
        .map(|x| x.parse::<f64>().unwrap_or(0.0))
        .collect();
    let tick = |i: usize| f.get(i).copied().unwrap_or(0.0) / 100.0;
    let uptime = proc_text("/proc/uptime")
        .split_whitespace()
        .next()
        .and_then(|x| x.parse::<f64>().ok())
        .unwrap_or(0.0);
    Ok(vm.new_tuple(vec![
        vm.new_float(tick(11)),
        vm.new_float(tick(12)),
        vm.new_float(tick(13)),
        vm.new_float(tick(14)),
        vm.new_float(uptime),
    ]))
}

pub fn n_cpu_count(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "cpu_count", 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => vm.new_int(n.get() as i64),
        Err(_) => vm.none.clone(),
    })
}

/// `_n_umask()`: the process's mask as `/proc/self/status` shows it (krait cannot change it
/// without libc, so `posix.umask` records the requested one in Python).
pub fn n_umask(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "umask", 0)?;
    let status = proc_text("/proc/self/status");
    let mask = status
        .lines()
        .find_map(|l| l.strip_prefix("Umask:"))
        .and_then(|v| i64::from_str_radix(v.trim(), 8).ok())
        .unwrap_or(0o022);
    Ok(vm.new_int(mask))
}

/// `_n_access(path, mode)`: existence, then the permission bits that apply to the process's
/// user (all of read and write for root, and execute when any execute bit is set).
pub fn n_access(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "access", 2)?;
    let p = text_arg(vm, &a[0], "access")?;
    let mode = u32_arg(vm, &a[1])? & 7;
    let Ok(meta) = std::fs::metadata(&p) else {
        return Ok(vm.false_obj.clone());
    };
    let (uid, gid) = std::fs::metadata("/proc/self")
        .map(|m| (m.uid(), m.gid()))
        .unwrap_or((0, 0));
    let bits = meta.mode();
    let granted = if uid == 0 {
        6 | u32::from(bits & 0o111 != 0 || meta.is_dir())
    } else if meta.uid() == uid {
        (bits >> 6) & 7
    } else if meta.gid() == gid {
        (bits >> 3) & 7
    } else {
        bits & 7
    };
    Ok(vm.new_bool(granted & mode == mode))
}
