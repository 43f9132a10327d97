//! The typecodes of `array.array` and the conversion of one item between its machine bytes
//! and a Python object, with the messages of arraymodule.c's `*_setitem` functions (which go
//! through `PyArg_Parse` codes, `PyLong_AsLong` and friends).

use num_bigint::{BigInt, Sign};

use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// `array.typecodes`.
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// Bytes per item of `code` (a valid typecode); `u` is a 4-byte `wchar_t` on Linux.
pub fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' | b'u' => 4,
        _ => 8,
    }
}

/// An item's value, read from its bytes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Val {
    Int(i128),
    Float(f64),
    Char(u32),
}

/// Reads the item of `code` stored in `b` (exactly `itemsize(code)` bytes).
pub fn read(code: u8, b: &[u8]) -> Val {
    // Widen at the item's own width so the byte order is the machine's either way.
    let u: u64 = match b.len() {
        1 => b[0].into(),
        2 => u16::from_ne_bytes([b[0], b[1]]).into(),
        4 => u32::from_ne_bytes([b[0], b[1], b[2], b[3]]).into(),
        _ => {
            let mut w = [0u8; 8];
            w.copy_from_slice(&b[..8]);
            u64::from_ne_bytes(w)
        }
    };
    match code {
        b'b' => Val::Int(i128::from(b[0] as i8)),
        b'h' => Val::Int(i128::from(u as u16 as i16)),
        b'i' => Val::Int(i128::from(u as u32 as i32)),
        b'l' | b'q' => Val::Int(i128::from(u as i64)),
        b'f' => Val::Float(f64::from(f32::from_bits(u as u32))),
        b'd' => Val::Float(f64::from_bits(u)),
        b'u' => Val::Char(u as u32),
        _ => Val::Int(i128::from(u)),
    }
}

/// The Python object for a value.
pub fn to_object(vm: &Vm, v: Val) -> ObjRef {
    match v {
        Val::Int(i) => match i64::try_from(i) {
            Ok(s) => vm.new_int(s),
            Err(_) => vm.new_bigint(BigInt::from(i)),
        },
        Val::Float(f) => vm.new_float(f),
        Val::Char(c) => vm.new_str(char::from_u32(c).unwrap_or('\u{fffd}').to_string()),
    }
}

/// The range checks of the integer codes that go through `PyLong_AsLong` first: the C
/// type's name in the message, its bounds.
fn long_checked(vm: &Vm, code: u8, n: &BigInt) -> PyResult<i128> {
    let Ok(v) = i64::try_from(n) else {
        return Err(vm.overflow_error("Python int too large to convert to C long"));
    };
    let (name, lo, hi): (&str, i64, i64) = match code {
        b'b' => ("signed char", i8::MIN.into(), i8::MAX.into()),
        b'B' => ("unsigned byte integer", 0, u8::MAX.into()),
        b'h' => ("signed short integer", i16::MIN.into(), i16::MAX.into()),
        b'H' => ("unsigned short", 0, u16::MAX.into()),
        b'i' => ("signed integer", i32::MIN.into(), i32::MAX.into()),
        _ => return Ok(v.into()),
    };
    if v > hi {
        return Err(vm.overflow_error(format!("{name} is greater than maximum")));
    }
    if v < lo {
        return Err(vm.overflow_error(format!("{name} is less than minimum")));
    }
    Ok(v.into())
}

/// An integer item for `code`, checked as its setitem function checks it.
fn int_item(vm: &Vm, code: u8, o: &ObjRef) -> PyResult<i128> {
    let n = vm.index(o)?.to_bigint();
    match code {
        b'I' | b'L' => {
            if n.sign() == Sign::Minus {
                return Err(vm.overflow_error("can't convert negative value to unsigned int"));
            }
            let v = u64::try_from(&n).map_err(|_| {
                vm.overflow_error("Python int too large to convert to C unsigned long")
            })?;
            if code == b'I' && v > u64::from(u32::MAX) {
                return Err(vm.overflow_error("unsigned int is greater than maximum"));
            }
            Ok(v.into())
        }
        b'q' => i64::try_from(&n)
            .map(i128::from)
            .map_err(|_| vm.overflow_error("int too big to convert")),
        b'Q' => {
            if n.sign() == Sign::Minus {
                return Err(vm.overflow_error("can't convert negative int to unsigned"));
            }
            u64::try_from(&n)
                .map(i128::from)
                .map_err(|_| vm.overflow_error("int too big to convert"))
        }
        _ => long_checked(vm, code, &n),
    }
}

/// `PyFloat_AsDouble` for the `f` and `d` codes.
fn float_item(vm: &Vm, o: &ObjRef) -> PyResult<f64> {
    if let Some(f) = o.as_float() {
        return Ok(f);
    }
    if let Some(i) = o.as_int() {
        return i
            .to_f64()
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    if o.slot(|s| s.float.is_present()) {
        return crate::types::float::convert(vm, o);
    }
    if o.slot(|s| s.index.is_present()) {
        return vm
            .index(o)?
            .to_f64()
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(o))))
}

/// The machine bytes of `o` as an item of `code`, appended to `out`.
pub fn write(vm: &Vm, code: u8, o: &ObjRef, out: &mut Vec<u8>) -> PyResult<()> {
    match code {
        b'f' => out.extend_from_slice(&(float_item(vm, o)? as f32).to_ne_bytes()),
        b'd' => out.extend_from_slice(&float_item(vm, o)?.to_ne_bytes()),
        b'u' => {
            let c = o
                .as_str()
                .filter(|s| s.len() == 1)
                .and_then(|s| s.code_points().next())
                .ok_or_else(|| vm.type_error("array item must be unicode character"))?;
            out.extend_from_slice(&c.to_ne_bytes());
        }
        _ => {
            let v = int_item(vm, code, o)?;
            match itemsize(code) {
                1 => out.push(v as u8),
                2 => out.extend_from_slice(&(v as u16).to_ne_bytes()),
                4 => out.extend_from_slice(&(v as u32).to_ne_bytes()),
                _ => out.extend_from_slice(&(v as u64).to_ne_bytes()),
            }
        }
    }
    Ok(())
}
