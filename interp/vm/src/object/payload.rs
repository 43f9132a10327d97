//! `Payload`: the state of each built-in layout (`int`, `str`, `list`, function, type, ...). The
//! interpreter dispatches on it directly for built-in types; a subclass of a built-in type keeps
//! its base's payload and adds a heap type (and usually an instance `__dict__`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::ObjRef;
use super::native::{Builtin, GetSet, MethodDescr};
use super::slots::SlotWrapper;
use super::typeobj::TypeData;
use crate::eval::code::Code;
use crate::types::descriptors::Property;
use crate::types::dict_table::DictTable;
use crate::types::exception::ExcData;
use crate::types::function::{Function, Method};
use crate::types::generator::Generator;
use crate::types::int::Int;
use crate::types::iter::NativeIter;
use crate::types::misc::{Slice, Super};
use crate::types::range::Range;
use crate::types::set_table::SetTable;
use crate::types::str::PyStr;
use crate::types::traceback::Traceback;
use crate::types::type_new::Member;

/// The built-in layout of an object.
pub enum Payload {
    /// No built-in state: `object()`, `None`, `NotImplemented`, `Ellipsis`, modules and plain
    /// instances of classes (whose state is their `__dict__`).
    Plain,
    /// `int` and `bool`.
    Int(Int),
    /// `float`.
    Float(f64),
    /// `complex` (real, imaginary).
    Complex(f64, f64),
    /// `str`.
    Str(PyStr),
    /// `bytes`.
    Bytes(Box<[u8]>),
    /// `bytearray`.
    ByteArray(Box<crate::types::memoryview::ByteArrayData>),
    /// `memoryview`.
    MemoryView(Box<crate::types::memoryview::MemoryView>),
    /// `tuple`.
    Tuple(Box<[ObjRef]>),
    /// `list`.
    List(RefCell<Vec<ObjRef>>),
    /// `dict`.
    Dict(RefCell<DictTable>),
    /// `set`.
    Set(Box<RefCell<SetTable>>),
    /// `frozenset`, with its hash once computed (-1 before).
    FrozenSet(Box<(SetTable, Cell<i64>)>),
    /// `range`.
    Range(Box<Range>),
    /// `slice`.
    Slice(Box<Slice>),
    /// A type object.
    Type(Box<TypeData>),
    /// A Python function.
    Function(Box<Function>),
    /// A bound method.
    Method(Box<Method>),
    /// A built-in function or a built-in method bound to its object.
    Builtin(Box<Builtin>),
    /// A method of a built-in type, as found in its `__dict__` (`method_descriptor`).
    MethodDescr(Box<MethodDescr>),
    /// A computed attribute of a built-in type (`getset_descriptor`).
    GetSet(Box<GetSet>),
    /// A built-in type's dunder (`wrapper_descriptor`), made from one of its slots.
    SlotWrapper(Box<SlotWrapper>),
    /// A code object.
    Code(Rc<Code>),
    /// A cell (a variable captured by an inner function); empty when unbound.
    Cell(RefCell<Option<ObjRef>>),
    /// A generator, coroutine or async generator.
    Generator(Box<Generator>),
    /// An exception instance.
    Exception(Box<ExcData>),
    /// A traceback entry.
    Traceback(Box<Traceback>),
    /// `types.GenericAlias` or `types.UnionType`.
    Alias(Box<crate::types::alias::Alias>),
    /// `weakref.ref`.
    WeakRef(Box<crate::types::weakref::WeakRef>),
    /// An `itertools` iterator.
    Itertool(Box<crate::builtins::itertools::Tool>),
    /// A compiled pattern, match or scanner of `_sre`.
    Sre(Box<crate::builtins::sre::SreObj>),
    /// A frame object.
    Frame(Box<crate::types::frame::FrameObject>),
    /// The helper objects of async generators and coroutines.
    Async(Box<crate::types::async_gen::AsyncHelper>),
    /// `property`.
    Property(Box<Property>),
    /// `classmethod(f)`.
    ClassMethod(ObjRef),
    /// `staticmethod(f)`.
    StaticMethod(ObjRef),
    /// `super(type, obj)`.
    Super(Box<Super>),
    /// A built-in iterator (list, tuple, range, dict, set, str iterators, `enumerate`, `zip`,
    /// `map`, `filter`, `reversed`, ...).
    Iter(Box<RefCell<NativeIter>>),
    /// `mappingproxy` over a type's namespace or a mapping.
    MappingProxy(ObjRef),
    /// `sys.stdout` / `sys.stderr` / `sys.stdin` (1, 2, 0).
    Stream(u8),
    /// A plain instance of a class with `__slots__`: the slot values.
    Slots(RefCell<Vec<Option<ObjRef>>>),
    /// A plain instance of a class whose instances have a `__dict__`: its attributes, indexed
    /// by the class's shared keys, while no dict object was made (see [`super::values`]).
    Values(super::values::Values),
    /// A `__slots__` member descriptor.
    Member(Box<Member>),
    /// An object of a type a native module defines (`_collections.deque`, `_functools.partial`,
    /// ...): the module owns the state's layout.
    Native(Box<dyn NativeData>),
}

/// The state of an object of a native module's type: the module downcasts it, and the cycle
/// collector visits and clears its references through it (`tp_traverse`, `tp_clear`).
pub trait NativeData: std::any::Any {
    /// Calls `f` on every object the state refers to.
    fn traverse(&self, f: &mut dyn FnMut(&ObjRef));
    /// Drops the references the state holds (called on garbage cycles only).
    fn clear(&self) {}
    /// The state as `Any`, for downcasting.
    fn as_any(&self) -> &dyn std::any::Any;
    /// Whether objects holding this state can be weakly referenced (their C type has a
    /// weak-reference list, as `partial` and `_lru_cache_wrapper` do).
    fn weakrefable(&self) -> bool {
        false
    }
    /// The bytes the state exports through the buffer protocol (`array.array`'s items), copied;
    /// None for states that export no buffer.
    fn buffer(&self) -> Option<Vec<u8>> {
        let mut copy = None;
        self.read_buffer(&mut |b| copy = Some(b.to_vec()));
        copy
    }
    /// The `struct` format character and item size of the exported buffer, for `memoryview`;
    /// None for states that export no buffer.
    fn buffer_format(&self) -> Option<(char, usize)> {
        None
    }
    /// Runs `f` on the exported bytes without copying them; false when there are none (or
    /// they cannot be read now).
    fn read_buffer(&self, _f: &mut dyn FnMut(&[u8])) -> bool {
        false
    }
    /// Counts a buffer export starting (`delta` 1) or ending (-1): an exporter refuses to
    /// resize while any is alive.
    fn export(&self, _delta: isize) {}
    /// Overwrites exported bytes from `at` on (a writable buffer such as `struct.pack_into`
    /// fills); false when the state exports no writable buffer or the range does not fit.
    fn write_buffer(&self, _at: usize, _data: &[u8]) -> bool {
        false
    }
}

impl std::fmt::Debug for Payload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.kind_name())
    }
}

impl Payload {
    /// The variant's name, for debugging output.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Payload::Plain => "plain",
            Payload::Int(_) => "int",
            Payload::Float(_) => "float",
            Payload::Complex(..) => "complex",
            Payload::Str(_) => "str",
            Payload::Bytes(_) => "bytes",
            Payload::ByteArray(_) => "bytearray",
            Payload::MemoryView(_) => "memoryview",
            Payload::Tuple(_) => "tuple",
            Payload::List(_) => "list",
            Payload::Dict(_) => "dict",
            Payload::Set(_) => "set",
            Payload::FrozenSet(..) => "frozenset",
            Payload::Range(_) => "range",
            Payload::Slice(_) => "slice",
            Payload::Type(_) => "type",
            Payload::Function(_) => "function",
            Payload::Method(_) => "method",
            Payload::Builtin(_) => "builtin",
            Payload::MethodDescr(_) => "method_descriptor",
            Payload::GetSet(_) => "getset_descriptor",
            Payload::SlotWrapper(_) => "wrapper_descriptor",
            Payload::Code(_) => "code",
            Payload::Cell(_) => "cell",
            Payload::Generator(_) => "generator",
            Payload::Exception(_) => "exception",
            Payload::Traceback(_) => "traceback",
            Payload::Frame(_) => "frame",
            Payload::WeakRef(_) => "weakref",
            Payload::Itertool(_) => "itertools",
            Payload::Sre(_) => "_sre",
            Payload::Alias(_) => "alias",
            Payload::Async(_) => "async helper",
            Payload::Property(_) => "property",
            Payload::ClassMethod(_) => "classmethod",
            Payload::StaticMethod(_) => "staticmethod",
            Payload::Super(_) => "super",
            Payload::Iter(_) => "iterator",
            Payload::MappingProxy(_) => "mappingproxy",
            Payload::Stream(_) => "stream",
            Payload::Slots(_) => "slots",
            Payload::Values(_) => "values",
            Payload::Member(_) => "member_descriptor",
            Payload::Native(_) => "native",
        }
    }
}

impl super::Obj {
    /// The `int` (or `bool`) value.
    #[inline]
    pub fn as_int(&self) -> Option<&Int> {
        match &self.payload {
            Payload::Int(i) => Some(i),
            _ => None,
        }
    }

    /// The `float` value.
    #[inline]
    pub fn as_float(&self) -> Option<f64> {
        match self.payload {
            Payload::Float(f) => Some(f),
            _ => None,
        }
    }

    /// The `str` value.
    #[inline]
    /// The state of a native module's object, if it is a `T` (`Payload::Native` downcast).
    pub fn native<T: 'static>(&self) -> Option<&T> {
        match &self.payload {
            Payload::Native(n) => n.as_any().downcast_ref::<T>(),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&PyStr> {
        match &self.payload {
            Payload::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The items of a `tuple`.
    #[inline]
    pub fn as_tuple(&self) -> Option<&[ObjRef]> {
        match &self.payload {
            Payload::Tuple(t) => Some(t),
            _ => None,
        }
    }

    /// The items of a `list`.
    #[inline]
    pub fn as_list(&self) -> Option<&RefCell<Vec<ObjRef>>> {
        match &self.payload {
            Payload::List(l) => Some(l),
            _ => None,
        }
    }

    /// The table of a `dict`.
    #[inline]
    pub fn as_dict(&self) -> Option<&RefCell<DictTable>> {
        match &self.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }

    /// The type data of a type object.
    #[inline]
    pub fn as_type(&self) -> Option<&TypeData> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }

    /// The bytes of a `bytes`.
    #[inline]
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match &self.payload {
            Payload::Bytes(b) => Some(b),
            _ => None,
        }
    }

    /// The code of a code object.
    #[inline]
    pub fn as_code(&self) -> Option<&Rc<Code>> {
        match &self.payload {
            Payload::Code(c) => Some(c),
            _ => None,
        }
    }

    /// The state of an exception instance.
    #[inline]
    pub fn as_exception(&self) -> Option<&ExcData> {
        match &self.payload {
            Payload::Exception(e) => Some(e),
            _ => None,
        }
    }

    /// The function data of a Python function.
    #[inline]
    pub fn as_function(&self) -> Option<&Function> {
        match &self.payload {
            Payload::Function(f) => Some(f),
            _ => None,
        }
    }
}
