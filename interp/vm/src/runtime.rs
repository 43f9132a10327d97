//! `Vm`: the interpreter state — the built-in types and singletons, interned names, the
//! `builtins` and `sys` modules, the handled-exception stack, the recursion counter and the
//! standard streams — and the constructors of common values.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::rc::Rc;

use num_bigint::BigInt;

use crate::object::{Obj, ObjRef, Payload, PyErr, PyResult};
use crate::types::Types;
use crate::types::dict_table::DictTable;
use crate::types::exception::ExcTypes;
use crate::types::int::Int;
use crate::types::str::PyStr;
use krait_syntax::pystr::PyStrBuf;

/// The standard streams a program's `sys.stdin`, `sys.stdout` and `sys.stderr` are bound to.
pub struct Streams<'io> {
    /// Standard input.
    pub stdin: &'io mut dyn BufRead,
    /// Standard output.
    pub stdout: &'io mut dyn Write,
    /// Standard error.
    pub stderr: &'io mut dyn Write,
}

impl std::fmt::Debug for Streams<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Streams { .. }")
    }
}

/// `sys.getrecursionlimit()` at start-up.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;
/// `sys.get_int_max_str_digits()` at start-up (`_PY_LONG_DEFAULT_MAX_STR_DIGITS`).
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

macro_rules! names {
    ($($name:ident),* $(,)?) => {
        /// Interned identifiers the interpreter looks up by name (dunder methods, attributes).
        #[allow(non_snake_case)]
        #[derive(Debug)]
        pub struct Names {
            $( #[doc = stringify!($name)] pub $name: ObjRef, )*
        }

        impl Names {
            fn new(intern: &mut dyn FnMut(&str) -> ObjRef) -> Names {
                Names { $( $name: intern(stringify!($name)), )* }
            }
        }
    };
}

names! {
    __abs__, __add__, __aenter__, __aexit__, __aiter__, __and__, __anext__, __annotations__,
    __await__, __bool__, __build_class__, __builtins__, __call__, __class__, __class_getitem__,
    __classcell__, __complex__, __contains__, __del__, __delattr__, __delete__, __delitem__,
    __dict__, __dir__, __divmod__, __doc__, __enter__, __eq__, __exit__, __file__, __float__,
    __floordiv__, __format__, __ge__, __get__, __getattr__, __getattribute__, __getitem__,
    __gt__, __hash__, __iadd__, __iand__, __ifloordiv__, __ilshift__, __imatmul__, __imod__,
    __import__, __imul__, __index__, __init__, __init_subclass__, __instancecheck__, __int__,
    __invert__, __ior__, __ipow__, __irshift__, __isub__, __iter__, __itruediv__, __ixor__,
    __le__, __len__, __length_hint__, __lshift__, __lt__, __main__, __matmul__, __missing__,
    __mod__, __module__, __mro_entries__, __mul__, __name__, __ne__, __neg__, __new__, __next__,
    __or__, __orig_bases__, __pos__, __pow__, __prepare__, __qualname__, __radd__, __rand__,
    __rdivmod__, __repr__, __reversed__, __rfloordiv__, __rlshift__, __rmatmul__, __rmod__,
    __rmul__, __ror__, __round__, __rpow__, __rrshift__, __rshift__, __rsub__, __rtruediv__,
    __rxor__, __set__, __set_name__, __setattr__, __setitem__, __slots__, __spec__, __str__,
    __sub__, __subclasscheck__, __truediv__, __trunc__, __xor__, __weakref__, __package__,
    __loader__, __cached__, __self__, __func__, __wrapped__, __abstractmethods__,
    __isabstractmethod__, __notes__, __traceback__, __cause__, __context__,
    __suppress_context__, __ceil__, __floor__, __fspath__, __sizeof__, __reduce__,
    __reduce_ex__, __getstate__, __setstate__, __subclasshook__, __bytes__, __length__,
    __match_args__,
    append, close, encoding, end, file, flush, keys, items, values, send, sep, throw, write,
    mro, args, fileno, readline, get, copy, update, sort, reverse, key, default, strict, start,
    stop, step, real, imag, name, obj, msg, value, code, errno, strerror, filename, lineno,
    offset, text, print_file_and_line, exceptions, message, excepthook, stdout, stderr, stdin,
    argv, path, modules, builtins, sys,
}

/// The ints `Vm::new_int` hands out from its cache (CPython's `_PY_NSMALLNEGINTS` and
/// `_PY_NSMALLPOSINTS`): one shared object each, never a fresh or recycled one.
pub const SMALL_INTS: std::ops::RangeInclusive<i64> = -5..=256;

/// The interpreter.
pub struct Vm<'io> {
    /// The built-in types.
    pub types: Types,
    /// The built-in exception types.
    pub exc: ExcTypes,
    /// `None`.
    pub none: ObjRef,
    /// `True`.
    pub true_obj: ObjRef,
    /// `False`.
    pub false_obj: ObjRef,
    /// `NotImplemented`.
    pub not_implemented: ObjRef,
    /// `Ellipsis`.
    pub ellipsis: ObjRef,
    /// `()`.
    pub empty_tuple: ObjRef,
    /// `''`.
    pub empty_str: ObjRef,
    /// The cached ints -5..=256, as CPython shares them.
    small_ints: Vec<ObjRef>,
    /// One-character Latin-1 strings, shared as CPython shares them.
    latin1: Vec<ObjRef>,
    /// Interned identifiers.
    pub names: Names,
    interned: RefCell<HashMap<Box<[u8]>, ObjRef>>,
    /// The `builtins` module.
    pub builtins: ObjRef,
    /// The `sys` module.
    pub sys: ObjRef,
    /// Every imported module by name (`sys.modules`).
    pub modules: ObjRef,
    /// The exceptions being handled, innermost last (`_PyErr_StackItem` chain): each frame's
    /// `PUSH_EXC_INFO` replaces the top, a generator pushes its own item while it runs.
    pub(crate) exc_stack: RefCell<Vec<Option<ObjRef>>>,
    /// The running thread's current `contextvars` context (`tstate->context`), None until
    /// first asked for.
    pub(crate) context: RefCell<Option<ObjRef>>,
    /// Python frames plus counted native recursions now active.
    pub(crate) depth: Cell<usize>,
    /// `sys.getrecursionlimit()`.
    pub(crate) recursion_limit: Cell<usize>,
    /// `sys.get_int_max_str_digits()`.
    pub(crate) int_max_str_digits: Cell<usize>,
    /// `sys.flags.optimize` (`-O`, `-OO`): the level `compile()` and imports use by default.
    pub(crate) optimize: Cell<i32>,
    /// What `sys.settrace` and `sys.setprofile` were given (recorded, not called).
    pub(crate) trace_hooks: RefCell<[Option<ObjRef>; 2]>,
    /// The standard streams.
    pub(crate) streams: RefCell<Streams<'io>>,
    /// The executing Python frames, innermost last (see `eval::chain`).
    pub(crate) frames: RefCell<Vec<crate::eval::chain::Link>>,
    /// The instruction the innermost frame is running (each frame's link records its own
    /// when a frame above it starts).
    pub(crate) cur_lasti: Cell<usize>,
    /// Emptied argument vectors of finished `CALL`s (see `eval::frame`).
    pub(crate) args_pool: RefCell<Vec<Vec<ObjRef>>>,
    /// Allocations of finished frames, reused by the next calls (see `eval::frame`).
    pub(crate) frame_pool: RefCell<Vec<crate::eval::frame::PooledFrame>>,
    /// Dead floats and ints kept for reuse (see `object::freelist`).
    pub(crate) free_lists: crate::object::freelist::FreeLists,
    /// Objects whose `repr` is being computed (`Py_ReprEnter`), by address.
    pub(crate) repr_stack: RefCell<Vec<usize>>,
    /// The cycle collector's tracked objects.
    pub(crate) gc: RefCell<crate::object::gc::Tracker>,
    /// The types native modules create, by qualified name (`itertools._grouper`): made once,
    /// they stay the same objects for the interpreter's life, as CPython's static types do,
    /// however often their module is imported again.
    native_types: RefCell<HashMap<&'static str, ObjRef>>,
    /// What the `_io` fast paths need of the `_io` module last made (see `iomod::accel`).
    pub(crate) io_accel: RefCell<Option<Rc<crate::builtins::iomod::accel::State>>>,
}

impl std::fmt::Debug for Vm<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Vm { .. }")
    }
}

impl<'io> Vm<'io> {
    /// A fresh interpreter writing to `streams`, with `sys.argv` set to `argv`.
    pub fn new(streams: Streams<'io>, argv: &[String]) -> Vm<'io> {
        let types = Types::bootstrap();
        let exc = ExcTypes::bootstrap(&types);
        let plain = |t: &ObjRef| Obj::new(t.clone(), Payload::Plain);
        let none = plain(&types.none_type);
        let not_implemented = plain(&types.not_implemented_type);
        let ellipsis = plain(&types.ellipsis_type);
        let true_obj = Obj::new(types.bool.clone(), Payload::Int(Int::Small(1)));
        let false_obj = Obj::new(types.bool.clone(), Payload::Int(Int::Small(0)));
        let empty_tuple = Obj::new(types.tuple.clone(), Payload::Tuple(Box::new([])));
        let small_ints = SMALL_INTS
            .map(|i| Obj::new(types.int.clone(), Payload::Int(Int::Small(i))))
            .collect();
        let mut interned: HashMap<Box<[u8]>, ObjRef> = HashMap::new();
        let str_type = types.str.clone();
        let mut intern = |s: &str| -> ObjRef {
            interned
                .entry(s.as_bytes().into())
                .or_insert_with(|| Obj::new(str_type.clone(), Payload::Str(PyStr::from(s))))
                .clone()
        };
        let names = Names::new(&mut intern);
        let empty_str = intern("");
        let latin1 = (0u32..256)
            .map(|c| {
                let ch = char::from_u32(c).unwrap_or('\0');
                if c < 128 {
                    intern(ch.encode_utf8(&mut [0; 4]))
                } else {
                    Obj::new(types.str.clone(), Payload::Str(PyStr::from(ch)))
                }
            })
            .collect();
        let new_module = |name: &str| {
            let dict = Obj::new(
                types.dict.clone(),
                Payload::Dict(RefCell::new(DictTable::new())),
            );
            Obj::with_dict(types.module.clone(), dict, Payload::Plain).tap_name(name, &types.str)
        };
        let builtins = new_module("builtins");
        let sys = new_module("sys");
        let modules = Obj::new(
            types.dict.clone(),
            Payload::Dict(RefCell::new(DictTable::new())),
        );
        let vm = Vm {
            types,
            exc,
            none,
            true_obj,
            false_obj,
            not_implemented,
            ellipsis,
            empty_tuple,
            empty_str,
            small_ints,
            latin1,
            names,
            interned: RefCell::new(interned),
            builtins,
            sys,
            modules,
            exc_stack: RefCell::new(vec![None]),
            context: RefCell::new(None),
            depth: Cell::new(0),
            recursion_limit: Cell::new(DEFAULT_RECURSION_LIMIT),
            int_max_str_digits: Cell::new(DEFAULT_MAX_STR_DIGITS),
            optimize: Cell::new(0),
            trace_hooks: RefCell::new([None, None]),
            streams: RefCell::new(streams),
            frames: RefCell::new(Vec::new()),
            cur_lasti: Cell::new(0),
            frame_pool: RefCell::new(Vec::new()),
            args_pool: RefCell::new(Vec::new()),
            free_lists: Default::default(),
            repr_stack: RefCell::new(Vec::new()),
            gc: RefCell::new(crate::object::gc::Tracker::new()),
            native_types: RefCell::new(HashMap::new()),
            io_accel: RefCell::new(None),
        };
        vm.finish_bootstrap(argv);
        vm
    }

    /// Fills the built-in types' namespaces and the `builtins` and `sys` modules.
    fn finish_bootstrap(&self, argv: &[String]) {
        crate::types::init_all(self);
        crate::builtins::init(self);
        crate::sys::init(self, argv);
        let level = crate::sys::process_optimize();
        if level != 0 {
            crate::sys::set_optimize(self, level);
        }
    }
}

/// Sets a fresh module's `__name__` (and the other attributes every module starts with).
trait TapName {
    fn tap_name(self, name: &str, str_type: &ObjRef) -> Self;
}

impl TapName for ObjRef {
    fn tap_name(self, name: &str, str_type: &ObjRef) -> ObjRef {
        if let Some(d) = self.dict()
            && let Some(t) = d.as_dict()
        {
            let key = Obj::new(str_type.clone(), Payload::Str(PyStr::from("__name__")));
            let value = Obj::new(str_type.clone(), Payload::Str(PyStr::from(name)));
            let hash = key.as_str().map_or(0, |s| s.hash());
            t.borrow_mut().insert_new(hash, key, value);
        }
        self
    }
}

impl Vm<'_> {
    /// The native type `name`, made by `make` the first time it is asked for.
    pub fn native_type(&self, name: &'static str, make: impl FnOnce() -> ObjRef) -> ObjRef {
        if let Some(t) = self.native_types.borrow().get(name) {
            return t.clone();
        }
        let t = make();
        self.native_types.borrow_mut().insert(name, t.clone());
        t
    }

    /// The native type `name`, if it has been made.
    pub fn find_native_type(&self, name: &str) -> Option<ObjRef> {
        self.native_types.borrow().get(name).cloned()
    }

    /// The interned `str` object for `s` (`sys.intern`).
    pub fn intern(&self, s: &str) -> ObjRef {
        if let Some(o) = self.interned.borrow().get(s.as_bytes()) {
            return o.clone();
        }
        let o = Obj::new(self.types.str.clone(), Payload::Str(PyStr::from(s)));
        self.interned
            .borrow_mut()
            .insert(s.as_bytes().into(), o.clone());
        o
    }

    /// Interns an existing `str` object: returns the canonical object with its text.
    pub fn intern_obj(&self, s: &ObjRef) -> ObjRef {
        let Some(ps) = s.as_str() else {
            return s.clone();
        };
        if let Some(o) = self.interned.borrow().get(ps.as_bytes()) {
            return o.clone();
        }
        self.interned
            .borrow_mut()
            .insert(ps.as_bytes().into(), s.clone());
        s.clone()
    }

    /// An `int` from a machine integer (shared when -5..=256).
    #[inline]
    pub fn new_int(&self, i: i64) -> ObjRef {
        if SMALL_INTS.contains(&i) {
            return self.small_ints[(i + 5) as usize].clone();
        }
        self.new_word_int(i)
    }

    /// An `int` from an [`Int`].
    pub fn new_int_from(&self, i: Int) -> ObjRef {
        match i {
            Int::Small(s) => self.new_int(s),
            big => Obj::new(self.types.int.clone(), Payload::Int(big)),
        }
    }

    /// An `int` from a big integer.
    pub fn new_bigint(&self, b: BigInt) -> ObjRef {
        self.new_int_from(Int::from_bigint(b))
    }

    /// A `complex`.
    pub fn new_complex(&self, re: f64, im: f64) -> ObjRef {
        Obj::new(self.types.complex.clone(), Payload::Complex(re, im))
    }

    /// `True` or `False`.
    #[inline]
    pub fn new_bool(&self, b: bool) -> ObjRef {
        if b {
            self.true_obj.clone()
        } else {
            self.false_obj.clone()
        }
    }

    /// A `str` from Rust text.
    pub fn new_str(&self, s: impl Into<String>) -> ObjRef {
        let s: String = s.into();
        self.new_str_buf(PyStrBuf::from(s))
    }

    /// A `str` from a buffer (shared when empty or one Latin-1 character).
    pub fn new_str_buf(&self, buf: PyStrBuf) -> ObjRef {
        let bytes = buf.as_bytes();
        if bytes.is_empty() {
            return self.empty_str.clone();
        }
        if bytes.len() == 1 {
            return self.latin1[bytes[0] as usize].clone();
        }
        if bytes.len() == 2 && (bytes[0] == 0xC2 || bytes[0] == 0xC3) {
            let cp = (u32::from(bytes[0] & 0x1F) << 6) | u32::from(bytes[1] & 0x3F);
            return self.latin1[cp as usize].clone();
        }
        Obj::new(self.types.str.clone(), Payload::Str(PyStr::new(buf)))
    }

    /// A line number as `f_lineno`, `tb_lineno` and `co_lines()` give it: None for a negative
    /// one, which the location table uses for an instruction without a line.
    pub fn line_number(&self, line: i32) -> ObjRef {
        if line < 0 {
            self.none.clone()
        } else {
            self.new_int(i64::from(line))
        }
    }

    /// A new `str` object even for one character, as CPython's case maps make theirs
    /// (`PyUnicode_New` without `unicode_result`): only the empty string is shared.
    pub fn new_str_fresh(&self, buf: PyStrBuf) -> ObjRef {
        if buf.as_bytes().is_empty() {
            return self.empty_str.clone();
        }
        Obj::new(self.types.str.clone(), Payload::Str(PyStr::new(buf)))
    }

    /// The one-character string for code point `cp`.
    pub fn new_char(&self, cp: u32) -> ObjRef {
        if cp < 256 {
            return self.latin1[cp as usize].clone();
        }
        let mut buf = PyStrBuf::new();
        // Callers pass code points of existing strings or checked by chr().
        let _ = buf.push_code_point(cp);
        Obj::new(self.types.str.clone(), Payload::Str(PyStr::new(buf)))
    }

    /// A `bytes`.
    pub fn new_bytes(&self, b: Vec<u8>) -> ObjRef {
        Obj::new(
            self.types.bytes.clone(),
            Payload::Bytes(b.into_boxed_slice()),
        )
    }

    /// A `tuple` (the shared `()` when empty).
    pub fn new_tuple(&self, items: Vec<ObjRef>) -> ObjRef {
        // CPython tracks every new tuple and untracks, at its first collection, one that holds
        // nothing the collector tracks (`_PyTuple_MaybeUntrack`); deciding at creation gives
        // what that collection leaves, and a cycle through a tuple can be collected.
        let track = items.iter().any(|x| self.gc_is_tracked(x));
        let t = self.new_tuple_untracked(items);
        if track {
            self.gc_track(&t);
        }
        t
    }

    /// A tuple the cycle collector does not track: for an iterator's reused result tuple,
    /// which is refilled in place only while nothing else (the collector's list included)
    /// refers to it.
    pub fn new_tuple_untracked(&self, items: Vec<ObjRef>) -> ObjRef {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        Obj::new(
            self.types.tuple.clone(),
            Payload::Tuple(items.into_boxed_slice()),
        )
    }

    /// A `list`.
    pub fn new_list(&self, items: Vec<ObjRef>) -> ObjRef {
        let l = Obj::new(self.types.list.clone(), Payload::List(RefCell::new(items)));
        self.gc_track(&l);
        l
    }

    /// An empty `dict`.
    pub fn new_dict(&self) -> ObjRef {
        let d = Obj::new(
            self.types.dict.clone(),
            Payload::Dict(RefCell::new(DictTable::new())),
        );
        self.gc_track(&d);
        d
    }

    /// A `dict` from a table.
    pub fn new_dict_from(&self, table: DictTable) -> ObjRef {
        Obj::new(self.types.dict.clone(), Payload::Dict(RefCell::new(table)))
    }

    /// `type(obj).__name__`.
    pub fn type_name(&self, obj: &ObjRef) -> String {
        crate::object::typeobj::type_name(&obj.class())
    }

    /// How argument-parsing errors name an argument's type (`_PyArg_BadArgument`): `None` for
    /// None, else the type's name.
    pub fn arg_type_name(&self, obj: &ObjRef) -> String {
        if self.is_none(obj) {
            "None".into()
        } else {
            self.type_name(obj)
        }
    }

    /// A `str` object's text for messages (lone surrogates shown as U+FFFD); other objects give
    /// an empty string.
    pub fn str_lossy(&self, s: &ObjRef) -> String {
        match s.as_str() {
            Some(p) => p.to_string_lossy().into_owned(),
            None => String::new(),
        }
    }

    /// Whether `obj` is `None`.
    #[inline]
    pub fn is_none(&self, obj: &ObjRef) -> bool {
        Rc::ptr_eq(obj, &self.none)
    }

    /// The exception being handled (`sys.exc_info()[1]`): the innermost non-empty item of the
    /// handled-exception stack, as `_PyErr_GetTopmostException` finds it.
    pub fn current_exception(&self) -> Option<ObjRef> {
        self.exc_stack
            .borrow()
            .iter()
            .rev()
            .flatten()
            .next()
            .cloned()
    }

    /// Enters one level of counted recursion (`Py_EnterRecursiveCall`): fails with
    /// `RecursionError("maximum recursion depth exceeded" + where)` past the limit.
    #[inline]
    pub fn enter_recursion(&self, where_: &str) -> PyResult<()> {
        let d = self.depth.get();
        if d >= self.recursion_limit.get() {
            return Err(self.recursion_exceeded(where_));
        }
        self.depth.set(d + 1);
        Ok(())
    }

    /// The error of [`Vm::enter_recursion`], out of line so that the check inlines small.
    #[cold]
    #[inline(never)]
    fn recursion_exceeded(&self, where_: &str) -> PyErr {
        self.error(
            &self.exc.recursion_error,
            format!("maximum recursion depth exceeded{where_}"),
        )
    }

    /// Whether one more level fits under the recursion limit ([`Vm::enter_recursion`] would
    /// succeed).
    #[inline]
    pub(crate) fn recursion_room(&self) -> bool {
        self.depth.get() < self.recursion_limit.get()
    }

    /// Enters a level [`Vm::recursion_room`] said fits.
    #[inline]
    pub(crate) fn enter_recursion_unchecked(&self) {
        self.depth.set(self.depth.get() + 1);
    }

    /// Leaves a level entered with [`Vm::enter_recursion`].
    #[inline]
    pub fn leave_recursion(&self) {
        self.depth.set(self.depth.get().saturating_sub(1));
    }

    /// Runs `f` one counted recursion level deeper.
    pub fn with_recursion<T>(&self, where_: &str, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
        self.enter_recursion(where_)?;
        let r = f();
        self.leave_recursion();
        r
    }

    /// Writes text to standard output or error (`which` 1 or 2), ignoring I/O failures as
    /// CPython's final flush does.
    pub fn write_stream(&self, which: u8, text: &[u8]) -> std::io::Result<()> {
        let mut s = self.streams.borrow_mut();
        match which {
            2 => s.stderr.write_all(text),
            _ => s.stdout.write_all(text),
        }
    }

    /// Flushes standard output or error.
    pub fn flush_stream(&self, which: u8) -> std::io::Result<()> {
        let mut s = self.streams.borrow_mut();
        match which {
            2 => s.stderr.flush(),
            _ => s.stdout.flush(),
        }
    }

    /// Reads one line of standard input (with its newline; empty at end of file).
    pub fn read_line(&self) -> std::io::Result<Vec<u8>> {
        let mut s = self.streams.borrow_mut();
        let mut buf = Vec::new();
        s.stdin.read_until(b'\n', &mut buf)?;
        Ok(buf)
    }

    /// `Py_ReprEnter`: false when `obj`'s repr is already being computed (a cycle).
    pub fn repr_enter(&self, obj: &ObjRef) -> bool {
        let id = obj.id();
        let mut s = self.repr_stack.borrow_mut();
        if s.contains(&id) {
            return false;
        }
        s.push(id);
        true
    }

    /// `Py_ReprLeave`.
    pub fn repr_leave(&self, obj: &ObjRef) {
        let id = obj.id();
        let mut s = self.repr_stack.borrow_mut();
        if let Some(i) = s.iter().rposition(|x| *x == id) {
            s.remove(i);
        }
    }

    /// Wraps a Rust error that cannot happen with well-formed state into a `SystemError`.
    pub fn internal(&self, what: &str) -> PyErr {
        self.system_error(format!("krait internal error: {what}"))
    }
}
