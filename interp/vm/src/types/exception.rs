//! The built-in exception hierarchy (`Objects/exceptions.c`): `ExcData`, the state every
//! exception carries (args, traceback, cause, context, and the extra fields some classes have
//! such as `StopIteration.value`), `BaseException`'s slots and methods, and each class's
//! `__init__` filling its fields.

use std::cell::{Cell, RefCell};

use crate::object::native::Args;
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::{BASETYPE, HAS_DICT, Layout};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// What a class adds to `BaseException`'s state, which decides its `__init__` and fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcKind {
    /// Only `args`.
    Plain,
    /// `StopIteration.value`.
    StopIteration,
    /// `SystemExit.code`.
    SystemExit,
    /// `ImportError.msg`, `.name`, `.path`.
    Import,
    /// `AttributeError.name`, `.obj`.
    Attribute,
    /// `NameError.name`.
    Name,
    /// `OSError.errno`, `.strerror`, `.filename`, `.filename2`, `.characters_written`.
    Os,
    /// `SyntaxError.msg`, `.filename`, `.lineno`, `.offset`, `.text`, `.end_lineno`,
    /// `.end_offset`, `.print_file_and_line`.
    Syntax,
    /// `KeyError` (its `str` is the key's `repr`).
    Key,
    /// `BaseExceptionGroup.message`, `.exceptions`.
    Group,
    /// `UnicodeError`s: `.encoding`, `.object`, `.start`, `.end`, `.reason`.
    Unicode,
}

impl ExcKind {
    /// The names of the extra fields, in storage order.
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            ExcKind::Plain | ExcKind::Key => &[],
            ExcKind::StopIteration => &["value"],
            ExcKind::SystemExit => &["code"],
            ExcKind::Import => &["msg", "name", "path"],
            ExcKind::Attribute => &["name", "obj"],
            ExcKind::Name => &["name"],
            ExcKind::Os => &[
                "errno",
                "strerror",
                "filename",
                "filename2",
                "characters_written",
            ],
            ExcKind::Syntax => &[
                "msg",
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
                "print_file_and_line",
            ],
            ExcKind::Group => &["message", "exceptions"],
            ExcKind::Unicode => &["encoding", "object", "start", "end", "reason"],
        }
    }
}

/// The state of an exception instance.
#[derive(Debug)]
pub struct ExcData {
    /// `args`.
    pub args: RefCell<ObjRef>,
    /// `__traceback__`.
    pub traceback: RefCell<Option<ObjRef>>,
    /// `__cause__`.
    pub cause: RefCell<Option<ObjRef>>,
    /// `__context__`.
    pub context: RefCell<Option<ObjRef>>,
    /// `__suppress_context__`.
    pub suppress_context: Cell<bool>,
    /// The class-specific fields ([`ExcKind::fields`]).
    pub fields: RefCell<Vec<Option<ObjRef>>>,
}

macro_rules! exceptions {
    ($root:ident; $( $field:ident = $name:literal : $base:ident, $kind:ident; )*) => {
        /// The built-in exception classes.
        #[derive(Debug)]
        pub struct ExcTypes {
            /// `BaseException`.
            pub $root: ObjRef,
            $( #[doc = $name] pub $field: ObjRef, )*
        }

        impl ExcTypes {
            /// Creates the classes, bases first.
            pub fn bootstrap(types: &crate::types::Types) -> ExcTypes {
                let $root = new_exc_type(types, "BaseException", &types.object, ExcKind::Plain);
                $( let $field = new_exc_type(types, $name, &$base, ExcKind::$kind); )*
                let t = ExcTypes { $root, $( $field, )* };
                t.fix_exception_group();
                t
            }

            /// Every class with its name, for the `builtins` module.
            pub fn all(&self) -> Vec<(&'static str, &ObjRef)> {
                vec![("BaseException", &self.$root), $( ($name, &self.$field), )*]
            }
        }
    };
}

exceptions! {
    base_exception;
    exception = "Exception": base_exception, Plain;
    base_exception_group = "BaseExceptionGroup": base_exception, Group;
    generator_exit = "GeneratorExit": base_exception, Plain;
    keyboard_interrupt = "KeyboardInterrupt": base_exception, Plain;
    system_exit = "SystemExit": base_exception, SystemExit;
    arithmetic_error = "ArithmeticError": exception, Plain;
    floating_point_error = "FloatingPointError": arithmetic_error, Plain;
    overflow_error = "OverflowError": arithmetic_error, Plain;
    zero_division_error = "ZeroDivisionError": arithmetic_error, Plain;
    assertion_error = "AssertionError": exception, Plain;
    attribute_error = "AttributeError": exception, Attribute;
    buffer_error = "BufferError": exception, Plain;
    eof_error = "EOFError": exception, Plain;
    exception_group = "ExceptionGroup": base_exception_group, Group;
    import_error = "ImportError": exception, Import;
    module_not_found_error = "ModuleNotFoundError": import_error, Import;
    lookup_error = "LookupError": exception, Plain;
    index_error = "IndexError": lookup_error, Plain;
    key_error = "KeyError": lookup_error, Key;
    memory_error = "MemoryError": exception, Plain;
    name_error = "NameError": exception, Name;
    unbound_local_error = "UnboundLocalError": name_error, Name;
    os_error = "OSError": exception, Os;
    blocking_io_error = "BlockingIOError": os_error, Os;
    child_process_error = "ChildProcessError": os_error, Os;
    connection_error = "ConnectionError": os_error, Os;
    broken_pipe_error = "BrokenPipeError": connection_error, Os;
    connection_aborted_error = "ConnectionAbortedError": connection_error, Os;
    connection_refused_error = "ConnectionRefusedError": connection_error, Os;
    connection_reset_error = "ConnectionResetError": connection_error, Os;
    file_exists_error = "FileExistsError": os_error, Os;
    file_not_found_error = "FileNotFoundError": os_error, Os;
    interrupted_error = "InterruptedError": os_error, Os;
    is_a_directory_error = "IsADirectoryError": os_error, Os;
    not_a_directory_error = "NotADirectoryError": os_error, Os;
    permission_error = "PermissionError": os_error, Os;
    process_lookup_error = "ProcessLookupError": os_error, Os;
    timeout_error = "TimeoutError": os_error, Os;
    reference_error = "ReferenceError": exception, Plain;
    runtime_error = "RuntimeError": exception, Plain;
    not_implemented_error = "NotImplementedError": runtime_error, Plain;
    recursion_error = "RecursionError": runtime_error, Plain;
    stop_async_iteration = "StopAsyncIteration": exception, Plain;
    stop_iteration = "StopIteration": exception, StopIteration;
    syntax_error = "SyntaxError": exception, Syntax;
    indentation_error = "IndentationError": syntax_error, Syntax;
    tab_error = "TabError": indentation_error, Syntax;
    system_error = "SystemError": exception, Plain;
    type_error = "TypeError": exception, Plain;
    value_error = "ValueError": exception, Plain;
    unicode_error = "UnicodeError": value_error, Plain;
    unicode_decode_error = "UnicodeDecodeError": unicode_error, Unicode;
    unicode_encode_error = "UnicodeEncodeError": unicode_error, Unicode;
    unicode_translate_error = "UnicodeTranslateError": unicode_error, Unicode;
    warning = "Warning": exception, Plain;
    bytes_warning = "BytesWarning": warning, Plain;
    deprecation_warning = "DeprecationWarning": warning, Plain;
    encoding_warning = "EncodingWarning": warning, Plain;
    future_warning = "FutureWarning": warning, Plain;
    import_warning = "ImportWarning": warning, Plain;
    pending_deprecation_warning = "PendingDeprecationWarning": warning, Plain;
    resource_warning = "ResourceWarning": warning, Plain;
    runtime_warning = "RuntimeWarning": warning, Plain;
    syntax_warning = "SyntaxWarning": warning, Plain;
    unicode_warning = "UnicodeWarning": warning, Plain;
    user_warning = "UserWarning": warning, Plain;
}

impl ExcTypes {
    /// `ExceptionGroup` derives from both `BaseExceptionGroup` and `Exception`.
    fn fix_exception_group(&self) {
        let eg = &self.exception_group;
        if let Some(t) = eg.as_type() {
            crate::object::type_cache::invalidate();
            *t.bases.borrow_mut() = vec![self.base_exception_group.clone(), self.exception.clone()];
            *t.mro.borrow_mut() = vec![
                eg.clone(),
                self.base_exception_group.clone(),
                self.exception.clone(),
                self.base_exception.clone(),
                self.base_exception.class().as_type().map_or_else(
                    || eg.clone(),
                    |_| {
                        self.base_exception
                            .as_type()
                            .and_then(|b| b.mro.borrow().last().cloned())
                            .unwrap_or_else(|| eg.clone())
                    },
                ),
            ];
        }
        if let Some(e) = self.exception.as_type() {
            e.subclasses.borrow_mut().push(std::rc::Rc::downgrade(eg));
        }
    }
}

fn new_exc_type(types: &crate::types::Types, name: &str, base: &ObjRef, kind: ExcKind) -> ObjRef {
    crate::types::new_static_type(
        &types.type_,
        name,
        base,
        Layout::Exception(kind),
        BASETYPE | HAS_DICT,
    )
}

/// The [`ExcKind`] of an exception class: part of its instance layout, inherited by subclasses.
pub fn kind_of(cls: &ObjRef) -> ExcKind {
    match cls.as_type().map(|t| t.layout) {
        Some(Layout::Exception(k)) => k,
        _ => ExcKind::Plain,
    }
}

impl Vm<'_> {
    /// A new exception of class `cls` with `args`, its fields filled as the class's
    /// `__init__` would (no Python code runs).
    pub fn new_exception(&self, cls: &ObjRef, args: Vec<ObjRef>) -> ObjRef {
        let kind = kind_of(cls);
        let exc = alloc(self, cls, self.new_tuple(args), kind);
        let a: Vec<ObjRef> = exc
            .as_exception()
            .map(|e| {
                e.args
                    .borrow()
                    .as_tuple()
                    .map(|t| t.to_vec())
                    .unwrap_or_default()
            })
            .unwrap_or_default();
        init_fields(self, &exc, kind, &a);
        exc
    }
}

fn alloc(vm: &Vm, cls: &ObjRef, args: ObjRef, kind: ExcKind) -> ObjRef {
    let data = ExcData {
        args: RefCell::new(args),
        traceback: RefCell::new(None),
        cause: RefCell::new(None),
        context: RefCell::new(None),
        suppress_context: Cell::new(false),
        fields: RefCell::new(vec![None; kind.fields().len()]),
    };
    // The `__dict__` is made on first use (the class has `HAS_DICT`).
    let _ = vm;
    Obj::new(cls.clone(), Payload::Exception(Box::new(data)))
}

/// Fills the class-specific fields from the positional arguments (the part of each class's
/// `__init__` that does not look at keywords).
fn init_fields(vm: &Vm, exc: &ObjRef, kind: ExcKind, args: &[ObjRef]) {
    let Some(e) = exc.as_exception() else { return };
    let mut f = e.fields.borrow_mut();
    match kind {
        ExcKind::StopIteration => {
            f[0] = Some(args.first().cloned().unwrap_or_else(|| vm.none.clone()))
        }
        ExcKind::SystemExit => {
            f[0] = Some(match args.len() {
                0 => vm.none.clone(),
                1 => args[0].clone(),
                _ => vm.new_tuple(args.to_vec()),
            })
        }
        ExcKind::Import => {
            // `ImportError_init` resets all three: `msg` to the lone argument, `name` and
            // `path` to their keywords (set by the caller).
            f[0] = (args.len() == 1).then(|| args[0].clone());
            f[1] = None;
            f[2] = None;
        }
        ExcKind::Os => {
            if (2..=5).contains(&args.len()) {
                f[0] = Some(args[0].clone());
                f[1] = Some(args[1].clone());
                // `oserror_init`: a `BlockingIOError`'s third argument, when a number, is the
                // count of characters written rather than a file name.
                if args
                    .get(2)
                    .is_some_and(|x| is_written_count(vm, &exc.class(), x))
                {
                    f[4] = args.get(2).cloned();
                } else if let Some(x) = args.get(2) {
                    f[2] = Some(x.clone());
                    // The second file name only comes with a first.
                    if !vm.is_none(x) {
                        f[3] = args.get(4).cloned();
                    }
                }
            }
        }
        ExcKind::Syntax => {
            if let Some(m) = args.first() {
                f[0] = Some(m.clone());
            }
            if let Some(info) = args.get(1).and_then(|i| i.as_tuple()) {
                for (slot, v) in f.iter_mut().skip(1).zip(info.iter()) {
                    *slot = Some(v.clone());
                }
            }
        }
        ExcKind::Group => {
            if args.len() == 2 {
                f[0] = Some(args[0].clone());
                f[1] = Some(args[1].clone());
            }
        }
        ExcKind::Unicode => {
            if args.len() == 5
                || (args.len() == 4
                    && exc
                        .class()
                        .as_type()
                        .is_some_and(|t| t.name() == "UnicodeTranslateError"))
            {
                let translate = args.len() == 4;
                f[0] = (!translate).then(|| args[0].clone());
                let base = usize::from(!translate);
                let mut object = args[base].clone();
                // `UnicodeDecodeError_init` keeps a copy of any bytes-like object as `bytes`.
                if !translate
                    && object.as_bytes().is_none()
                    && crate::object::typeobj::is_subtype(
                        &exc.class(),
                        &vm.exc.unicode_decode_error,
                    )
                    && let Some(b) = crate::types::bytes::buffer(&object)
                {
                    object = vm.new_bytes(b);
                }
                f[1] = Some(object);
                f[2] = Some(args[base + 1].clone());
                f[3] = Some(args[base + 2].clone());
                f[4] = Some(args[base + 3].clone());
            }
        }
        ExcKind::Plain | ExcKind::Key | ExcKind::Attribute | ExcKind::Name => {}
    }
}

/// Records `name` and `obj` on an `AttributeError`.
pub fn set_attribute_error_info(exc: &ObjRef, name: &ObjRef, obj: &ObjRef) {
    if let Some(e) = exc.as_exception() {
        let mut f = e.fields.borrow_mut();
        if f.len() == 2 {
            f[0] = Some(name.clone());
            f[1] = Some(obj.clone());
        }
    }
}

/// Records `name` and `obj` on an `AttributeError` that has neither yet.
pub fn augment_attribute_error(exc: &ObjRef, name: &ObjRef, obj: &ObjRef) {
    let unset = exc.as_exception().is_some_and(|e| {
        let f = e.fields.borrow();
        f.len() == 2 && f.iter().all(Option::is_none)
    });
    if unset {
        set_attribute_error_info(exc, name, obj);
    }
}

/// Records `name` on a `NameError`.
pub fn set_name_error_name(exc: &ObjRef, name: &ObjRef) {
    if let Some(e) = exc.as_exception() {
        let mut f = e.fields.borrow_mut();
        if f.len() == 1 {
            f[0] = Some(name.clone());
        }
    }
}

/// A field of an exception by name (`StopIteration.value`...).
pub fn field(exc: &ObjRef, name: &str) -> Option<ObjRef> {
    let e = exc.as_exception()?;
    let kind = kind_of(&exc.class());
    let i = kind.fields().iter().position(|f| *f == name)?;
    e.fields.borrow().get(i).cloned().flatten()
}

fn data<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a ExcData> {
    o.as_exception()
        .ok_or_else(|| vm.internal("expected an exception"))
}

/// The `args` tuple's items.
pub fn args_of(exc: &ObjRef) -> Vec<ObjRef> {
    exc.as_exception()
        .and_then(|e| e.args.borrow().as_tuple().map(|t| t.to_vec()))
        .unwrap_or_default()
}

/// The `OSError` subclass for an errno (`OSError.__new__`'s `errnomap`).
fn os_error_subclass<'a>(vm: &'a Vm, errno: i64) -> Option<&'a ObjRef> {
    let e = &vm.exc;
    Some(match errno {
        2 => &e.file_not_found_error,
        17 => &e.file_exists_error,
        21 => &e.is_a_directory_error,
        20 => &e.not_a_directory_error,
        1 | 13 => &e.permission_error,
        3 => &e.process_lookup_error,
        10 => &e.child_process_error,
        4 => &e.interrupted_error,
        11 | 114 | 115 => &e.blocking_io_error,
        32 | 108 => &e.broken_pipe_error,
        103 => &e.connection_aborted_error,
        111 => &e.connection_refused_error,
        104 => &e.connection_reset_error,
        110 => &e.timeout_error,
        _ => return None,
    })
}

/// `oserror_init`: `args` keeps only `(errno, strerror)` when a file name was given (not None,
/// and not a `BlockingIOError`'s count of characters written).
fn drops_filename(vm: &Vm, cls: &ObjRef, pos: &[ObjRef]) -> bool {
    let Some(third) = pos.get(2).filter(|_| pos.len() <= 5) else {
        return false;
    };
    !vm.is_none(third) && !is_written_count(vm, cls, third)
}

/// Whether an `OSError` argument in the file name's place is a `BlockingIOError`'s count of
/// characters written (`oserror_init` takes a number there for exactly that class).
fn is_written_count(vm: &Vm, cls: &ObjRef, third: &ObjRef) -> bool {
    std::rc::Rc::ptr_eq(cls, &vm.exc.blocking_io_error) && third.as_int().is_some()
}

fn exc_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let mut cls = cls.clone();
    let pos = args.pos();
    let mut kept = pos.to_vec();
    if kind_of(&cls) == ExcKind::Os && (2..=5).contains(&pos.len()) {
        if std::rc::Rc::ptr_eq(&cls, &vm.exc.os_error)
            && let Some(sub) = pos[0]
                .as_int()
                .and_then(|i| i.as_i64())
                .and_then(|n| os_error_subclass(vm, n))
        {
            cls = sub.clone();
        }
        if drops_filename(vm, &cls, pos) {
            kept.truncate(2);
        }
    }
    let kind = kind_of(&cls);
    let tuple = vm.new_tuple(kept);
    let exc = alloc(vm, &cls, tuple, kind);
    init_fields(vm, &exc, kind, pos);
    Ok(exc)
}

fn exc_init(vm: &Vm, exc: &ObjRef, args: Args<'_>) -> PyResult {
    let kind = kind_of(&exc.class());
    let allows_kw = matches!(kind, ExcKind::Import | ExcKind::Attribute | ExcKind::Name);
    if args.has_kw() && !allows_kw {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            vm.type_name(exc)
        )));
    }
    let pos = args.pos().to_vec();
    let mut kept = pos.clone();
    if kind == ExcKind::Os && drops_filename(vm, &exc.class(), &pos) {
        kept.truncate(2);
    }
    *data(vm, exc)?.args.borrow_mut() = vm.new_tuple(kept);
    if kind == ExcKind::Syntax {
        syntax_init(vm, exc, &pos)?;
    } else {
        init_fields(vm, exc, kind, &pos);
    }
    if allows_kw {
        let names = kind.fields();
        for (k, v) in args.kw() {
            let key = vm.str_lossy(k);
            let slot = match kind {
                ExcKind::Import => ["name", "path"]
                    .iter()
                    .position(|n| *n == key)
                    .map(|i| i + 1),
                ExcKind::Attribute => ["name", "obj"].iter().position(|n| *n == key),
                _ => ["name"].iter().position(|n| *n == key),
            };
            match slot {
                Some(i) if i < names.len() => {
                    data(vm, exc)?.fields.borrow_mut()[i] = Some(v.clone())
                }
                _ => {
                    return Err(vm.type_error(format!(
                        "'{}' is an invalid keyword argument for {}()",
                        key,
                        vm.type_name(exc)
                    )));
                }
            }
        }
    }
    Ok(vm.none.clone())
}

/// `SyntaxError_init`: `msg` from the first argument; with exactly two, the second is any
/// iterable of `(filename, lineno, offset, text[, end_lineno, end_offset])`, checked as
/// `PyArg_ParseTuple(info, "OOOO|OO")` checks it.
fn syntax_init(vm: &Vm, exc: &ObjRef, pos: &[ObjRef]) -> PyResult<()> {
    let info = match pos {
        [_, info] => Some(vm.collect(info)?),
        _ => None,
    };
    if let Some(info) = &info {
        let n = info.len();
        if n < 4 {
            return Err(vm.type_error(format!("function takes at least 4 arguments ({n} given)")));
        }
        if n > 6 {
            return Err(vm.type_error(format!("function takes at most 6 arguments ({n} given)")));
        }
        if n == 5 {
            return Err(vm.type_error("end_offset must be provided when end_lineno is provided"));
        }
    }
    let mut f = data(vm, exc)?.fields.borrow_mut();
    if let Some(m) = pos.first() {
        f[0] = Some(m.clone());
    }
    if let Some(info) = info {
        f[5] = None;
        f[6] = None;
        for (slot, v) in f.iter_mut().skip(1).zip(info) {
            *slot = Some(v);
        }
    }
    Ok(())
}

/// `str(exc)` (`BaseException_str` and the per-class variants).
pub fn exc_str(vm: &Vm, exc: &ObjRef) -> PyResult {
    let args = args_of(exc);
    let kind = kind_of(&exc.class());
    if kind == ExcKind::Key && args.len() == 1 {
        return vm.repr(&args[0]);
    }
    if kind == ExcKind::Unicode
        && let Some(s) = unicode_str(vm, exc)?
    {
        return Ok(vm.new_str(s));
    }
    if kind == ExcKind::Os
        && let (Some(errno), Some(strerror)) = (field(exc, "errno"), field(exc, "strerror"))
    {
        let errno = vm.str_string(&errno)?;
        let strerror = vm.str_string(&strerror)?;
        let fname = field(exc, "filename").filter(|f| !vm.is_none(f));
        let fname2 = field(exc, "filename2").filter(|f| !vm.is_none(f));
        return Ok(vm.new_str(match (fname, fname2) {
            (Some(f), Some(g)) => format!(
                "[Errno {errno}] {strerror}: {} -> {}",
                vm.repr_string(&f)?,
                vm.repr_string(&g)?
            ),
            (Some(f), None) => format!("[Errno {errno}] {strerror}: {}", vm.repr_string(&f)?),
            _ => format!("[Errno {errno}] {strerror}"),
        }));
    }
    if kind == ExcKind::Syntax {
        return syntax_str(vm, exc);
    }
    match args.len() {
        0 => Ok(vm.empty_str.clone()),
        1 => vm.str(&args[0]),
        _ => vm.str(&vm.new_tuple(args)),
    }
}

/// `UnicodeDecodeError.__str__` and friends: the codec, the offending byte(s) or
/// character(s) and the reason.
fn unicode_str(vm: &Vm, exc: &ObjRef) -> PyResult<Option<String>> {
    let (Some(obj), Some(start), Some(end), Some(reason)) = (
        field(exc, "object"),
        field(exc, "start").and_then(|s| s.as_int().and_then(|i| i.as_i64())),
        field(exc, "end").and_then(|s| s.as_int().and_then(|i| i.as_i64())),
        field(exc, "reason"),
    ) else {
        return Ok(None);
    };
    let reason = vm.str_string(&reason)?;
    let encoding = match field(exc, "encoding") {
        Some(e) => vm.str_string(&e)?,
        None => String::new(),
    };
    let name = vm.type_name(exc);
    let single = end == start + 1;
    if name == "UnicodeDecodeError" {
        let bytes = crate::types::bytes::buffer(&obj).unwrap_or_default();
        return Ok(Some(match bytes.get(start as usize) {
            Some(b) if single => format!(
                "'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
            ),
            _ => format!(
                "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ),
        }));
    }
    let cp = obj
        .as_str()
        .and_then(|s| s.code_points().nth(start as usize));
    let shown = |c: u32| {
        if c < 0x100 {
            format!("\\x{c:02x}")
        } else if c < 0x10000 {
            format!("\\u{c:04x}")
        } else {
            format!("\\U{c:08x}")
        }
    };
    let what = if name == "UnicodeTranslateError" {
        "can't translate".to_string()
    } else {
        format!("'{encoding}' codec can't encode")
    };
    Ok(Some(match cp {
        Some(c) if single => format!(
            "{what} character '{}' in position {start}: {reason}",
            shown(c)
        ),
        _ => format!(
            "{what} characters in position {start}-{}: {reason}",
            end - 1
        ),
    }))
}

/// `SyntaxError.__str__`: `msg (file, line N)`.
fn syntax_str(vm: &Vm, exc: &ObjRef) -> PyResult {
    let msg = match field(exc, "msg") {
        Some(m) => vm.str_string(&m)?,
        None => String::new(),
    };
    let filename = field(exc, "filename")
        .and_then(|f| f.as_str().map(|s| s.to_string_lossy().into_owned()))
        .map(|f| f.rsplit('/').next().unwrap_or(&f).to_string());
    let lineno = field(exc, "lineno").and_then(|l| l.as_int().and_then(|i| i.as_i64()));
    Ok(vm.new_str(match (filename, lineno) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    }))
}

fn exc_repr(vm: &Vm, exc: &ObjRef) -> PyResult {
    let name = vm.type_name(exc);
    let args = args_of(exc);
    if args.len() == 1 {
        return Ok(vm.new_str(format!("{name}({})", vm.repr_string(&args[0])?)));
    }
    let t = vm.new_tuple(args);
    Ok(vm.new_str(format!("{name}{}", vm.repr_string(&t)?)))
}

fn get_args(vm: &Vm, exc: &ObjRef) -> PyResult {
    Ok(data(vm, exc)?.args.borrow().clone())
}

fn set_args(vm: &Vm, exc: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(vm.type_error("args may not be deleted"));
    };
    let t = vm.new_tuple(vm.collect(&v)?);
    *data(vm, exc)?.args.borrow_mut() = t;
    Ok(())
}

fn get_traceback(vm: &Vm, exc: &ObjRef) -> PyResult {
    Ok(data(vm, exc)?
        .traceback
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

fn set_traceback(vm: &Vm, exc: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(vm.type_error("__traceback__ may not be deleted"));
    };
    let tb = if vm.is_none(&v) {
        None
    } else if matches!(v.payload, Payload::Traceback(_)) {
        Some(v)
    } else {
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    };
    *data(vm, exc)?.traceback.borrow_mut() = tb;
    Ok(())
}

fn get_cause(vm: &Vm, exc: &ObjRef) -> PyResult {
    Ok(data(vm, exc)?
        .cause
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

fn set_cause(vm: &Vm, exc: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(vm.type_error("__cause__ may not be deleted"));
    };
    let c = check_exc_or_none(
        vm,
        v,
        "exception cause must be None or derive from BaseException",
    )?;
    let d = data(vm, exc)?;
    *d.cause.borrow_mut() = c;
    d.suppress_context.set(true);
    Ok(())
}

fn get_context(vm: &Vm, exc: &ObjRef) -> PyResult {
    Ok(data(vm, exc)?
        .context
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

fn set_context(vm: &Vm, exc: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(vm.type_error("__context__ may not be deleted"));
    };
    let c = check_exc_or_none(
        vm,
        v,
        "exception context must be None or derive from BaseException",
    )?;
    *data(vm, exc)?.context.borrow_mut() = c;
    Ok(())
}

fn check_exc_or_none(vm: &Vm, v: ObjRef, msg: &str) -> PyResult<Option<ObjRef>> {
    if vm.is_none(&v) {
        return Ok(None);
    }
    if v.as_exception().is_none() {
        return Err(vm.type_error(msg.to_string()));
    }
    Ok(Some(v))
}

fn get_suppress(vm: &Vm, exc: &ObjRef) -> PyResult {
    Ok(vm.new_bool(data(vm, exc)?.suppress_context.get()))
}

fn set_suppress(vm: &Vm, exc: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let b = match v {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    data(vm, exc)?.suppress_context.set(b);
    Ok(())
}

fn m_with_traceback(vm: &Vm, exc: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "with_traceback", 1)?;
    set_traceback(vm, exc, Some(a[0].clone()))?;
    Ok(exc.clone())
}

fn m_add_note(vm: &Vm, exc: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "add_note", 1)?;
    if a[0].as_str().is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&a[0]))));
    }
    let notes = match vm.getattr_opt(exc, &vm.names.__notes__)? {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            vm.setattr(exc, &vm.names.__notes__, &l)?;
            l
        }
    };
    match notes.as_list() {
        Some(l) => l.borrow_mut().push(a[0].clone()),
        None => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(vm.none.clone())
}

/// The instance dict, when it holds anything (CPython tests whether `self->dict` was made;
/// krait's exceptions make theirs eagerly, so an empty one counts as absent).
fn filled_dict(vm: &Vm, exc: &ObjRef) -> PyResult<Option<ObjRef>> {
    match exc.dict() {
        Some(d) if vm.len(&d)? > 0 => Ok(Some(d)),
        _ => Ok(None),
    }
}

/// `(type, args)`, or `(type, args, dict)` once the instance has attributes, as
/// `BaseException_reduce` and `OSError_reduce` build it.
fn reduce_with(vm: &Vm, exc: &ObjRef, args: ObjRef) -> PyResult {
    Ok(match filled_dict(vm, exc)? {
        Some(d) => vm.new_tuple(vec![exc.class(), args, d]),
        None => vm.new_tuple(vec![exc.class(), args]),
    })
}

fn m_reduce(vm: &Vm, exc: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let a = data(vm, exc)?.args.borrow().clone();
    match kind_of(&exc.class()) {
        ExcKind::Os => os_reduce(vm, exc, a),
        ExcKind::Import => import_reduce(vm, exc, a),
        _ => reduce_with(vm, exc, a),
    }
}

/// `OSError_reduce`: a two-item `args` with a filename grows back to the constructor's
/// `(errno, strerror, filename[, winerror, filename2])`.
fn os_reduce(vm: &Vm, exc: &ObjRef, a: ObjRef) -> PyResult {
    let pair = a.as_tuple().map(|t| t.to_vec()).filter(|t| t.len() == 2);
    let args = match (pair, field(exc, "filename")) {
        (Some(mut items), Some(filename)) if !vm.is_none(&filename) => {
            items.push(filename);
            if let Some(f2) = field(exc, "filename2").filter(|f| !vm.is_none(f)) {
                items.push(vm.none.clone());
                items.push(f2);
            }
            vm.new_tuple(items)
        }
        _ => a,
    };
    reduce_with(vm, exc, args)
}

/// `ImportError_reduce`: the state is the dict plus `name` and `path` when they are set.
fn import_reduce(vm: &Vm, exc: &ObjRef, a: ObjRef) -> PyResult {
    let state = vm.new_dict();
    if let Some(d) = filled_dict(vm, exc)? {
        crate::types::dict::update_from(vm, &state, &d, "__reduce__")?;
    }
    for name in ["name", "path"] {
        if let Some(v) = field(exc, name).filter(|v| !vm.is_none(v)) {
            vm.dict_set_str(&state, name, v);
        }
    }
    Ok(if vm.len(&state)? > 0 {
        vm.new_tuple(vec![exc.class(), a, state])
    } else {
        vm.new_tuple(vec![exc.class(), a])
    })
}

/// `BaseException.__setstate__(state)`: each item of a dict state becomes an attribute.
fn m_setstate(vm: &Vm, exc: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__setstate__", 1)?;
    if vm.is_none(&a[0]) {
        return Ok(vm.none.clone());
    }
    if a[0].as_dict().is_none() {
        return Err(vm.type_error("state is not a dictionary"));
    }
    for (k, v) in vm.dict_items(&a[0]) {
        vm.setattr(exc, &k, &v)?;
    }
    Ok(vm.none.clone())
}

macro_rules! field_accessors {
    ($($get:ident, $set:ident, $i:literal;)*) => {
        $(
            fn $get(vm: &Vm, exc: &ObjRef) -> PyResult {
                Ok(data(vm, exc)?.fields.borrow().get($i).cloned().flatten()
                    .unwrap_or_else(|| vm.none.clone()))
            }
            fn $set(vm: &Vm, exc: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
                let d = data(vm, exc)?;
                let mut f = d.fields.borrow_mut();
                if let Some(slot) = f.get_mut($i) {
                    *slot = v;
                }
                Ok(())
            }
        )*
        const FIELD_ACCESSORS: &[(crate::object::native::Getter, crate::object::native::Setter)] =
            &[$( ($get, $set), )*];
    };
}

field_accessors! {
    get_f0, set_f0, 0;
    get_f1, set_f1, 1;
    get_f2, set_f2, 2;
    get_f3, set_f3, 3;
    get_f4, set_f4, 4;
    get_f5, set_f5, 5;
    get_f6, set_f6, 6;
    get_f7, set_f7, 7;
}

/// `OSError.characters_written` (`OSError_written_get`): an error while unset.
fn get_written(vm: &Vm, exc: &ObjRef) -> PyResult {
    field(exc, "characters_written")
        .ok_or_else(|| vm.error(&vm.exc.attribute_error, "characters_written"))
}

/// Setting it takes an integer (`PyNumber_AsSsize_t`); deleting it needs it set.
fn set_written(vm: &Vm, exc: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let v = match v {
        Some(v) => {
            let n = vm.index(&v)?.as_i64().ok_or_else(|| {
                vm.value_error(format!(
                    "cannot fit '{}' into an index-sized integer",
                    vm.type_name(&v)
                ))
            })?;
            Some(vm.new_int(n))
        }
        None if field(exc, "characters_written").is_none() => {
            return Err(vm.error(&vm.exc.attribute_error, "characters_written"));
        }
        None => None,
    };
    let d = data(vm, exc)?;
    if let Some(slot) = d.fields.borrow_mut().get_mut(4) {
        *slot = v;
    }
    Ok(())
}

/// Fills `BaseException`'s namespace and slots and each class's field descriptors.
pub fn init(vm: &Vm) {
    let t = &vm.exc.base_exception;
    let s = Slots {
        repr: Slot::Native(exc_repr),
        str: Slot::Native(exc_str),
        new: Slot::Native(exc_new),
        init: Slot::Native(exc_init),
        ..Slots::default()
    };
    vm.add_methods(
        t,
        &[
            ("with_traceback", m_with_traceback),
            ("add_note", m_add_note),
            ("__reduce__", m_reduce),
            ("__setstate__", m_setstate),
        ],
    );
    vm.add_getset(t, "args", get_args, Some(set_args));
    vm.add_getset(t, "__traceback__", get_traceback, Some(set_traceback));
    vm.add_getset(t, "__cause__", get_cause, Some(set_cause));
    vm.add_getset(t, "__context__", get_context, Some(set_context));
    vm.add_getset(t, "__suppress_context__", get_suppress, Some(set_suppress));
    // `BaseException_getset`'s `__dict__` (`PyObject_GenericGetDict`): classes deriving from
    // an exception find their instances' dict through it.
    let dict = crate::types::type_methods::dict_descriptor(vm, t);
    vm.type_dict_set(t, vm.names.__dict__.clone(), dict);
    crate::object::slot_resolve::install_static(vm, t, s);
    // BaseExceptionGroup's own slots go in before its subclasses inherit.
    crate::object::slot_resolve::inherit_static(t);
    crate::types::exception_group::init(vm);
    for (_, cls) in vm.exc.all() {
        crate::object::slot_resolve::inherit_static(cls);
        let kind = kind_of(cls);
        let own = cls
            .as_type()
            .and_then(|t| t.base.borrow().clone())
            .map(|b| kind_of(&b) != kind)
            .unwrap_or(false);
        if own && kind != ExcKind::Group {
            for (i, name) in kind.fields().iter().enumerate() {
                let (g, st) = match *name {
                    "characters_written" => (get_written as _, set_written as _),
                    _ => FIELD_ACCESSORS[i],
                };
                vm.add_getset(cls, name, g, Some(st));
            }
        }
    }
}
