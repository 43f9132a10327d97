//! Reading marshal data: every type code CPython 3.11 reads, references in both directions of
//! use (flagged objects get their index when their type byte is read, before their contents, as
//! `r_ref_reserve` does), and code objects checked as `_PyCode_Validate` checks them.

use num_bigint::{BigInt, BigUint, Sign};

use super::types::*;
use super::{ErrorKind, MAX_DEPTH, MarshalError};
use crate::code::CodeObject;
use crate::value::{PyFloat, PyStrBuf, Value};

/// `marshal.loads(data)`: the first object in `data` (trailing bytes are ignored, as CPython
/// ignores them).
pub fn loads(data: &[u8]) -> Result<Value, MarshalError> {
    loads_prefix(data).map(|(value, _)| value)
}

/// The first object in `data` and the number of bytes it took (what `marshal.load` needs to
/// leave a file positioned after the object, as CPython's reader does).
pub fn loads_prefix(data: &[u8]) -> Result<(Value, usize), MarshalError> {
    let mut reader = Reader {
        data,
        pos: 0,
        refs: Vec::new(),
        depth: 0,
    };
    let value = reader.object("object")?;
    Ok((value, reader.pos))
}

/// Reads a code object (what a `.pyc` holds after its header).
pub fn load_code(data: &[u8]) -> Result<CodeObject, MarshalError> {
    match loads(data)? {
        Value::Code(code) => Ok(*code),
        other => Err(MarshalError::new(
            ErrorKind::Type,
            format!("expected a code object, got {}", other.type_name()),
            0,
        )),
    }
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    /// The reference list: None while a flagged container is still being read.
    refs: Vec<Option<Value>>,
    depth: usize,
}

impl Reader<'_> {
    fn err(&self, kind: ErrorKind, message: impl Into<String>) -> MarshalError {
        MarshalError::new(kind, message, self.pos)
    }

    fn bad(&self, what: &str) -> MarshalError {
        self.err(ErrorKind::Value, format!("bad marshal data ({what})"))
    }

    fn take(&mut self, n: usize) -> Result<&[u8], MarshalError> {
        if self.data.len() - self.pos < n {
            return Err(self.err(ErrorKind::Eof, "marshal data too short"));
        }
        let bytes = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(bytes)
    }

    fn byte(&mut self) -> Result<u8, MarshalError> {
        Ok(self.take(1)?[0])
    }

    fn long(&mut self) -> Result<i32, MarshalError> {
        let b = self.take(4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A 32-bit size field, rejected when negative (CPython's "... size out of range").
    fn size(&mut self, what: &str) -> Result<usize, MarshalError> {
        let n = self.long()?;
        usize::try_from(n).map_err(|_| self.bad(&format!("{what} size out of range")))
    }

    fn float_bin(&mut self) -> Result<PyFloat, MarshalError> {
        let b = self.take(8)?;
        let mut bits = [0u8; 8];
        bits.copy_from_slice(b);
        Ok(PyFloat(f64::from_le_bytes(bits)))
    }

    /// The text float of versions 0 and 1: a length byte and `repr`-like text.
    fn float_str(&mut self) -> Result<PyFloat, MarshalError> {
        let n = usize::from(self.byte()?);
        let text = self.take(n)?;
        std::str::from_utf8(text)
            .ok()
            .and_then(|t| parse_float_text(t.trim()))
            .map(PyFloat)
            .ok_or_else(|| self.err(ErrorKind::Value, "could not convert string to float"))
    }

    /// The next object; `context` names the container for CPython's NULL message.
    fn object(&mut self, context: &str) -> Result<Value, MarshalError> {
        match self.object_or_null()? {
            Some(v) => Ok(v),
            None => Err(self.err(
                ErrorKind::Type,
                format!("NULL object in marshal data for {context}"),
            )),
        }
    }

    fn object_or_null(&mut self) -> Result<Option<Value>, MarshalError> {
        let code = match self.byte() {
            Ok(code) => code,
            Err(e) => {
                return Err(MarshalError {
                    message: "EOF read where object expected".into(),
                    ..e
                });
            }
        };
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err(ErrorKind::Value, "recursion limit exceeded"));
        }
        let ty = code & !FLAG_REF;
        // CPython registers a flagged object of any type but the singletons and `r` itself;
        // the index is taken now, before any nested object, so that nested flagged objects
        // number after their container — the order CPython's writer assigned them in.
        let registers = !matches!(ty, NULL | NONE | FALSE | TRUE | STOPITER | ELLIPSIS | REF);
        let slot = (code & FLAG_REF != 0 && registers).then(|| {
            self.refs.push(None);
            self.refs.len() - 1
        });
        let value = self.typed(ty)?;
        if let (Some(slot), Some(v)) = (slot, &value) {
            self.refs[slot] = Some(v.clone());
        }
        self.depth -= 1;
        Ok(value)
    }

    fn typed(&mut self, ty: u8) -> Result<Option<Value>, MarshalError> {
        let value = match ty {
            NULL => return Ok(None),
            NONE => Value::None,
            FALSE => Value::False,
            TRUE => Value::True,
            STOPITER => Value::StopIteration,
            ELLIPSIS => Value::Ellipsis,
            INT => Value::Int(self.long()?.into()),
            INT64 => {
                let b = self.take(8)?;
                let mut bytes = [0u8; 8];
                bytes.copy_from_slice(b);
                Value::Int(i64::from_le_bytes(bytes).into())
            }
            LONG => Value::Int(self.py_long()?),
            FLOAT => Value::Float(self.float_str()?),
            BINARY_FLOAT => Value::Float(self.float_bin()?),
            COMPLEX => Value::Complex(self.float_str()?, self.float_str()?),
            BINARY_COMPLEX => Value::Complex(self.float_bin()?, self.float_bin()?),
            STRING => {
                let n = self.size("bytes object")?;
                Value::Bytes(self.take(n)?.to_vec())
            }
            UNICODE | INTERNED => {
                let n = self.size("string")?;
                let bytes = self.take(n)?.to_vec();
                let value = PyStrBuf::from_surrogatepass_utf8(bytes).map_err(|e| {
                    self.err(
                        ErrorKind::Value,
                        format!("invalid UTF-8 in string at {}", e.offset),
                    )
                })?;
                Value::Str {
                    value,
                    interned: ty == INTERNED,
                }
            }
            ASCII | ASCII_INTERNED => {
                let n = self.size("string")?;
                let value = PyStrBuf::from_latin1(self.take(n)?);
                Value::Str {
                    value,
                    interned: ty == ASCII_INTERNED,
                }
            }
            SHORT_ASCII | SHORT_ASCII_INTERNED => {
                let n = usize::from(self.byte()?);
                let value = PyStrBuf::from_latin1(self.take(n)?);
                Value::Str {
                    value,
                    interned: ty == SHORT_ASCII_INTERNED,
                }
            }
            TUPLE => {
                let n = self.size("tuple")?;
                Value::Tuple(self.items(n, "tuple")?)
            }
            SMALL_TUPLE => {
                let n = usize::from(self.byte()?);
                Value::Tuple(self.items(n, "tuple")?)
            }
            LIST => {
                let n = self.size("list")?;
                Value::List(self.items(n, "list")?)
            }
            DICT => Value::Dict(self.dict_items()?),
            SET | FROZENSET => {
                let n = self.size("set")?;
                let items = self.items(n, "set")?;
                if ty == SET {
                    Value::Set(items)
                } else {
                    Value::FrozenSet(items)
                }
            }
            CODE => Value::Code(Box::new(self.code()?)),
            REF => {
                let n = self.long()?;
                let found = usize::try_from(n).ok().and_then(|i| self.refs.get(i));
                match found {
                    Some(Some(v)) => v.clone(),
                    // A reference to a container still being read: a cycle, which a value tree
                    // cannot hold (CPython builds the cyclic object).
                    Some(None) => return Err(self.bad("recursive reference")),
                    None => return Err(self.bad("invalid reference")),
                }
            }
            _ => return Err(self.bad("unknown type code")),
        };
        Ok(Some(value))
    }

    fn items(&mut self, n: usize, context: &str) -> Result<Vec<Value>, MarshalError> {
        // Capacity bounded by the remaining input so a corrupt size cannot exhaust memory.
        let mut items = Vec::with_capacity(n.min(self.data.len() - self.pos));
        for _ in 0..n {
            items.push(self.object(context)?);
        }
        Ok(items)
    }

    fn dict_items(&mut self) -> Result<Vec<(Value, Value)>, MarshalError> {
        let mut items = Vec::new();
        // CPython stops at the first NULL key, and also (silently) at a NULL value.
        while let Some(key) = self.object_or_null()? {
            match self.object_or_null()? {
                Some(value) => items.push((key, value)),
                None => break,
            }
        }
        Ok(items)
    }

    /// `TYPE_LONG`: signed digit count, then base-2**15 digits, least significant first.
    fn py_long(&mut self) -> Result<BigInt, MarshalError> {
        let n = self.long()?;
        if n == i32::MIN {
            return Err(self.bad("long size out of range"));
        }
        let count = n.unsigned_abs() as usize;
        let mut digits = Vec::with_capacity(count.min(self.data.len()));
        for _ in 0..count {
            let b = self.take(2)?;
            let d = u16::from_le_bytes([b[0], b[1]]);
            if d >= 1 << 15 {
                return Err(self.bad("digit out of range in long"));
            }
            digits.push(d);
        }
        if digits.last() == Some(&0) {
            return Err(self.bad("unnormalized long data"));
        }
        let magnitude = digits_to_biguint(&digits);
        let sign = if n < 0 { Sign::Minus } else { Sign::Plus };
        Ok(BigInt::from_biguint(sign, magnitude))
    }

    fn code(&mut self) -> Result<CodeObject, MarshalError> {
        let argcount = self.long()?;
        let posonlyargcount = self.long()?;
        let kwonlyargcount = self.long()?;
        let stacksize = self.long()?;
        // The flags field is a C int; the bits are what matter.
        let flags = self.long()? as u32;
        let code = self.object("object")?;
        let consts = self.object("object")?;
        let names = self.object("object")?;
        let localsplusnames = self.object("object")?;
        let localspluskinds = self.object("object")?;
        let filename = self.object("object")?;
        let name = self.object("object")?;
        let qualname = self.object("object")?;
        let firstlineno = self.long()?;
        let linetable = self.object("object")?;
        let exceptiontable = self.object("object")?;
        let shape = || {
            self.err(
                ErrorKind::Value,
                "code: bad argument (field of the wrong type)",
            )
        };
        let code = CodeObject {
            argcount,
            posonlyargcount,
            kwonlyargcount,
            stacksize,
            flags,
            code: as_bytes(code).ok_or_else(shape)?,
            consts: as_tuple(consts).ok_or_else(shape)?,
            names: as_str_tuple(names).ok_or_else(shape)?,
            localsplusnames: as_str_tuple(localsplusnames).ok_or_else(shape)?,
            localspluskinds: as_bytes(localspluskinds).ok_or_else(shape)?,
            filename: as_str(filename).ok_or_else(shape)?,
            name: as_str(name).ok_or_else(shape)?,
            qualname: as_str(qualname).ok_or_else(shape)?,
            firstlineno,
            linetable: as_bytes(linetable).ok_or_else(shape)?,
            exceptiontable: as_bytes(exceptiontable).ok_or_else(shape)?,
        };
        validate(&code).map_err(|m| self.err(ErrorKind::Value, m))?;
        Ok(code)
    }
}

/// The checks of `_PyCode_Validate` that concern the marshalled fields.
fn validate(code: &CodeObject) -> Result<(), &'static str> {
    if code.argcount < code.posonlyargcount
        || code.posonlyargcount < 0
        || code.kwonlyargcount < 0
        || code.stacksize < 0
        || code.localsplusnames.len() != code.localspluskinds.len()
        || code.code.len() & 1 != 0
    {
        return Err("code: bad argument");
    }
    let nlocals = code.nlocals();
    let args = code.argcount as usize
        + code.kwonlyargcount as usize
        + usize::from(code.flags & crate::code::flags::CO_VARARGS != 0)
        + usize::from(code.flags & crate::code::flags::CO_VARKEYWORDS != 0);
    if nlocals < args {
        return Err("code: co_varnames is too small");
    }
    Ok(())
}

fn as_bytes(v: Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b),
        _ => None,
    }
}

fn as_tuple(v: Value) -> Option<Vec<Value>> {
    match v {
        Value::Tuple(items) => Some(items),
        _ => None,
    }
}

fn as_str(v: Value) -> Option<PyStrBuf> {
    match v {
        Value::Str { value, .. } => Some(value),
        _ => None,
    }
}

fn as_str_tuple(v: Value) -> Option<Vec<PyStrBuf>> {
    as_tuple(v)?.into_iter().map(as_str).collect()
}

/// Base-2**15 digits (least significant first) to a magnitude.
pub(super) fn digits_to_biguint(digits: &[u16]) -> BigUint {
    let mut bytes = Vec::with_capacity(digits.len() * 15 / 8 + 1);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &d in digits {
        acc |= u32::from(d) << bits;
        bits += 15;
        while bits >= 8 {
            bytes.push((acc & 0xFF) as u8);
            acc >>= 8;
            bits -= 8;
        }
    }
    if bits > 0 {
        bytes.push((acc & 0xFF) as u8);
    }
    BigUint::from_bytes_le(&bytes)
}

/// `PyOS_string_to_double` on the texts old marshal versions wrote (`repr` of a float, or
/// `inf`/`nan` spelled as CPython spells them).
fn parse_float_text(text: &str) -> Option<f64> {
    let lower = text.to_ascii_lowercase();
    let (neg, body) = match lower.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    let magnitude = match body {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ if body
            .bytes()
            .all(|b| b.is_ascii_digit() || b".e+-".contains(&b)) =>
        {
            body.parse().ok()?
        }
        _ => return None,
    };
    Some(if neg { -magnitude } else { magnitude })
}
