//! Pickling arrays (`array.__reduce_ex__` and `array._array_reconstructor`): from protocol 3
//! an array travels as its bytes with a machine format code, so another machine can decode
//! them; before, as its typecode and a list of its items.

use super::items::{TYPECODES, itemsize};
use super::{data, make_array, objects};
use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// The machine format code of the items of `code` on this machine (x86-64 Linux: little
/// endian, 4-byte `int` and `wchar_t`, 8-byte `long`): `typecode_to_mformat_code`.
fn mformat_of(code: u8) -> i64 {
    match code {
        b'B' => 0,
        b'b' => 1,
        b'H' => 2,
        b'h' => 4,
        b'I' => 6,
        b'i' => 8,
        b'L' | b'Q' => 10,
        b'l' | b'q' => 12,
        b'f' => 14,
        b'd' => 16,
        _ => 20,
    }
}

/// `array.__reduce_ex__(protocol)`.
pub(super) fn m_reduce_ex(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__reduce_ex__", 1)?;
    let protocol = vm.index_isize(&a[0])?;
    let cls = o.class();
    let dict = match vm.getattr_opt(o, &vm.names.__dict__)? {
        Some(d) => d,
        None => vm.none.clone(),
    };
    let d = data(vm, o)?;
    let (code, bytes) = {
        let d = d.borrow();
        (d.code, d.bytes.clone())
    };
    let typecode = vm.new_str((code as char).to_string());
    if protocol < 3 {
        let list = vm.new_list(objects(vm, &d.borrow()));
        let args = vm.new_tuple(vec![typecode, list]);
        return Ok(vm.new_tuple(vec![cls, args, dict]));
    }
    let module = crate::builtins::import::import_module(vm, &vm.intern("array"))?;
    let recon = vm.getattr_str(&module, "_array_reconstructor")?;
    let args = vm.new_tuple(vec![
        cls,
        typecode,
        vm.new_int(mformat_of(code)),
        vm.new_bytes(bytes),
    ]);
    Ok(vm.new_tuple(vec![recon, args, dict]))
}

/// `array._array_reconstructor(arraytype, typecode, mformat_code, items)`.
pub(super) fn array_reconstructor(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_array_reconstructor", 4)?;
    let (arraytype, typecode, mformat, items) = (&a[0], &a[1], &a[2], &a[3]);
    if arraytype.as_type().is_none() {
        return Err(vm.type_error(format!(
            "first argument must be a type object, not {}",
            vm.type_name(arraytype)
        )));
    }
    if !crate::object::typeobj::is_subtype(arraytype, &super::array_type(vm)) {
        return Err(vm.type_error(format!(
            "{} is not a subtype of array.array",
            crate::object::typeobj::type_name(arraytype)
        )));
    }
    let code = match typecode.as_str() {
        Some(s) if s.len() == 1 => s.code_points().next().unwrap_or(0),
        _ => {
            return Err(vm.type_error(format!(
                "_array_reconstructor() argument 2 must be a unicode character, not {}",
                vm.type_name(typecode)
            )));
        }
    };
    let code = match char::from_u32(code) {
        Some(c) if c.is_ascii() && TYPECODES.contains(c) => c as u8,
        _ => return Err(vm.value_error("second argument must be a valid type code")),
    };
    let mformat = vm.index_isize(mformat)?;
    if !(0..=21).contains(&mformat) {
        return Err(vm.value_error("third argument must be a valid machine format code."));
    }
    let Some(bytes) = items.as_bytes() else {
        return Err(vm.type_error(format!(
            "fourth argument should be bytes, not {}",
            vm.type_name(items)
        )));
    };
    if mformat as i64 == mformat_of(code) {
        return make_array(vm, arraytype, code, Some(items));
    }
    let (code, converted) = decode(vm, code, mformat, bytes)?;
    make_array(vm, arraytype, code, Some(&converted))
}

/// The items of bytes in another machine's format, as a list (or a str for the wide
/// character formats), and the typecode to hold them: for integers, the last typecode with
/// their size and signedness (`array__array_reconstructor_impl` prefers it).
fn decode(vm: &Vm, code: u8, mformat: isize, b: &[u8]) -> PyResult<(u8, ObjRef)> {
    let big = mformat % 2 == 1 && mformat >= 2;
    let word = |chunk: &[u8]| -> u64 {
        let mut w = [0u8; 8];
        if big {
            w[8 - chunk.len()..].copy_from_slice(chunk);
            u64::from_be_bytes(w)
        } else {
            w[..chunk.len()].copy_from_slice(chunk);
            u64::from_le_bytes(w)
        }
    };
    match mformat {
        14..=17 => {
            let size = if mformat < 16 { 4 } else { 8 };
            let values = b
                .chunks_exact(size)
                .map(|c| {
                    let w = word(c);
                    let x = if size == 4 {
                        f64::from(f32::from_bits(w as u32))
                    } else {
                        f64::from_bits(w)
                    };
                    vm.new_float(x)
                })
                .collect();
            Ok((code, vm.new_list(values)))
        }
        18..=21 => {
            let size = if mformat < 20 { 2 } else { 4 };
            let units: Vec<u32> = b.chunks_exact(size).map(|c| word(c) as u32).collect();
            let text: String = if size == 2 {
                let u16s: Vec<u16> = units.iter().map(|&u| u as u16).collect();
                String::from_utf16_lossy(&u16s)
            } else {
                units
                    .iter()
                    .map(|&u| char::from_u32(u).unwrap_or('\u{fffd}'))
                    .collect()
            };
            Ok((code, vm.new_str(text)))
        }
        _ => {
            // 0-1: 1 byte, 2-5: 2, 6-9: 4, 10-13: 8; signed: 1 and the pairs from 4 on.
            let size = match mformat {
                0 | 1 => 1,
                2..=5 => 2,
                6..=9 => 4,
                _ => 8,
            };
            let signed = mformat == 1 || (mformat >= 4 && (mformat / 2) % 2 == 0);
            let values = b
                .chunks_exact(size)
                .map(|c| {
                    let w = word(c);
                    if signed {
                        let shift = 64 - 8 * size as u32;
                        vm.new_int(((w << shift) as i64) >> shift)
                    } else {
                        vm.new_bigint(num_bigint::BigInt::from(w))
                    }
                })
                .collect();
            let better = TYPECODES
                .bytes()
                .rev()
                .find(|&c| {
                    !matches!(c, b'u' | b'f' | b'd')
                        && itemsize(c) == size
                        && c.is_ascii_lowercase() == signed
                })
                .unwrap_or(code);
            Ok((better, vm.new_list(values)))
        }
    }
}
