//! Writing marshal format version 4 as CPython 3.11 lays it out, with a deterministic reference
//! policy in place of CPython's reference counts.
//!
//! CPython's writer (`w_ref`) flags every object whose reference count exceeds one and every
//! interned string, and writes a `r` back-reference when it meets the same object again. Reference
//! counts do not exist here, so krait flags exactly the values whose identity Python programs
//! cannot observe to differ — every `str` (keyed by text and interning), the small ints
//! -5..=256 that CPython caches, and the empty tuple, bytes and frozenset — and writes a back-
//! reference for each later equal value. Everything else is written in full where it occurs.
//! The result is loadable by CPython and depends only on the value tree; its bytes can differ
//! from CPython's (which is why comparisons are done on loaded structures, never on bytes).

use std::collections::HashMap;

use num_bigint::{BigInt, Sign};

use super::types::*;
use super::{ErrorKind, MAX_DEPTH, MarshalError};
use crate::code::CodeObject;
use crate::value::{PyStrBuf, Value};

/// `marshal.dumps(value)` (version 4, krait's reference policy).
pub fn dumps(value: &Value) -> Result<Vec<u8>, MarshalError> {
    let mut writer = Writer::default();
    writer.object(value)?;
    Ok(writer.out)
}

/// A set's items in the order 3.11's marshal writes them for reproducible output (bpo-37596):
/// sorted by each item's own standalone marshal bytes.
fn sorted_for_marshal(items: &[Value]) -> Result<Vec<Value>, MarshalError> {
    let mut keyed = items
        .iter()
        .map(|item| Ok((dumps(item)?, item)))
        .collect::<Result<Vec<_>, MarshalError>>()?;
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(keyed.into_iter().map(|(_, item)| item.clone()).collect())
}

/// `marshal.dumps(code)`: what a `.pyc` holds after its header.
pub fn dump_code(code: &CodeObject) -> Result<Vec<u8>, MarshalError> {
    let mut writer = Writer::default();
    writer.code(code)?;
    Ok(writer.out)
}

/// A value that may be shared through a reference: equal keys are interchangeable objects.
#[derive(Clone, PartialEq, Eq, Hash)]
enum ShareKey {
    Str(Vec<u8>, bool),
    SmallInt(i32),
    EmptyTuple,
    EmptyBytes,
    EmptyFrozenSet,
}

#[derive(Default)]
struct Writer {
    out: Vec<u8>,
    refs: HashMap<ShareKey, i32>,
    depth: usize,
}

impl Writer {
    /// Writes the type byte, or a back-reference and returns false if `key` was written before.
    fn begin(&mut self, ty: u8, key: Option<ShareKey>) -> Result<bool, MarshalError> {
        let Some(key) = key else {
            self.out.push(ty);
            return Ok(true);
        };
        if let Some(&index) = self.refs.get(&key) {
            self.out.push(REF);
            self.long(index);
            return Ok(false);
        }
        let index = i32::try_from(self.refs.len())
            .map_err(|_| MarshalError::new(ErrorKind::Value, "too many objects", 0))?;
        self.refs.insert(key, index);
        self.out.push(ty | FLAG_REF);
        Ok(true)
    }

    fn long(&mut self, n: i32) {
        self.out.extend_from_slice(&n.to_le_bytes());
    }

    fn size(&mut self, n: usize) -> Result<(), MarshalError> {
        // CPython refuses sizes beyond a signed 32-bit field ("unmarshallable object").
        let n = i32::try_from(n)
            .map_err(|_| MarshalError::new(ErrorKind::Value, "unmarshallable object", 0))?;
        self.long(n);
        Ok(())
    }

    fn object(&mut self, value: &Value) -> Result<(), MarshalError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(MarshalError::new(
                ErrorKind::Value,
                "object too deeply nested to marshal",
                0,
            ));
        }
        self.object_body(value)?;
        self.depth -= 1;
        Ok(())
    }

    fn object_body(&mut self, value: &Value) -> Result<(), MarshalError> {
        match value {
            Value::None => self.out.push(NONE),
            Value::False => self.out.push(FALSE),
            Value::True => self.out.push(TRUE),
            Value::StopIteration => self.out.push(STOPITER),
            Value::Ellipsis => self.out.push(ELLIPSIS),
            Value::Int(i) => self.int(i)?,
            Value::Float(f) => {
                self.out.push(BINARY_FLOAT);
                self.out.extend_from_slice(&f.0.to_le_bytes());
            }
            Value::Complex(re, im) => {
                self.out.push(BINARY_COMPLEX);
                self.out.extend_from_slice(&re.0.to_le_bytes());
                self.out.extend_from_slice(&im.0.to_le_bytes());
            }
            Value::Bytes(b) => {
                let key = b.is_empty().then_some(ShareKey::EmptyBytes);
                if self.begin(STRING, key)? {
                    self.size(b.len())?;
                    self.out.extend_from_slice(b);
                }
            }
            Value::Str { value, interned } => self.str(value, *interned)?,
            Value::Tuple(items) => {
                let key = items.is_empty().then_some(ShareKey::EmptyTuple);
                let short = items.len() < 256;
                if self.begin(if short { SMALL_TUPLE } else { TUPLE }, key)? {
                    self.sized_items(items, short)?;
                }
            }
            Value::List(items) => {
                self.out.push(LIST);
                self.sized_items(items, false)?;
            }
            Value::Dict(items) => {
                self.out.push(DICT);
                for (k, v) in items {
                    self.object(k)?;
                    self.object(v)?;
                }
                self.out.push(NULL);
            }
            Value::Set(items) => {
                self.out.push(SET);
                self.sized_items(&sorted_for_marshal(items)?, false)?;
            }
            Value::FrozenSet(items) => {
                let key = items.is_empty().then_some(ShareKey::EmptyFrozenSet);
                if self.begin(FROZENSET, key)? {
                    self.sized_items(&sorted_for_marshal(items)?, false)?;
                }
            }
            Value::Code(code) => self.code(code)?,
        }
        Ok(())
    }

    fn sized_items(&mut self, items: &[Value], short: bool) -> Result<(), MarshalError> {
        match u8::try_from(items.len()) {
            Ok(n) if short => self.out.push(n),
            _ => self.size(items.len())?,
        }
        items.iter().try_for_each(|item| self.object(item))
    }

    /// `str`: the ASCII types when every code point is ASCII (short form under 256), otherwise
    /// UTF-8 with surrogatepass — which is `PyStrBuf`'s own representation.
    fn str(&mut self, s: &PyStrBuf, interned: bool) -> Result<(), MarshalError> {
        let bytes = s.as_bytes();
        let key = Some(ShareKey::Str(bytes.to_vec(), interned));
        let ty = match (s.is_ascii(), bytes.len() < 256, interned) {
            (true, true, false) => SHORT_ASCII,
            (true, true, true) => SHORT_ASCII_INTERNED,
            (true, false, false) => ASCII,
            (true, false, true) => ASCII_INTERNED,
            (false, _, false) => UNICODE,
            (false, _, true) => INTERNED,
        };
        if self.begin(ty, key)? {
            if ty == SHORT_ASCII || ty == SHORT_ASCII_INTERNED {
                // Fits: checked above.
                self.out.push(bytes.len() as u8);
            } else {
                self.size(bytes.len())?;
            }
            self.out.extend_from_slice(bytes);
        }
        Ok(())
    }

    /// `int`: `TYPE_INT` when it fits a signed 32-bit field, otherwise `TYPE_LONG`.
    fn int(&mut self, i: &BigInt) -> Result<(), MarshalError> {
        if let Ok(small) = i32::try_from(i) {
            let key = (-5..=256)
                .contains(&small)
                .then_some(ShareKey::SmallInt(small));
            if self.begin(INT, key)? {
                self.long(small);
            }
            return Ok(());
        }
        self.out.push(LONG);
        let digits = to_digits(i);
        let count = i32::try_from(digits.len())
            .map_err(|_| MarshalError::new(ErrorKind::Value, "unmarshallable object", 0))?;
        self.long(if i.sign() == Sign::Minus {
            -count
        } else {
            count
        });
        for d in digits {
            self.out.extend_from_slice(&d.to_le_bytes());
        }
        Ok(())
    }

    fn code(&mut self, code: &CodeObject) -> Result<(), MarshalError> {
        self.depth += 1;
        self.out.push(CODE);
        self.long(code.argcount);
        self.long(code.posonlyargcount);
        self.long(code.kwonlyargcount);
        self.long(code.stacksize);
        // The flags field is a C int; the bits are what matter.
        self.long(code.flags as i32);
        self.object(&Value::Bytes(code.code.clone()))?;
        self.tuple_of(&code.consts)?;
        // Names are interned by CPython's code constructor, so they are written interned as
        // CPython writes them.
        self.names(&code.names)?;
        self.names(&code.localsplusnames)?;
        self.object(&Value::Bytes(code.localspluskinds.clone()))?;
        self.str(&code.filename, false)?;
        self.str(&code.name, true)?;
        self.str(&code.qualname, true)?;
        self.long(code.firstlineno);
        self.object(&Value::Bytes(code.linetable.clone()))?;
        self.object(&Value::Bytes(code.exceptiontable.clone()))?;
        self.depth -= 1;
        Ok(())
    }

    fn tuple_of(&mut self, items: &[Value]) -> Result<(), MarshalError> {
        let key = items.is_empty().then_some(ShareKey::EmptyTuple);
        let short = items.len() < 256;
        if self.begin(if short { SMALL_TUPLE } else { TUPLE }, key)? {
            self.sized_items(items, short)?;
        }
        Ok(())
    }

    fn names(&mut self, names: &[PyStrBuf]) -> Result<(), MarshalError> {
        let key = names.is_empty().then_some(ShareKey::EmptyTuple);
        let short = names.len() < 256;
        if self.begin(if short { SMALL_TUPLE } else { TUPLE }, key)? {
            match u8::try_from(names.len()) {
                Ok(n) if short => self.out.push(n),
                _ => self.size(names.len())?,
            }
            for name in names {
                self.str(name, true)?;
            }
        }
        Ok(())
    }
}

/// The magnitude of `i` in base-2**15 digits, least significant first (CPython's `PyLong`
/// layout with 15-bit marshal digits).
fn to_digits(i: &BigInt) -> Vec<u16> {
    let bytes = i.magnitude().to_bytes_le();
    let mut digits = Vec::with_capacity(bytes.len() * 8 / 15 + 1);
    let (mut acc, mut bits) = (0u32, 0u32);
    for b in bytes {
        acc |= u32::from(b) << bits;
        bits += 8;
        if bits >= 15 {
            digits.push((acc & 0x7FFF) as u16);
            acc >>= 15;
            bits -= 15;
        }
    }
    if acc != 0 {
        digits.push(acc as u16);
    }
    while digits.last() == Some(&0) {
        digits.pop();
    }
    digits
}

#[cfg(test)]
mod tests {
    use super::super::{loads, read::digits_to_biguint};
    use super::*;
    use crate::value::PyFloat;

    #[test]
    fn flagged_singletons_take_no_reference_index() {
        // (None|FLAG, 'a' interned|FLAG, r0): CPython registers only the string, so r0 is 'a'.
        let data = b")\x03\xCE\xDA\x01ar\x00\x00\x00\x00";
        let a = Value::interned("a");
        assert_eq!(
            loads(data).unwrap(),
            Value::Tuple(vec![Value::None, a.clone(), a])
        );
    }

    #[test]
    fn digits_round_trip() {
        for text in [
            "0",
            "1",
            "32767",
            "32768",
            "-1073741824",
            "123456789012345678901234567890",
        ] {
            let i: BigInt = text.parse().unwrap();
            let digits = to_digits(&i);
            assert!(digits.iter().all(|&d| d < 1 << 15));
            assert_eq!(&digits_to_biguint(&digits), i.magnitude());
        }
    }

    #[test]
    fn values_round_trip() {
        let v = Value::Tuple(vec![
            Value::int(7),
            Value::int(7),
            Value::Int("-99999999999999999999".parse().unwrap()),
            Value::Float(PyFloat(-0.0)),
            Value::Float(PyFloat(f64::NAN)),
            Value::interned("abc"),
            Value::interned("abc"),
            Value::str(PyStrBuf::from_code_points([0xDC80, 0x41]).unwrap()),
            Value::Dict(vec![(Value::None, Value::List(vec![Value::Ellipsis]))]),
            Value::FrozenSet(vec![]),
            Value::Tuple(vec![]),
        ]);
        let bytes = dumps(&v).unwrap();
        assert_eq!(loads(&bytes).unwrap(), v);
    }
}
