//! The `time` module (`Modules/timemodule.c`): the clocks, `sleep`, `struct_time` (a tuple of
//! nine fields plus `tm_zone` and `tm_gmtoff`), `gmtime`, `localtime`, `mktime`, `strftime`
//! (C-locale directives, as glibc prints them), `asctime` and `ctime`.
//!
//! The clocks are `clock_gettime` ones, read through `oslevel::sys` as timemodule.c reads
//! them. Calendar arithmetic is done here rather than through the C library, and the local
//! time zone is UTC: `localtime` equals `gmtime` apart from the zone name, which is what
//! CPython shows on a machine set to UTC (the harness's); other zones are issue #6's business.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::oslevel;
use crate::object::native::{Args, NativeFn};
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::Layout;
use crate::object::{Obj, ObjRef, Payload, PyErr, PyResult};
use crate::runtime::Vm;

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

const DAY_NAMES: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A broken-down time as C's `struct tm` holds it (months from 0, weekdays from Sunday).
#[derive(Clone, Debug)]
struct Tm {
    year: i64,
    mon: i64,
    mday: i64,
    hour: i64,
    min: i64,
    sec: i64,
    wday: i64,
    yday: i64,
    isdst: i64,
    zone: &'static str,
    gmtoff: i64,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (month 1..12).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since the epoch: (year, month 1..12, day).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + (m <= 2) as i64, m, d)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// `gmtime_r`.
fn breakdown(t: i64, zone: &'static str) -> Tm {
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let (year, mon, mday) = civil_from_days(days);
    Tm {
        year,
        mon: mon - 1,
        mday,
        hour: secs / 3600,
        min: secs % 3600 / 60,
        sec: secs % 60,
        wday: (days + 4).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1),
        isdst: 0,
        zone,
        gmtoff: 0,
    }
}

fn now() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
}

fn f_time(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "time", 0)?;
    Ok(vm.new_float(now().as_secs_f64()))
}

fn f_time_ns(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "time_ns", 0)?;
    Ok(vm.new_int(now().as_nanos() as i64))
}

/// The Linux clock ids `time` exports (`CLOCK_*`).
const CLOCKS: &[(&str, i32)] = &[
    ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
    ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
    ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
    ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
    ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
    ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
    ("CLOCK_TAI", libc::CLOCK_TAI),
];

/// Reads clock `clk` in nanoseconds (`_PyTime_GetMonotonicClock` and friends read the same
/// `clock_gettime` clocks).
fn clock_ns(vm: &Vm, clk: i32) -> PyResult<i128> {
    let (s, ns) = oslevel::sys::clock_gettime(clk).map_err(|e| oslevel::os_error(vm, e))?;
    Ok(i128::from(s) * 1_000_000_000 + i128::from(ns))
}

fn clock_float(vm: &Vm, clk: i32) -> PyResult {
    Ok(vm.new_float(clock_ns(vm, clk)? as f64 * 1e-9))
}

fn clock_int(vm: &Vm, clk: i32) -> PyResult {
    Ok(vm.new_bigint(num_bigint::BigInt::from(clock_ns(vm, clk)?)))
}

/// The no-argument clock readers: `name()` as a float of seconds, `name_ns()` as an int.
macro_rules! clock_readers {
    ($($f:ident, $f_ns:ident, $name:literal, $clk:expr;)*) => {$(
        fn $f(vm: &Vm, args: Args<'_>) -> PyResult {
            args.exact(vm, $name, 0)?;
            clock_float(vm, $clk)
        }

        fn $f_ns(vm: &Vm, args: Args<'_>) -> PyResult {
            args.exact(vm, concat!($name, "_ns"), 0)?;
            clock_int(vm, $clk)
        }
    )*};
}

clock_readers! {
    f_monotonic, f_monotonic_ns, "monotonic", libc::CLOCK_MONOTONIC;
    f_perf_counter, f_perf_counter_ns, "perf_counter", libc::CLOCK_MONOTONIC;
    f_process_time, f_process_time_ns, "process_time", libc::CLOCK_PROCESS_CPUTIME_ID;
    f_thread_time, f_thread_time_ns, "thread_time", libc::CLOCK_THREAD_CPUTIME_ID;
}

/// The `clk_id` argument of the `clock_*` functions (a C int).
fn clock_arg(vm: &Vm, o: &ObjRef) -> PyResult<i32> {
    if o.as_float().is_some() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    // The `i` argument format: a C long first, then the int range.
    let i = vm
        .index(o)?
        .as_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))?;
    i32::try_from(i).map_err(|_| {
        vm.overflow_error(if i > 0 {
            "signed integer is greater than maximum"
        } else {
            "signed integer is less than minimum"
        })
    })
}

fn f_clock_gettime(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "clock_gettime", 1)?;
    clock_float(vm, clock_arg(vm, &a[0])?)
}

fn f_clock_gettime_ns(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "clock_gettime_ns", 1)?;
    clock_int(vm, clock_arg(vm, &a[0])?)
}

fn f_clock_getres(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "clock_getres", 1)?;
    let (s, ns) =
        oslevel::sys::clock_getres(clock_arg(vm, &a[0])?).map_err(|e| oslevel::os_error(vm, e))?;
    Ok(vm.new_float(s as f64 + ns as f64 * 1e-9))
}

/// `clock_settime(clk_id, seconds)` and `clock_settime_ns(clk_id, ns)`: setting a clock
/// needs privileges, so this mostly answers the `OSError` the kernel gives.
fn settime(vm: &Vm, clk: &ObjRef, ns: i128) -> PyResult {
    let (s, n) = (ns.div_euclid(1_000_000_000), ns.rem_euclid(1_000_000_000));
    let s = i64::try_from(s)
        .map_err(|_| vm.overflow_error("timestamp too large to convert to C _PyTime_t"))?;
    oslevel::sys::clock_settime(clock_arg(vm, clk)?, s, n as i64)
        .map_err(|e| oslevel::os_error(vm, e))?;
    Ok(vm.none.clone())
}

fn f_clock_settime(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "clock_settime", 2)?;
    // `_PyTime_FromSecondsObject`: a float, or anything with `__index__`.
    let ns = match a[1].as_float() {
        Some(f) => (f * 1e9).floor() as i128,
        None => {
            let secs = vm.index(&a[1])?.to_bigint();
            i128::try_from(&secs).map_or(i128::MAX, |s| s.saturating_mul(1_000_000_000))
        }
    };
    settime(vm, &a[0], ns)
}

fn f_clock_settime_ns(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "clock_settime_ns", 2)?;
    let Some(ns) = a[1].as_int() else {
        return Err(vm.type_error(format!("expect int, got {}", vm.type_name(&a[1]))));
    };
    let ns = ns.to_bigint();
    let ns = i128::try_from(&ns)
        .map_err(|_| vm.overflow_error("timestamp too large to convert to C _PyTime_t"))?;
    settime(vm, &a[0], ns)
}

/// `time.strptime(string, format)`: `_strptime._strptime_time`, as timemodule.c calls it.
fn f_strptime(vm: &Vm, args: Args<'_>) -> PyResult {
    let m = crate::importer::get_or_load(vm, "_strptime")?;
    let f = vm.getattr_str(&m, "_strptime_time")?;
    vm.call(&f, args)
}

/// `time.tzset()`: krait keeps UTC as the local zone (see the module notes), so there is
/// nothing to reread.
fn f_tzset(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "tzset", 0)?;
    Ok(vm.none.clone())
}

fn f_sleep(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_time.sleep", 1)?;
    let secs = match (a[0].as_float(), a[0].as_int()) {
        (Some(f), _) => f,
        (_, Some(i)) => i.to_f64().unwrap_or(f64::INFINITY),
        _ if a[0].slot(|s| s.float.is_present()) => crate::types::float::convert(vm, &a[0])?,
        _ => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&a[0])
            )));
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() || secs > 1e12 {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    // Once the program has started threads, they run while this one sleeps (`_thread._sleep`).
    if let Ok(Some(thread)) = vm.dict_get(&vm.modules, &vm.new_str("_thread"))
        && let Ok(Some(threads)) = vm.getattr_opt(&thread, &vm.intern("_threads"))
        && vm.truthy(&threads)?
    {
        let sleep = vm.getattr_str(&thread, "_sleep")?;
        return vm.call_pos(&sleep, &[vm.new_float(secs)]);
    }
    crate::builtins::oslevel::sleep_handling_signals(vm, secs)?;
    Ok(vm.none.clone())
}

/// `time._native_sleep(secs)`: the process sleeps (the green-thread scheduler's wait).
fn f_native_sleep(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_native_sleep", 1)?;
    let secs = crate::types::float::convert(vm, &a[0])?;
    if secs.is_finite() && secs > 0.0 {
        std::thread::sleep(Duration::from_secs_f64(secs.min(1e6)));
    }
    Ok(vm.none.clone())
}

/// `_PyTime_ObjectToTime_t` (rounding down), or now for None.
fn seconds_arg(vm: &Vm, a: Option<&ObjRef>) -> PyResult<i64> {
    let Some(o) = a.filter(|o| !vm.is_none(o)) else {
        return Ok(now().as_secs() as i64);
    };
    if let Some(f) = o.as_float() {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let t = f.floor();
        if !(-9.2e18..9.2e18).contains(&t) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(t as i64);
    }
    let i = vm.index(o)?;
    i.as_i64()
        .ok_or_else(|| vm.overflow_error("timestamp out of range for platform time_t"))
}

fn struct_time_type(vm: &Vm) -> ObjRef {
    vm.native_type("time.struct_time", || make_struct_time(vm))
}

fn to_struct_time(vm: &Vm, tm: &Tm) -> ObjRef {
    let items: Vec<ObjRef> = [
        tm.year,
        tm.mon + 1,
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        (tm.wday + 6) % 7,
        tm.yday + 1,
        tm.isdst,
    ]
    .iter()
    .map(|&v| vm.new_int(v))
    .collect();
    let extras = vm.new_dict();
    vm.dict_set_str(&extras, "tm_zone", vm.new_str(tm.zone));
    vm.dict_set_str(&extras, "tm_gmtoff", vm.new_int(tm.gmtoff));
    let t = struct_time_type(vm);
    Obj::with_dict(t, extras, Payload::Tuple(items.into()))
}

fn check_year(vm: &Vm, t: i64) -> PyResult<Tm> {
    if !(-67_768_040_609_740_800..=67_768_036_191_676_799).contains(&t) {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(breakdown(t, "GMT"))
}

fn f_gmtime(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "gmtime", 0, 1)?;
    let tm = check_year(vm, seconds_arg(vm, a.first())?)?;
    Ok(to_struct_time(vm, &tm))
}

fn f_localtime(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "localtime", 0, 1)?;
    let mut tm = check_year(vm, seconds_arg(vm, a.first())?)?;
    tm.zone = "UTC";
    Ok(to_struct_time(vm, &tm))
}

/// `gettmarg`: a struct_time or a 9-tuple read into a `Tm`.
fn tm_arg(vm: &Vm, o: &ObjRef, fname: &str) -> PyResult<Tm> {
    let Some(items) = o.as_tuple() else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut v = [0i64; 9];
    // Each field is a C int (`PyArg_ParseTuple`'s `i`).
    for (slot, item) in v.iter_mut().zip(items) {
        *slot = i64::from(vm.arg_c_int(item)?);
    }
    // The year goes to `tm_year` as `year - 1900`, a C int.
    if v[0] < i64::from(i32::MIN) + 1900 {
        return Err(vm.overflow_error("year out of range"));
    }
    let extras = o.dict();
    let zone = extras
        .as_ref()
        .and_then(|d| vm.dict_get_name(d, "tm_zone"))
        .and_then(|z| z.as_str().map(|s| s.to_string_lossy().into_owned()));
    Ok(Tm {
        year: v[0],
        mon: v[1] - 1,
        mday: v[2],
        hour: v[3],
        min: v[4],
        sec: v[5],
        // C's `%`: a weekday below -1 stays negative, for `checktm` to refuse.
        wday: (v[6] + 1) % 7,
        yday: v[7] - 1,
        isdst: v[8],
        zone: if zone.as_deref() == Some("GMT") {
            "GMT"
        } else {
            "UTC"
        },
        gmtoff: 0,
    })
}

/// `checktm`: the ranges `strftime` and `asctime` accept (0 for month, day and year day read
/// as their first value).
fn check_tm(vm: &Vm, tm: &mut Tm) -> PyResult<()> {
    let bad = |what: &str| -> PyErr { vm.value_error(format!("{what} out of range")) };
    if tm.mon == -1 {
        tm.mon = 0;
    } else if !(0..=11).contains(&tm.mon) {
        return Err(bad("month"));
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(0..=31).contains(&tm.mday) {
        return Err(bad("day of month"));
    }
    if !(0..=23).contains(&tm.hour) {
        return Err(bad("hour"));
    }
    if !(0..=59).contains(&tm.min) {
        return Err(bad("minute"));
    }
    if !(0..=61).contains(&tm.sec) {
        return Err(bad("seconds"));
    }
    if tm.wday < 0 {
        return Err(bad("day of week"));
    }
    if tm.yday == -1 {
        tm.yday = 0;
    } else if !(0..=365).contains(&tm.yday) {
        return Err(bad("day of year"));
    }
    Ok(())
}

fn f_mktime(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_time.mktime", 1)?;
    let tm = tm_arg(vm, &a[0], "mktime")?;
    // `mktime` normalises out-of-range fields by plain arithmetic.
    let y = tm.year + tm.mon.div_euclid(12);
    let m = tm.mon.rem_euclid(12) + 1;
    let days = days_from_civil(y, m, 1) + tm.mday - 1;
    let t = days * 86_400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
    Ok(vm.new_float(t as f64))
}

fn asctime_text(tm: &Tm) -> String {
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        &DAY_NAMES[tm.wday as usize % 7][..3],
        &MONTH_NAMES[tm.mon as usize % 12][..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

fn f_asctime(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "asctime", 0, 1)?;
    let mut tm = match a.first() {
        Some(t) => tm_arg(vm, t, "asctime")?,
        None => breakdown(now().as_secs() as i64, "UTC"),
    };
    check_tm(vm, &mut tm)?;
    Ok(vm.new_str(asctime_text(&tm)))
}

fn f_ctime(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "ctime", 0, 1)?;
    let tm = check_year(vm, seconds_arg(vm, a.first())?)?;
    Ok(vm.new_str(asctime_text(&tm)))
}

/// ISO 8601 week-based year and week number (`%G`, `%V`).
fn iso_week(tm: &Tm) -> (i64, i64) {
    let wday = (tm.wday + 6) % 7; // Monday = 0
    let mut year = tm.year;
    let mut week = (tm.yday - wday + 10) / 7;
    if week < 1 {
        year -= 1;
        let days = if is_leap(year) { 366 } else { 365 };
        week = (tm.yday + days - wday + 10) / 7;
    } else {
        let days = if is_leap(year) { 366 } else { 365 };
        if week == 53 && tm.yday - wday + 10 - 7 * 53 >= 0 && (days - tm.yday) <= 3 - wday {
            year += 1;
            week = 1;
        }
    }
    (year, week)
}

/// glibc's `strftime` in the C locale.
fn strftime_text(fmt: &str, tm: &Tm) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
        let piece = match d {
            'a' => DAY_NAMES[tm.wday as usize % 7][..3].to_string(),
            'A' => DAY_NAMES[tm.wday as usize % 7].to_string(),
            'b' | 'h' => MONTH_NAMES[tm.mon as usize % 12][..3].to_string(),
            'B' => MONTH_NAMES[tm.mon as usize % 12].to_string(),
            'c' => format!(
                "{} {}{:>3} {:02}:{:02}:{:02} {}",
                &DAY_NAMES[tm.wday as usize % 7][..3],
                &MONTH_NAMES[tm.mon as usize % 12][..3],
                tm.mday,
                tm.hour,
                tm.min,
                tm.sec,
                tm.year
            ),
            'C' => format!("{:02}", tm.year.div_euclid(100)),
            'd' => format!("{:02}", tm.mday),
            'D' | 'x' => format!(
                "{:02}/{:02}/{:02}",
                tm.mon + 1,
                tm.mday,
                tm.year.rem_euclid(100)
            ),
            'e' => format!("{:>2}", tm.mday),
            'F' => format!("{}-{:02}-{:02}", tm.year, tm.mon + 1, tm.mday),
            'G' => iso_week(tm).0.to_string(),
            'g' => format!("{:02}", iso_week(tm).0.rem_euclid(100)),
            'H' => format!("{:02}", tm.hour),
            'I' => format!("{hour12:02}"),
            'j' => format!("{:03}", tm.yday + 1),
            'k' => format!("{:>2}", tm.hour),
            'l' => format!("{hour12:>2}"),
            'm' => format!("{:02}", tm.mon + 1),
            'M' => format!("{:02}", tm.min),
            'n' => "\n".to_string(),
            'p' => if tm.hour < 12 { "AM" } else { "PM" }.to_string(),
            'P' => if tm.hour < 12 { "am" } else { "pm" }.to_string(),
            'r' => format!(
                "{hour12:02}:{:02}:{:02} {}",
                tm.min,
                tm.sec,
                if tm.hour < 12 { "AM" } else { "PM" }
            ),
            'R' => format!("{:02}:{:02}", tm.hour, tm.min),
            's' => {
                let days = days_from_civil(tm.year, tm.mon + 1, tm.mday);
                (days * 86_400 + tm.hour * 3600 + tm.min * 60 + tm.sec).to_string()
            }
            'S' => format!("{:02}", tm.sec),
            't' => "\t".to_string(),
            'T' | 'X' => format!("{:02}:{:02}:{:02}", tm.hour, tm.min, tm.sec),
            'u' => (if tm.wday == 0 { 7 } else { tm.wday }).to_string(),
            'U' => format!("{:02}", (tm.yday + 7 - tm.wday) / 7),
            'V' => format!("{:02}", iso_week(tm).1),
            'w' => tm.wday.to_string(),
            'W' => format!("{:02}", (tm.yday + 7 - (tm.wday + 6) % 7) / 7),
            'y' => format!("{:02}", tm.year.rem_euclid(100)),
            'Y' => tm.year.to_string(),
            'z' => "+0000".to_string(),
            'Z' => tm.zone.to_string(),
            '%' => "%".to_string(),
            other => format!("%{other}"),
        };
        out.push_str(&piece);
    }
    out
}

fn f_strftime(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "strftime", 1, 2)?;
    let Some(fmt) = a[0].as_str() else {
        return Err(vm.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            vm.arg_type_name(&a[0])
        )));
    };
    let mut tm = match a.get(1) {
        Some(t) => tm_arg(vm, t, "strftime")?,
        None => breakdown(now().as_secs() as i64, "UTC"),
    };
    check_tm(vm, &mut tm)?;
    // The format is handed to the C library as a NUL-terminated string.
    if fmt.as_bytes().contains(&0) {
        return Err(vm.value_error("embedded null character"));
    }
    tm.isdst = tm.isdst.clamp(-1, 1);
    Ok(vm.new_str(strftime_text(&fmt.to_string_lossy(), &tm)))
}

/// `time.struct_time(sequence)`: 9 to 11 items; the last two are `tm_zone`, `tm_gmtoff`.
/// `structseq_new`: a sequence of 9 to 11 items, the fields past it taken by name from
/// `dict` (None when absent there).
fn struct_time_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    // Argument Clinic names `structseq_new` so in its messages.
    let [seq, dict] = args.bind(vm, "structseq", ["sequence", "dict"], 0, 2, 1)?;
    let seq = seq.ok_or_else(|| vm.internal("struct_time"))?;
    // `PySequence_Fast`: any iterable; only failing to iterate has this message.
    let it = match vm.iter(&seq) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error) => {
            return Err(vm.type_error("constructor requires a sequence"));
        }
        Err(e) => return Err(e),
    };
    let items = vm.collect(&it)?;
    if let Some(d) = &dict
        && d.as_dict().is_none()
    {
        return Err(vm.type_error("time.struct_time() takes a dict as second arg, if any"));
    }
    if items.len() < 9 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({}-sequence given)",
            items.len()
        )));
    }
    if items.len() > 11 {
        return Err(vm.type_error(format!(
            "time.struct_time() takes an at most 11-sequence ({}-sequence given)",
            items.len()
        )));
    }
    let extras = vm.new_dict();
    for (i, name) in ["tm_zone", "tm_gmtoff"].into_iter().enumerate() {
        let v = match items.get(9 + i) {
            Some(v) => v.clone(),
            None => match &dict {
                Some(d) => vm
                    .dict_get(d, &vm.intern(name))?
                    .unwrap_or_else(|| vm.none.clone()),
                None => vm.none.clone(),
            },
        };
        vm.dict_set_str(&extras, name, v);
    }
    let visible: Vec<ObjRef> = items.into_iter().take(9).collect();
    Ok(Obj::with_dict(
        cls.clone(),
        extras,
        Payload::Tuple(visible.into()),
    ))
}

/// `structseq_reduce`: `(type, (visible items, {hidden field: value}))`.
fn struct_time_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let visible = vm.new_tuple(o.as_tuple().unwrap_or(&[]).to_vec());
    let hidden = vm.new_dict();
    for name in ["tm_zone", "tm_gmtoff"] {
        vm.dict_set_str(&hidden, name, extra(vm, o, name)?);
    }
    Ok(vm.new_tuple(vec![o.class(), vm.new_tuple(vec![visible, hidden])]))
}

fn struct_time_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let items = o.as_tuple().unwrap_or(&[]);
    let mut parts = Vec::new();
    for (name, v) in FIELDS.iter().zip(items) {
        parts.push(format!("{name}={}", vm.repr_string(v)?));
    }
    Ok(vm.new_str(format!("{}({})", vm.type_name(o), parts.join(", "))))
}

/// The field getters: one function per field, as getsets carry no data.
macro_rules! field_getters {
    ($($f:ident = $i:expr;)*) => {
        $(
            fn $f(vm: &Vm, o: &ObjRef) -> PyResult {
                o.as_tuple()
                    .and_then(|t| t.get($i).cloned())
                    .ok_or_else(|| vm.internal("struct_time"))
            }
        )*
        const GETTERS: [crate::object::native::Getter; 9] = [$($f),*];
    };
}

field_getters! {
    tm_year = 0;
    tm_mon = 1;
    tm_mday = 2;
    tm_hour = 3;
    tm_min = 4;
    tm_sec = 5;
    tm_wday = 6;
    tm_yday = 7;
    tm_isdst = 8;
}

fn extra(vm: &Vm, o: &ObjRef, name: &str) -> PyResult {
    Ok(o.dict()
        .and_then(|d| vm.dict_get_name(&d, name))
        .unwrap_or_else(|| vm.none.clone()))
}

fn tm_zone(vm: &Vm, o: &ObjRef) -> PyResult {
    extra(vm, o, "tm_zone")
}

fn tm_gmtoff(vm: &Vm, o: &ObjRef) -> PyResult {
    extra(vm, o, "tm_gmtoff")
}

fn make_struct_time(vm: &Vm) -> ObjRef {
    let t = crate::types::new_static_type(
        &vm.types.type_,
        "time.struct_time",
        &vm.types.tuple,
        Layout::Tuple,
        0,
    );
    let s = Slots {
        new: Slot::Native(struct_time_new),
        repr: Slot::Native(struct_time_repr),
        ..Slots::default()
    };
    for (name, get) in FIELDS.iter().zip(GETTERS) {
        vm.add_getset(&t, name, get, None);
    }
    vm.add_getset(&t, "tm_zone", tm_zone, None);
    vm.add_getset(&t, "tm_gmtoff", tm_gmtoff, None);
    vm.add_methods(&t, &[("__reduce__", struct_time_reduce)]);
    for (name, n) in [
        ("n_fields", 11),
        ("n_sequence_fields", 9),
        ("n_unnamed_fields", 0),
    ] {
        vm.type_dict_set(&t, vm.intern(name), vm.new_int(n));
    }
    // The fields in the sequence, for class patterns.
    let match_args = FIELDS.iter().map(|f| vm.new_str(*f)).collect();
    vm.type_dict_set(&t, vm.intern("__match_args__"), vm.new_tuple(match_args));
    crate::object::slot_resolve::install_static(vm, &t, s);
    crate::object::slot_resolve::inherit_static(&t);
    t
}

/// `time.get_clock_info(name)`: a `types.SimpleNamespace` describing a clock, as
/// timemodule.c fills it on Linux (every clock is a `clock_gettime` one, 1 ns resolution).
fn f_get_clock_info(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "get_clock_info", 1)?;
    let name = a[0]
        .as_str()
        .map(|s| s.to_string_lossy().into_owned())
        .ok_or_else(|| vm.type_error("get_clock_info() argument must be str"))?;
    let (clock, monotonic) = match name.as_str() {
        "time" => ("CLOCK_REALTIME", false),
        "monotonic" | "perf_counter" => ("CLOCK_MONOTONIC", true),
        "process_time" => ("CLOCK_PROCESS_CPUTIME_ID", true),
        "thread_time" => ("CLOCK_THREAD_CPUTIME_ID", true),
        _ => return Err(vm.value_error("unknown clock")),
    };
    let types = crate::importer::get_or_load(vm, "types")?;
    let ns = vm.getattr_str(&types, "SimpleNamespace")?;
    let names: Vec<ObjRef> = ["implementation", "monotonic", "adjustable", "resolution"]
        .iter()
        .map(|n| vm.intern(n))
        .collect();
    let values = [
        vm.new_str(format!("clock_gettime({clock})")),
        vm.new_bool(monotonic),
        vm.new_bool(!monotonic),
        vm.new_float(1e-9),
    ];
    vm.call(
        &ns,
        Args {
            values: &values,
            kwnames: &names,
        },
    )
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("get_clock_info", f_get_clock_info),
    ("time", f_time),
    ("time_ns", f_time_ns),
    ("monotonic", f_monotonic),
    ("monotonic_ns", f_monotonic_ns),
    ("perf_counter", f_perf_counter),
    ("perf_counter_ns", f_perf_counter_ns),
    ("process_time", f_process_time),
    ("process_time_ns", f_process_time_ns),
    ("thread_time", f_thread_time),
    ("thread_time_ns", f_thread_time_ns),
    ("clock_gettime", f_clock_gettime),
    ("clock_gettime_ns", f_clock_gettime_ns),
    ("clock_getres", f_clock_getres),
    ("clock_settime", f_clock_settime),
    ("clock_settime_ns", f_clock_settime_ns),
    ("strptime", f_strptime),
    ("tzset", f_tzset),
    ("sleep", f_sleep),
    ("_native_sleep", f_native_sleep),
    ("gmtime", f_gmtime),
    ("localtime", f_localtime),
    ("mktime", f_mktime),
    ("asctime", f_asctime),
    ("ctime", f_ctime),
    ("strftime", f_strftime),
];

/// Creates the `time` module.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("time");
    let Some(d) = m.dict() else { return m };
    for &(name, f) in FUNCS {
        vm.dict_set_str(&d, name, vm.new_module_builtin(name, f, "time"));
    }
    vm.dict_set_str(&d, "struct_time", struct_time_type(vm));
    vm.dict_set_str(&d, "_STRUCT_TM_ITEMS", vm.new_int(11));
    for &(name, id) in CLOCKS {
        vm.dict_set_str(&d, name, vm.new_int(i64::from(id)));
    }
    vm.dict_set_str(&d, "timezone", vm.new_int(0));
    vm.dict_set_str(&d, "altzone", vm.new_int(0));
    vm.dict_set_str(&d, "daylight", vm.new_int(0));
    let utc = vm.new_str("UTC");
    vm.dict_set_str(&d, "tzname", vm.new_tuple(vec![utc.clone(), utc]));
    m
}
