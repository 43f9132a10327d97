//! `Constant.value`: the Python values a literal (or, after the compiler's folding, a tuple or frozenset
//! of literals) can have, and their `repr`.

use num_bigint::BigInt;

use super::dump::{Dump, Dumper, Field};
use super::repr::{repr_bytes, repr_complex, repr_float, repr_pystr};
use crate::pystr::PyStrBuf;

/// The value of an `ast.Constant` (and of `MatchSingleton.value`).
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// `None`
    None,
    /// `True` / `False`
    Bool(bool),
    /// `...`
    Ellipsis,
    /// An int of any size.
    Int(BigInt),
    /// A float.
    Float(f64),
    /// A complex number (an imaginary literal is `Complex { real: 0.0, imag }`).
    Complex {
        /// The real part.
        real: f64,
        /// The imaginary part.
        imag: f64,
    },
    /// A str; it may hold lone surrogates (`'\ud800'`).
    Str(PyStrBuf),
    /// A bytes object.
    Bytes(Vec<u8>),
    /// A tuple of constants (only produced by constant folding).
    Tuple(Vec<Constant>),
    /// A frozenset of constants, in insertion order (only produced by constant folding).
    FrozenSet(Vec<Constant>),
}

impl Constant {
    /// Python's `repr()` of the value, as `ast.dump` writes it.
    pub fn repr(&self) -> String {
        match self {
            Constant::None => "None".to_owned(),
            Constant::Bool(true) => "True".to_owned(),
            Constant::Bool(false) => "False".to_owned(),
            Constant::Ellipsis => "Ellipsis".to_owned(),
            Constant::Int(value) => value.to_string(),
            Constant::Float(value) => repr_float(*value),
            Constant::Complex { real, imag } => repr_complex(*real, *imag),
            Constant::Str(value) => repr_pystr(value),
            Constant::Bytes(value) => repr_bytes(value),
            Constant::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(Constant::repr).collect();
                // A one-element tuple keeps its trailing comma: `(1,)`.
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Constant::FrozenSet(items) if items.is_empty() => "frozenset()".to_owned(),
            Constant::FrozenSet(items) => {
                let parts: Vec<String> = items.iter().map(Constant::repr).collect();
                format!("frozenset({{{}}})", parts.join(", "))
            }
        }
    }
}

impl Dump for Constant {
    fn dump(&self, _d: &Dumper<'_>, _level: usize) -> (String, bool) {
        (self.repr(), true)
    }
}

impl Field for Constant {
    const OPTIONAL: bool = false;
}
