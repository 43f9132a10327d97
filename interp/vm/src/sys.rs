//! The `sys` module: `argv`, the standard streams, `exit`, the recursion limit and integer
//! digit limit, `exc_info`/`exception`, `modules`, `version_info`, `implementation` (name
//! `krait`, cache tag `krait-311`), `maxsize` and friends, and the interpreter descriptions
//! (`flags`, `int_info`, `hash_info`, the prefixes) as CPython 3.11 gives them.

use std::cell::RefCell;

use crate::object::native::Args;
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::{BASETYPE, Layout, NO_NEW};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

fn exit(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "exit", 0, 1)?;
    // `PyErr_SetObject(PyExc_SystemExit, status)`: None makes an exception without arguments.
    let args = a.iter().filter(|v| !vm.is_none(v)).cloned().collect();
    let exc = vm.new_exception(&vm.exc.system_exit, args);
    Err(vm.raise(exc))
}

fn getrecursionlimit(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "getrecursionlimit", 0)?;
    Ok(vm.new_int(vm.recursion_limit.get() as i64))
}

fn setrecursionlimit(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "setrecursionlimit", 1)?;
    if a[0].as_int().is_none() {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&a[0])
        )));
    }
    let n = vm.index_isize(&a[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.depth.get();
    if (n as usize) <= depth {
        return Err(vm.error(
            &vm.exc.recursion_error,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    vm.recursion_limit.set(n as usize);
    Ok(vm.none.clone())
}

fn get_int_max_str_digits(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "get_int_max_str_digits", 0)?;
    Ok(vm.new_int(vm.int_max_str_digits.get() as i64))
}

fn set_int_max_str_digits(vm: &Vm, args: Args<'_>) -> PyResult {
    let [maxdigits] = args.bind(vm, "set_int_max_str_digits", ["maxdigits"], 0, 1, 1)?;
    let n = vm.index_isize(&maxdigits.ok_or_else(|| vm.internal("maxdigits"))?)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits.set(n as usize);
    Ok(vm.none.clone())
}

fn exc_info(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "exc_info", 0)?;
    Ok(match vm.current_exception() {
        Some(e) => {
            let tb = e
                .as_exception()
                .and_then(|d| d.traceback.borrow().clone())
                .unwrap_or_else(|| vm.none.clone());
            vm.new_tuple(vec![e.class(), e, tb])
        }
        None => vm.new_tuple(vec![vm.none.clone(), vm.none.clone(), vm.none.clone()]),
    })
}

fn exception(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "exception", 0)?;
    Ok(vm.current_exception().unwrap_or_else(|| vm.none.clone()))
}

fn intern(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "intern", 1)?;
    if !a[0].is_exact(&vm.types.str) {
        return Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.arg_type_name(&a[0])
        )));
    }
    Ok(vm.intern_obj(&a[0]))
}

/// `sys.getrefcount(obj)`: the object's reference count, the argument's own reference
/// included as in CPython (krait counts the `Rc` handles that keep the object alive).
fn getrefcount(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "getrefcount", 1)?;
    Ok(vm.new_int(std::rc::Rc::strong_count(&a[0]) as i64))
}

/// `sys.settrace(f)` / `sys.setprofile(f)` record the function that `gettrace`/`getprofile`
/// return (so code that saves and restores the hook, like `test.support.no_tracing`, works);
/// krait's loop does not call trace or profile functions (issue #6).
fn set_hook(vm: &Vm, args: Args<'_>, name: &str, which: usize) -> PyResult {
    let a = args.exact(vm, name, 1)?;
    let new = (!vm.is_none(&a[0])).then(|| a[0].clone());
    let old = std::mem::replace(&mut vm.trace_hooks.borrow_mut()[which], new);
    drop(old);
    Ok(vm.none.clone())
}

fn get_hook(vm: &Vm, args: Args<'_>, name: &str, which: usize) -> PyResult {
    args.exact(vm, name, 0)?;
    let hook = vm.trace_hooks.borrow()[which].clone();
    Ok(hook.unwrap_or_else(|| vm.none.clone()))
}

fn settrace(vm: &Vm, args: Args<'_>) -> PyResult {
    set_hook(vm, args, "settrace", 0)
}

fn gettrace(vm: &Vm, args: Args<'_>) -> PyResult {
    get_hook(vm, args, "gettrace", 0)
}

fn setprofile(vm: &Vm, args: Args<'_>) -> PyResult {
    set_hook(vm, args, "setprofile", 1)
}

fn getprofile(vm: &Vm, args: Args<'_>) -> PyResult {
    get_hook(vm, args, "getprofile", 1)
}

fn getsizeof(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "getsizeof", 1, 2)?;
    let n = match &a[0].payload {
        Payload::Int(_) => 28,
        Payload::Float(_) => 24,
        Payload::Str(s) => 49 + s.len(),
        Payload::Tuple(t) => 40 + 8 * t.len(),
        Payload::List(l) => 56 + 8 * l.borrow().len(),
        _ => 48,
    };
    Ok(vm.new_int(n as i64))
}

fn getfilesystemencoding(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "getfilesystemencoding", 0)?;
    Ok(vm.new_str("utf-8"))
}

/// `sys.audit(event, *args)`: krait has no audit hooks (no `addaudithook`), so there is no
/// one to tell; the event name is still checked as sysmodule.c's `sys_audit` does.
fn audit(vm: &Vm, args: Args<'_>) -> PyResult {
    match args.pos().first() {
        None => Err(vm.type_error("audit() missing 1 required positional argument: 'event'")),
        Some(e) if e.as_str().is_none() => Err(vm.type_error(format!(
            "expected str for argument 'event', not {}",
            vm.arg_type_name(e)
        ))),
        Some(_) => Ok(vm.none.clone()),
    }
}

fn getdefaultencoding(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "getdefaultencoding", 0)?;
    Ok(vm.new_str("utf-8"))
}

fn getfilesystemencodeerrors(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "getfilesystemencodeerrors", 0)?;
    Ok(vm.new_str("surrogateescape"))
}

/// `sys.excepthook` (`PyErr_Display`): the traceback goes to whatever `sys.stderr` is now (a
/// test's `StringIO`, say), nowhere when it is None, and the stream is then flushed; errors
/// from the flush are ignored as CPython ignores them.
fn excepthook(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "excepthook", 3)?;
    let text = crate::traceback::format_exception(vm, &a[1]);
    write_stderr(vm, &text)?;
    Ok(vm.none.clone())
}

thread_local! {
    /// `sys.getswitchinterval()`, in seconds (CPython's default is 5 ms).
    static SWITCH_INTERVAL: std::cell::Cell<f64> = const { std::cell::Cell::new(0.005) };
}

/// The switch interval in seconds: how long a thread runs before the others get a turn.
pub(crate) fn switch_interval() -> f64 {
    SWITCH_INTERVAL.with(|c| c.get())
}

/// `sys.getswitchinterval()`: the interval kept by `setswitchinterval`, after which a running
/// green thread gives the others a turn (`importer::green::tick`).
fn getswitchinterval(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "getswitchinterval", 0)?;
    Ok(vm.new_float(SWITCH_INTERVAL.with(|c| c.get())))
}

/// `sys.setswitchinterval(interval)`.
fn setswitchinterval(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "setswitchinterval", 1)?;
    let v = crate::builtins::math::real(vm, &a[0])?;
    if v <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    // `_PyEval_SetSwitchInterval` keeps whole microseconds.
    let micros = (v * 1e6) as u64;
    SWITCH_INTERVAL.with(|c| c.set(micros as f64 / 1e6));
    Ok(vm.none.clone())
}

/// Writes `text` to whatever `sys.stderr` is now and flushes it (errors from the flush are
/// ignored, as CPython ignores them); nothing when it is None, the process's stderr when
/// `sys` has none.
pub(crate) fn write_stderr(vm: &Vm, text: &str) -> PyResult<()> {
    match vm.getattr_opt(&vm.sys, &vm.names.stderr)? {
        None => crate::builtins::io::write_text(vm, 2, text)?,
        Some(f) if vm.is_none(&f) => {}
        Some(f) => {
            let write = vm.getattr(&f, &vm.intern("write"))?;
            vm.call_pos(&write, &[vm.new_str(text)])?;
            if let Ok(flush) = vm.getattr(&f, &vm.intern("flush")) {
                let _ = vm.call0(&flush);
            }
        }
    }
    Ok(())
}

/// The argument of `sys.unraisablehook` (`UnraisableHookArgs`, a struct sequence of the
/// exception's type, value and traceback, the message and the object).
pub(crate) fn unraisable_hook_args(
    vm: &Vm,
    err_msg: Option<&str>,
    obj: Option<&ObjRef>,
    exc: &ObjRef,
) -> ObjRef {
    let ty = vm.native_type("UnraisableHookArgs", || {
        struct_seq_type(
            vm,
            "UnraisableHookArgs",
            &[
                "exc_type",
                "exc_value",
                "exc_traceback",
                "err_msg",
                "object",
            ],
        )
    });
    let tb = vm
        .getattr_opt(exc, &vm.intern("__traceback__"))
        .ok()
        .flatten()
        .unwrap_or_else(|| vm.none.clone());
    let items = vec![
        exc.class(),
        exc.clone(),
        tb,
        err_msg.map_or_else(|| vm.none.clone(), |m| vm.new_str(m)),
        obj.cloned().unwrap_or_else(|| vm.none.clone()),
    ];
    vm.alloc_instance(&ty, Payload::Tuple(items.into_boxed_slice()))
}

/// The built-in `sys.unraisablehook(unraisable)`: prints what the argument describes
/// (`sys_unraisablehook` → `_PyErr_WriteUnraisableDefaultHook`).
fn unraisablehook(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "unraisablehook", 1)?;
    let field = |name: &str| vm.getattr(&a[0], &vm.intern(name));
    let exc = field("exc_value")?;
    let msg = field("err_msg")?;
    let obj = field("object")?;
    let msg = if vm.is_none(&msg) {
        None
    } else {
        Some(vm.str_string(&msg)?)
    };
    let obj = (!vm.is_none(&obj)).then_some(obj);
    if !vm.is_none(&exc) {
        crate::object::finalize::default_unraisable(vm, msg.as_deref(), obj.as_ref(), &exc);
    }
    Ok(vm.none.clone())
}

fn displayhook(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "displayhook", 1)?;
    crate::builtins::display_hook(vm, &a[0])?;
    Ok(vm.none.clone())
}

/// A struct sequence type (`sys.version_info`): a tuple subclass whose items have names.
fn struct_seq_type(vm: &Vm, name: &str, fields: &[&str]) -> ObjRef {
    // Struct sequence types cannot be subclassed (no `Py_TPFLAGS_BASETYPE`), and
    // `sys.version_info` and `sys.flags` refuse new instances too (their `tp_new` is cleared
    // once the one instance is made).
    let sealed = matches!(name, "sys.version_info" | "sys.flags");
    let flags = if sealed { NO_NEW } else { 0 };
    let t =
        crate::types::new_static_type(&vm.types.type_, name, &vm.types.tuple, Layout::Tuple, flags);
    for (i, f) in fields.iter().enumerate() {
        let m = Obj::new(
            vm.types.member_descriptor.clone(),
            Payload::Member(Box::new(crate::types::type_new::Member {
                name: f.to_string(),
                owner: t.clone(),
                index: i,
            })),
        );
        vm.type_dict_set(&t, vm.intern(f), m);
    }
    // Every field is named and in the sequence: `__match_args__` names them all (the repr
    // reads them from there too), and the counts are equal.
    let names = vm.new_tuple(fields.iter().map(|f| vm.new_str(*f)).collect());
    vm.type_dict_set(&t, vm.intern("__match_args__"), names);
    for count in ["n_sequence_fields", "n_fields"] {
        vm.type_dict_set(&t, vm.intern(count), vm.new_int(fields.len() as i64));
    }
    vm.type_dict_set(&t, vm.intern("n_unnamed_fields"), vm.new_int(0));
    let s = Slots {
        repr: Slot::Native(struct_seq_repr),
        ..Slots::default()
    };
    crate::object::slot_resolve::install_static(vm, &t, s);
    crate::object::slot_resolve::inherit_static(&t);
    t
}

/// `sys.float_info`: the IEEE 754 double's limits, as `floatobject.c`'s `PyFloat_GetInfo`
/// reports them from `<float.h>` (`ast` reads `max_10_exp` at import).
fn float_info(vm: &Vm) -> ObjRef {
    let ty = struct_seq_type(
        vm,
        "sys.float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    );
    let items = vec![
        vm.new_float(f64::MAX),
        vm.new_int(i64::from(f64::MAX_EXP)),
        vm.new_int(i64::from(f64::MAX_10_EXP)),
        vm.new_float(f64::MIN_POSITIVE),
        vm.new_int(i64::from(f64::MIN_EXP)),
        vm.new_int(i64::from(f64::MIN_10_EXP)),
        vm.new_int(i64::from(f64::DIGITS)),
        vm.new_int(i64::from(f64::MANTISSA_DIGITS)),
        vm.new_float(f64::EPSILON),
        vm.new_int(i64::from(f64::RADIX)),
        vm.new_int(1),
    ];
    vm.alloc_instance(&ty, Payload::Tuple(items.into_boxed_slice()))
}

fn struct_seq_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let ty = o.class();
    let fields = crate::object::typeobj::lookup(&ty, &vm.intern("__match_args__"))
        .map(|f| vm.collect(&f))
        .transpose()?
        .unwrap_or_default();
    let items = o.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(&items) {
        parts.push(format!("{}={}", vm.str_lossy(f), vm.repr_string(v)?));
    }
    Ok(vm.new_str(format!(
        "{}({})",
        crate::object::typeobj::type_name(&ty),
        parts.join(", ")
    )))
}

/// A `types.SimpleNamespace`-like object with the given attributes.
fn namespace(vm: &Vm, items: Vec<(&str, ObjRef)>) -> ObjRef {
    let ns = Obj::with_dict(vm.types.object.clone(), vm.new_dict(), Payload::Plain);
    let d = ns.dict().unwrap_or_else(|| vm.new_dict());
    for (k, v) in items {
        vm.dict_set_str(&d, k, v);
    }
    let cls = crate::types::new_static_type(
        &vm.types.type_,
        "types.SimpleNamespace",
        &vm.types.object,
        Layout::Object,
        BASETYPE | crate::object::typeobj::HAS_DICT,
    );
    let s = Slots {
        repr: Slot::Native(namespace_repr),
        new: Slot::Native(namespace_new),
        init: Slot::Native(namespace_init),
        richcompare: Slot::Native(namespace_richcompare),
        ..Slots::default()
    };
    crate::object::slot_resolve::install_static(vm, &cls, s);
    crate::object::slot_resolve::inherit_static(&cls);
    let dict_descr = crate::types::type_methods::dict_descriptor(vm, &cls);
    vm.type_dict_set(&cls, vm.intern("__dict__"), dict_descr);
    vm.add_methods(&cls, &[("__reduce__", namespace_reduce)]);
    ns.set_class(cls);
    ns
}

/// `namespace_reduce`: `(type(ns), (), ns.__dict__)`.
fn namespace_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let d = o.dict().unwrap_or_else(|| vm.new_dict());
    Ok(vm.new_tuple(vec![o.class(), vm.new_tuple(Vec::new()), d]))
}

/// `types.SimpleNamespace(**kwargs)` (`namespace_new`): an instance with an empty dict.
fn namespace_new(vm: &Vm, cls: &ObjRef, _args: Args<'_>) -> PyResult {
    Ok(vm.alloc_instance(cls, Payload::Plain))
}

/// `namespace_init`: keyword arguments become attributes; positional ones are refused.
fn namespace_init(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    if !args.pos().is_empty() {
        return Err(vm.type_error("no positional arguments expected"));
    }
    for (k, v) in args.kw() {
        vm.setattr(o, k, v)?;
    }
    Ok(vm.none.clone())
}

/// Namespaces are equal when their types are namespaces and their dicts are equal.
fn namespace_richcompare(
    vm: &Vm,
    a: &ObjRef,
    b: &ObjRef,
    op: crate::object::slots::CompareOp,
) -> PyResult {
    use crate::object::slots::CompareOp;
    let same_kind = crate::object::typeobj::is_subtype(&b.class(), &a.class())
        || crate::object::typeobj::is_subtype(&a.class(), &b.class());
    if !same_kind || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let (Some(x), Some(y)) = (a.dict(), b.dict()) else {
        return Ok(vm.not_implemented.clone());
    };
    vm.rich_compare(&x, &y, op)
}

/// `namespace_repr`: `namespace(a=1)`, named after a subclass; non-empty `str` keys only, and
/// `namespace(...)` for a namespace inside its own repr.
fn namespace_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let ty = o.class();
    let name = if ty.as_type().is_some_and(|t| !t.is_heap()) {
        "namespace".to_string()
    } else {
        crate::object::typeobj::type_name(&ty)
    };
    if !vm.repr_enter(o) {
        return Ok(vm.new_str(format!("{name}(...)")));
    }
    let parts = (|| -> PyResult<Vec<String>> {
        let mut parts = Vec::new();
        if let Some(d) = o.dict() {
            for (k, v) in vm.dict_items(&d) {
                if k.as_str().is_some_and(|s| !s.is_empty()) {
                    parts.push(format!("{}={}", vm.str_lossy(&k), vm.repr_string(&v)?));
                }
            }
        }
        Ok(parts)
    })();
    vm.repr_leave(o);
    Ok(vm.new_str(format!("{name}({})", parts?.join(", "))))
}

/// `sys._getframe(depth=0)`.
fn getframe(vm: &Vm, frame: Option<&crate::eval::frame::Frame>, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "_getframe", 0, 1)?;
    let depth = match a.first() {
        Some(d) => vm.index(d)?.as_i64().unwrap_or(i64::MAX).max(0) as usize,
        None => 0,
    };
    let found = match (depth, frame) {
        (0, Some(f)) => Some(vm.current_frame_object(f)),
        _ => vm.frame_object_at(Some(depth)),
    };
    found.ok_or_else(|| vm.not_deep_enough())
}

/// `python3 -O`/`-OO`: the optimisation level code is compiled with by default, shown as
/// `sys.flags.optimize`, with `__debug__` false from level 1 on.
pub fn set_optimize(vm: &Vm, level: i32) {
    vm.optimize.set(level);
    let _ = vm.dict_set(
        &vm.builtins_dict(),
        vm.intern("__debug__"),
        if level == 0 {
            vm.true_obj.clone()
        } else {
            vm.false_obj.clone()
        },
    );
    let Ok(flags) = vm.getattr_str(&vm.sys, "flags") else {
        return;
    };
    let Some(items) = flags.as_tuple() else {
        return;
    };
    let mut items = items.to_vec();
    // `optimize` is the fourth field of `sys.flags`.
    if let Some(slot) = items.get_mut(3) {
        *slot = vm.new_int(i64::from(level));
    }
    let new = vm.alloc_instance(&flags.class(), Payload::Tuple(items.into_boxed_slice()));
    let _ = vm.setattr(&vm.sys, &vm.intern("flags"), &new);
}

/// The process's `-O` level, which every interpreter it creates starts with (CPython's
/// `PyConfig.optimization_level`).
static PROCESS_OPTIMIZE: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(0);

/// Sets the level interpreters created from now on start with (the command line's `-O`s).
pub fn set_process_optimize(level: i32) {
    PROCESS_OPTIMIZE.store(level, std::sync::atomic::Ordering::Relaxed);
}

/// The command line's `-X` and `-W` values, which every interpreter the process creates
/// starts with in `sys._xoptions` and `sys.warnoptions`.
static PROCESS_OPTIONS: std::sync::Mutex<(Vec<String>, Vec<String>)> =
    std::sync::Mutex::new((Vec::new(), Vec::new()));

/// Records the command line's `-X` and `-W` values.
pub fn set_process_options(xoptions: Vec<String>, warnoptions: Vec<String>) {
    if let Ok(mut o) = PROCESS_OPTIONS.lock() {
        *o = (xoptions, warnoptions);
    }
}

/// `sys._xoptions` from `-X` values: `name=value`, or `name` for True (`_PySys_GetXOptions`).
fn xoptions_dict(vm: &Vm, xoptions: &[String]) -> ObjRef {
    let d = vm.new_dict();
    for x in xoptions {
        match x.split_once('=') {
            Some((k, v)) => vm.dict_set_str(&d, k, vm.new_str(v)),
            None => vm.dict_set_str(&d, x, vm.true_obj.clone()),
        }
    }
    d
}

/// Whether the standard streams are unbuffered (`-u`): 0 = not decided by a command line (the
/// environment's `PYTHONUNBUFFERED` decides), 1 = buffered, 2 = unbuffered.
static PROCESS_UNBUFFERED: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Records the command line's decision on unbuffered standard streams.
pub fn set_process_unbuffered(unbuffered: bool) {
    PROCESS_UNBUFFERED.store(
        if unbuffered { 2 } else { 1 },
        std::sync::atomic::Ordering::Relaxed,
    );
}

/// `-u` or `PYTHONUNBUFFERED`: stdout and stderr write through (`create_stdio`).
pub fn unbuffered_stdio() -> bool {
    match PROCESS_UNBUFFERED.load(std::sync::atomic::Ordering::Relaxed) {
        0 => std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty()),
        v => v == 2,
    }
}

/// `-B` (or `PYTHONDONTWRITEBYTECODE`): 0 = the environment decides, 1 = write, 2 = don't.
static PROCESS_NO_BYTECODE: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Records the command line's decision on writing `.pyc` files.
pub fn set_process_dont_write_bytecode(dont: bool) {
    PROCESS_NO_BYTECODE.store(
        if dont { 2 } else { 1 },
        std::sync::atomic::Ordering::Relaxed,
    );
}

/// `sys.dont_write_bytecode`'s initial value.
fn dont_write_bytecode() -> bool {
    match PROCESS_NO_BYTECODE.load(std::sync::atomic::Ordering::Relaxed) {
        0 => std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty()),
        v => v == 2,
    }
}

/// The level set by [`set_process_optimize`].
pub fn process_optimize() -> i32 {
    PROCESS_OPTIMIZE.load(std::sync::atomic::Ordering::Relaxed)
}

/// The optimisation level `compile()` uses for `optimize=-1` (`sys.flags.optimize`).
pub fn optimize_level(vm: &Vm) -> i32 {
    vm.optimize.get()
}

/// A struct sequence instance of a new type `name` (`sys.flags`, `sys.hash_info`...).
fn struct_seq(vm: &Vm, name: &str, items: Vec<(&str, ObjRef)>) -> ObjRef {
    let fields: Vec<&str> = items.iter().map(|(f, _)| *f).collect();
    let t = struct_seq_type(vm, name, &fields);
    let values: Vec<ObjRef> = items.into_iter().map(|(_, v)| v).collect();
    vm.alloc_instance(&t, Payload::Tuple(values.into_boxed_slice()))
}

/// The command line's one-letter interpreter flags (`-i`, `-v`, `-I`...), once each time
/// given, which `sys.flags` reports.
static PROCESS_FLAGS: std::sync::Mutex<Vec<char>> = std::sync::Mutex::new(Vec::new());

/// Records the command line's one-letter flags.
pub fn set_process_flags(flags: Vec<char>) {
    if let Ok(mut f) = PROCESS_FLAGS.lock() {
        *f = flags;
    }
}

/// The `sys.flags` fields the command line and the environment decide.
struct CommandLineFlags {
    inspect: i64,
    debug: i64,
    verbose: i64,
    quiet: i64,
    no_user_site: i64,
    no_site: i64,
    ignore_environment: i64,
    isolated: i64,
    safe_path: bool,
    bytes_warning: i64,
}

/// The flags as `config_read_env_vars` and `config_parse_cmdline` set them.
fn command_line_flags() -> CommandLineFlags {
    let flags = PROCESS_FLAGS.lock().map(|f| f.clone()).unwrap_or_default();
    let count = |c: char| flags.iter().filter(|&&f| f == c).count() as i64;
    let isolated = count('I').min(1);
    let ignore_env = (count('E') + isolated).min(1);
    // A variable set to a non-empty value counts as 1 (or as its number, for the levels).
    let env = |name: &str| -> i64 {
        if ignore_env != 0 {
            return 0;
        }
        match std::env::var(name) {
            Ok(v) if !v.is_empty() => v.parse::<i64>().map_or(1, |n| n.max(1)),
            _ => 0,
        }
    };
    CommandLineFlags {
        inspect: count('i').max(env("PYTHONINSPECT").min(1)),
        debug: count('d').max(env("PYTHONDEBUG")),
        verbose: count('v').max(env("PYTHONVERBOSE")),
        quiet: count('q').min(1),
        no_user_site: (count('s') + isolated + env("PYTHONNOUSERSITE")).min(1),
        no_site: count('S').min(1),
        ignore_environment: ignore_env,
        isolated,
        safe_path: count('P') + isolated + env("PYTHONSAFEPATH") > 0,
        bytes_warning: count('b').min(2),
    }
}

/// `sys.flags`, `int_info`, `hash_info`, `thread_info`, the installation
/// prefixes (the directory above the standard library's `lib/python3.11`, as getpath.py
/// derives them) and the remaining plain attributes programs read (`abiflags`, `orig_argv`...).
fn descriptions(vm: &Vm, set: &dyn Fn(&str, ObjRef)) {
    let int = |n: i64| vm.new_int(n);
    let seed = std::env::var("PYTHONHASHSEED").ok();
    let seeded = krait_compiler::pyhash::parse_hash_seed(seed.as_deref()) == Ok(Some(0));
    let cl = command_line_flags();
    let flags = struct_seq(
        vm,
        "sys.flags",
        vec![
            ("debug", int(cl.debug)),
            ("inspect", int(cl.inspect)),
            ("interactive", int(cl.inspect)),
            ("optimize", int(0)),
            ("dont_write_bytecode", int(i64::from(dont_write_bytecode()))),
            ("no_user_site", int(cl.no_user_site)),
            ("no_site", int(cl.no_site)),
            ("ignore_environment", int(cl.ignore_environment)),
            ("verbose", int(cl.verbose)),
            ("bytes_warning", int(cl.bytes_warning)),
            ("quiet", int(cl.quiet)),
            ("hash_randomization", int(i64::from(!seeded))),
            ("isolated", int(cl.isolated)),
            ("dev_mode", vm.false_obj.clone()),
            ("utf8_mode", int(0)),
            ("warn_default_encoding", int(0)),
            ("safe_path", vm.new_bool(cl.safe_path)),
            ("int_max_str_digits", int(-1)),
        ],
    );
    set("flags", flags);
    let int_info = struct_seq(
        vm,
        "sys.int_info",
        vec![
            ("bits_per_digit", int(30)),
            ("sizeof_digit", int(4)),
            ("default_max_str_digits", int(4300)),
            ("str_digits_check_threshold", int(640)),
        ],
    );
    set("int_info", int_info);
    let hash_info = struct_seq(
        vm,
        "sys.hash_info",
        vec![
            ("width", int(64)),
            ("modulus", int((1i64 << 61) - 1)),
            ("inf", int(314_159)),
            ("nan", int(0)),
            ("imag", int(1_000_003)),
            ("algorithm", vm.new_str("siphash13")),
            ("hash_bits", int(64)),
            ("seed_bits", int(128)),
            ("cutoff", int(0)),
        ],
    );
    set("hash_info", hash_info);
    let thread_info = struct_seq(
        vm,
        "sys.thread_info",
        vec![
            ("name", vm.new_str("pthread")),
            ("lock", vm.new_str("semaphore")),
            ("version", vm.none.clone()),
        ],
    );
    set("thread_info", thread_info);
    let prefix = crate::importer::path::stdlib_dir()
        .and_then(|lib| {
            let p = std::path::Path::new(lib.trim_end_matches('/'));
            p.parent()?
                .parent()
                .map(|d| d.to_string_lossy().into_owned())
        })
        .unwrap_or_else(|| "/usr/local".to_string());
    for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        set(name, vm.new_str(prefix.clone()));
    }
    set("platlibdir", vm.new_str("lib"));
    set("abiflags", vm.new_str(""));
    set("float_repr_style", vm.new_str("short"));
    set(
        "copyright",
        vm.new_str("Copyright (c) 2001-2023 Python Software Foundation."),
    );
    let orig = std::env::args().map(|a| vm.new_str(a)).collect();
    set("orig_argv", vm.new_list(orig));
    if let Ok(names) = stdlib_module_names(vm) {
        set("stdlib_module_names", names);
    }
}

/// `sys.stdlib_module_names`: the names of CPython 3.11's standard library modules on every
/// platform (Python/stdlib_module_names.h), space-separated.
const STDLIB_MODULE_NAMES: &[&str] = &[
    "__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2 _codecs ",
    "_codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections ",
    "_collections_abc _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses ",
    "_curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib ",
    "_frozen_importlib_external _functools _gdbm _hashlib _heapq _imp _io _json _locale ",
    "_lsprof _lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode _operator ",
    "_osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydecimal _pyio ",
    "_queue _random _scproxy _sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket ",
    "_sqlite3 _sre _ssl _stat _statistics _string _strptime _struct _symtable _thread ",
    "_threading_local _tkinter _tokenize _tracemalloc _typing _uuid _warnings _weakref ",
    "_weakrefset _winapi _zoneinfo abc aifc antigravity argparse array ast asynchat asyncio ",
    "asyncore atexit audioop base64 bdb binascii bisect builtins bz2 cProfile calendar cgi ",
    "cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent ",
    "configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses ",
    "datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno ",
    "faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath ",
    "getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib ",
    "imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 ",
    "linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder ",
    "msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode ",
    "operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform ",
    "plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc ",
    "pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy ",
    "sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr ",
    "socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics ",
    "string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile ",
    "telnetlib tempfile termios textwrap this threading time timeit tkinter token tokenize ",
    "tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata ",
    "unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref ",
    "xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo ",
];

fn stdlib_module_names(vm: &Vm) -> PyResult {
    let names: Vec<ObjRef> = STDLIB_MODULE_NAMES
        .iter()
        .flat_map(|chunk| chunk.split_whitespace())
        .map(|n| vm.new_str(n))
        .collect();
    crate::types::set::new_set_from(vm, names, true)
}

/// Fills the `sys` module.
pub fn init(vm: &Vm, argv: &[String]) {
    let Some(d) = vm.sys.dict() else { return };
    let set = |k: &str, v: ObjRef| vm.dict_set_str(&d, k, v);
    let fns: &[(&'static str, crate::object::native::NativeFn)] = &[
        ("exit", exit),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("exc_info", exc_info),
        ("exception", exception),
        ("intern", intern),
        ("getsizeof", getsizeof),
        ("getrefcount", getrefcount),
        ("settrace", settrace),
        ("gettrace", gettrace),
        ("setprofile", setprofile),
        ("getprofile", getprofile),
        ("excepthook", excepthook),
        ("unraisablehook", unraisablehook),
        ("getfilesystemencoding", getfilesystemencoding),
        ("getfilesystemencodeerrors", getfilesystemencodeerrors),
        ("getdefaultencoding", getdefaultencoding),
        ("audit", audit),
        ("displayhook", displayhook),
        (
            "breakpointhook",
            crate::builtins::breakpoint::breakpointhook,
        ),
        (
            "get_asyncgen_hooks",
            crate::builtins::oslevel::asyncgen::get_asyncgen_hooks,
        ),
        (
            "set_asyncgen_hooks",
            crate::builtins::oslevel::asyncgen::set_asyncgen_hooks,
        ),
        (
            "is_finalizing",
            crate::builtins::oslevel::asyncgen::is_finalizing,
        ),
        (
            "get_coroutine_origin_tracking_depth",
            crate::builtins::oslevel::asyncgen::get_origin_depth,
        ),
        (
            "set_coroutine_origin_tracking_depth",
            crate::builtins::oslevel::asyncgen::set_origin_depth,
        ),
    ];
    for &(name, f) in fns {
        set(name, vm.new_module_builtin(name, f, "sys"));
    }
    set(
        "_getframe",
        vm.new_module_frame_builtin("_getframe", getframe, "sys"),
    );
    if let Some(eh) = vm.dict_get_name(&d, "excepthook") {
        set("__excepthook__", eh);
    }
    if let Some(dh) = vm.dict_get_name(&d, "displayhook") {
        set("__displayhook__", dh);
    }
    if let Some(bh) = vm.dict_get_name(&d, "breakpointhook") {
        set("__breakpointhook__", bh);
    }
    if let Some(uh) = vm.dict_get_name(&d, "unraisablehook") {
        set("__unraisablehook__", uh);
    }
    let argv_list = vm.new_list(argv.iter().map(|a| vm.new_str(a.clone())).collect());
    set("argv", argv_list);
    for (name, which) in [("stdin", 0), ("stdout", 1), ("stderr", 2)] {
        let s = crate::builtins::io::new_stream(vm, which);
        set(name, s.clone());
        set(&format!("__{name}__"), s);
    }
    set("modules", vm.modules.clone());
    set("path", vm.new_list(Vec::new()));
    set("platform", vm.new_str("linux"));
    set("byteorder", vm.new_str("little"));
    set("maxsize", vm.new_int(i64::MAX));
    set("maxunicode", vm.new_int(0x10FFFF));
    // `sys.executable`: the running interpreter's absolute path (runpy's "No module named"
    // message and `subprocess` users start it again), '' when it cannot be found.
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    set("executable", vm.new_str(exe.clone()));
    set("_base_executable", vm.new_str(exe));
    set("version", vm.new_str(version_string(true)));
    set("hexversion", vm.new_int(0x030B07F0));
    set("api_version", vm.new_int(1013));
    set("dont_write_bytecode", vm.new_bool(dont_write_bytecode()));
    set("pycache_prefix", vm.none.clone());
    let (xoptions, warnoptions) = PROCESS_OPTIONS
        .lock()
        .map(|o| o.clone())
        .unwrap_or_default();
    set(
        "warnoptions",
        vm.new_list(warnoptions.iter().map(|w| vm.new_str(w.as_str())).collect()),
    );
    set(
        "builtin_module_names",
        vm.new_tuple(
            crate::builtins::modules::BUILTIN_MODULE_NAMES
                .iter()
                .map(|n| vm.new_str(*n))
                .collect(),
        ),
    );
    set("_xoptions", xoptions_dict(vm, &xoptions));
    set("meta_path", vm.new_list(Vec::new()));
    set("path_hooks", vm.new_list(Vec::new()));
    set("path_importer_cache", vm.new_dict());
    let vi_type = struct_seq_type(
        vm,
        "sys.version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    let vi = vm.alloc_instance(
        &vi_type,
        Payload::Tuple(
            vec![
                vm.new_int(3),
                vm.new_int(11),
                vm.new_int(7),
                vm.new_str("final"),
                vm.new_int(0),
            ]
            .into_boxed_slice(),
        ),
    );
    set("version_info", vi.clone());
    set("float_info", float_info(vm));
    let mut implementation = vec![
        ("name", vm.new_str("krait")),
        ("cache_tag", vm.new_str("krait-311")),
        ("version", vi),
        ("hexversion", vm.new_int(0x030B07F0)),
    ];
    // CPython sets `_multiarch` where it was configured with one (Debian-style triplets);
    // `sysconfig` names `_sysconfigdata_{abiflags}_{platform}_{multiarch}` from it, and that
    // module lives in the host's Lib that krait imports from, so the host's value is baked.
    let multiarch = env!("KRAIT_BUILD_MULTIARCH");
    if !multiarch.is_empty() {
        implementation.push(("_multiarch", vm.new_str(multiarch)));
    }
    set("implementation", namespace(vm, implementation));
    descriptions(vm, &set);
    let _ = RefCell::new(());
    let modules = vm.modules.clone();
    let _ = vm.dict_set(&modules, vm.new_str("sys"), vm.sys.clone());
    let _ = vm.dict_set(&modules, vm.new_str("builtins"), vm.builtins.clone());
}

/// `sys.version`, or (not `long`) just its version number, which `-V` prints. Shaped as
/// CPython's `VERSION (BUILD) [COMPILER]`, which `platform._sys_version` parses (asyncio's
/// tests and `platform.python_version()` read it through there).
pub fn version_string(long: bool) -> &'static str {
    const VERSION: &str = "3.11.7 (krait) [Rust]";
    if long {
        VERSION
    } else {
        VERSION.split(' ').next().unwrap_or(VERSION)
    }
}
