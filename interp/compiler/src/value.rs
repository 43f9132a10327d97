//! The values a code object can hold and marshal can carry (`Value`), and `PyFloat`, compared by
//! bits. `PyStrBuf`, the representation of Python `str` that admits lone surrogates, lives in
//! `krait-syntax` (the parser's `str` constants need it too) and is re-exported here.

use num_bigint::BigInt;

pub use krait_syntax::pystr::{InvalidStrBytes, PyStrBuf};

use crate::code::CodeObject;

/// A Python `float`, compared and hashed by its bits: constants `0.0` and `-0.0` are different
/// values to the compiler and marshal (CPython keeps both in `co_consts`), and a NaN constant
/// equals itself, so a value tree can be compared with `==`.
#[derive(Clone, Copy, Debug)]
pub struct PyFloat(pub f64);

impl PartialEq for PyFloat {
    fn eq(&self, other: &PyFloat) -> bool {
        self.0.to_bits() == other.0.to_bits()
    }
}

impl Eq for PyFloat {}

impl std::hash::Hash for PyFloat {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.to_bits().hash(state);
    }
}

/// A value marshal can carry and `co_consts` can hold.
///
/// Marshal's `NULL` type code is not a value: it only ends a dict, and CPython rejects it
/// anywhere else ("NULL object in marshal data"). Containers keep marshal's order (dict items as
/// read, set elements as written, duplicates included), so a tree read and written back is the
/// same bytes' structure; sets are not deduplicated because the tree is not evaluated.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Value {
    /// `None`.
    None,
    /// `False`.
    False,
    /// `True`.
    True,
    /// The `StopIteration` class itself (marshal's `S`).
    StopIteration,
    /// `...`.
    Ellipsis,
    /// An `int` of any size.
    Int(BigInt),
    /// A `float`.
    Float(PyFloat),
    /// A `complex` (real, imaginary).
    Complex(PyFloat, PyFloat),
    /// A `bytes`.
    Bytes(Vec<u8>),
    /// A `str`; `interned` records whether it is (or is to be) interned, which marshal writes as
    /// a distinct type code and CPython's code objects rely on for names.
    Str {
        /// The text.
        value: PyStrBuf,
        /// Interned (`sys.intern`).
        interned: bool,
    },
    /// A `tuple`.
    Tuple(Vec<Value>),
    /// A `list`.
    List(Vec<Value>),
    /// A `dict`, items in order.
    Dict(Vec<(Value, Value)>),
    /// A `set`.
    Set(Vec<Value>),
    /// A `frozenset`.
    FrozenSet(Vec<Value>),
    /// A code object.
    Code(Box<CodeObject>),
}

impl Value {
    /// A non-interned `str` value.
    pub fn str(s: impl Into<PyStrBuf>) -> Value {
        Value::Str {
            value: s.into(),
            interned: false,
        }
    }

    /// An interned `str` value.
    pub fn interned(s: impl Into<PyStrBuf>) -> Value {
        Value::Str {
            value: s.into(),
            interned: true,
        }
    }

    /// An `int` value.
    pub fn int(i: impl Into<BigInt>) -> Value {
        Value::Int(i.into())
    }

    /// A `bool` value.
    pub fn bool(b: bool) -> Value {
        if b { Value::True } else { Value::False }
    }

    /// The Python type name (`type(v).__name__`), for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::False | Value::True => "bool",
            Value::StopIteration => "type",
            Value::Ellipsis => "ellipsis",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Complex(..) => "complex",
            Value::Bytes(_) => "bytes",
            Value::Str { .. } => "str",
            Value::Tuple(_) => "tuple",
            Value::List(_) => "list",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::Code(_) => "code",
        }
    }
}
