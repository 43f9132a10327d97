//! `_json.make_scanner` (`_json.Scanner` in `Modules/_json.c`): `scanner(string, idx)` decodes
//! the JSON value at `idx` and returns it with the index after it, raising `StopIteration(idx)`
//! where no value starts (which `json.decoder` reports as "Expecting value") and
//! `JSONDecodeError` for the other errors, at the C scanner's positions.

use crate::object::native::Args;
use crate::object::payload::NativeData;
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::Layout;
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

use super::{decode_error, scan_string};

/// The decoder's settings, read once from the `JSONDecoder` the scanner was made for.
struct Scanner {
    strict: bool,
    object_hook: ObjRef,
    object_pairs_hook: ObjRef,
    parse_float: ObjRef,
    parse_int: ObjRef,
    parse_constant: ObjRef,
    /// Object keys seen in this call, so equal keys share one `str` (cleared after each call).
    memo: ObjRef,
}

impl NativeData for Scanner {
    fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        for o in [
            &self.object_hook,
            &self.object_pairs_hook,
            &self.parse_float,
            &self.parse_int,
            &self.parse_constant,
            &self.memo,
        ] {
            f(o);
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// One call's input: the document object (for errors) and its code points.
struct Doc<'a> {
    obj: &'a ObjRef,
    s: &'a [u32],
}

fn is_ws(c: u32) -> bool {
    matches!(c, 0x20 | 0x09 | 0x0a | 0x0d)
}

fn skip_ws(s: &[u32], mut idx: usize) -> usize {
    while idx < s.len() && is_ws(s[idx]) {
        idx += 1;
    }
    idx
}

/// Whether `word` (ASCII) is at `idx`.
fn at(s: &[u32], idx: usize, word: &str) -> bool {
    let w = word.as_bytes();
    idx + w.len() <= s.len() && w.iter().zip(&s[idx..]).all(|(&b, &c)| u32::from(b) == c)
}

fn is_digit(c: u32) -> bool {
    (0x30..=0x39).contains(&c)
}

impl Scanner {
    /// `scan_once_unicode`.
    fn scan_once(&self, vm: &Vm, d: &Doc<'_>, idx: usize) -> PyResult<(ObjRef, usize)> {
        let s = d.s;
        if idx >= s.len() {
            return Err(vm.stop_iteration(Some(vm.new_int(idx as i64))));
        }
        match char::from_u32(s[idx]) {
            Some('"') => return scan_string(vm, d.obj, s, idx + 1, self.strict),
            Some('{') => {
                return vm.with_recursion(
                    " while decoding a JSON object from a unicode string",
                    || self.parse_object(vm, d, idx + 1),
                );
            }
            Some('[') => {
                return vm
                    .with_recursion(" while decoding a JSON array from a unicode string", || {
                        self.parse_array(vm, d, idx + 1)
                    });
            }
            Some('n') if at(s, idx, "null") => return Ok((vm.none.clone(), idx + 4)),
            Some('t') if at(s, idx, "true") => return Ok((vm.true_obj.clone(), idx + 4)),
            Some('f') if at(s, idx, "false") => return Ok((vm.false_obj.clone(), idx + 5)),
            Some('N') if at(s, idx, "NaN") => return self.constant(vm, "NaN", idx),
            Some('I') if at(s, idx, "Infinity") => return self.constant(vm, "Infinity", idx),
            Some('-') if at(s, idx, "-Infinity") => return self.constant(vm, "-Infinity", idx),
            _ => {}
        }
        self.number(vm, d, idx)
    }

    fn constant(&self, vm: &Vm, name: &str, idx: usize) -> PyResult<(ObjRef, usize)> {
        let v = vm.call_pos(&self.parse_constant, &[vm.new_str(name)])?;
        Ok((v, idx + name.len()))
    }

    /// `_parse_object_unicode`: `idx` is just after the `{`.
    fn parse_object(&self, vm: &Vm, d: &Doc<'_>, idx: usize) -> PyResult<(ObjRef, usize)> {
        let s = d.s;
        let pairs_hook = !vm.is_none(&self.object_pairs_hook);
        let mut pairs = Vec::new();
        let dict = vm.new_dict();
        let mut idx = skip_ws(s, idx);
        if idx >= s.len() || s[idx] != u32::from(b'}') {
            loop {
                if idx >= s.len() || s[idx] != u32::from(b'"') {
                    return Err(decode_error(
                        vm,
                        "Expecting property name enclosed in double quotes",
                        d.obj,
                        idx,
                    ));
                }
                let (key, next) = scan_string(vm, d.obj, s, idx + 1, self.strict)?;
                let key = match vm.dict_get(&self.memo, &key)? {
                    Some(k) => k,
                    None => {
                        vm.dict_set(&self.memo, key.clone(), key.clone())?;
                        key
                    }
                };
                idx = skip_ws(s, next);
                if idx >= s.len() || s[idx] != u32::from(b':') {
                    return Err(decode_error(vm, "Expecting ':' delimiter", d.obj, idx));
                }
                idx = skip_ws(s, idx + 1);
                let (val, next) = self.scan_once(vm, d, idx)?;
                if pairs_hook {
                    pairs.push(vm.new_tuple(vec![key, val]));
                } else {
                    vm.dict_set(&dict, key, val)?;
                }
                idx = skip_ws(s, next);
                if idx < s.len() && s[idx] == u32::from(b'}') {
                    break;
                }
                if idx >= s.len() || s[idx] != u32::from(b',') {
                    return Err(decode_error(vm, "Expecting ',' delimiter", d.obj, idx));
                }
                idx = skip_ws(s, idx + 1);
            }
        }
        let end = idx + 1;
        if pairs_hook {
            let v = vm.call_pos(&self.object_pairs_hook, &[vm.new_list(pairs)])?;
            return Ok((v, end));
        }
        if !vm.is_none(&self.object_hook) {
            return Ok((vm.call_pos(&self.object_hook, &[dict])?, end));
        }
        Ok((dict, end))
    }

    /// `_parse_array_unicode`: `idx` is just after the `[`.
    fn parse_array(&self, vm: &Vm, d: &Doc<'_>, idx: usize) -> PyResult<(ObjRef, usize)> {
        let s = d.s;
        let mut items = Vec::new();
        let mut idx = skip_ws(s, idx);
        if idx >= s.len() || s[idx] != u32::from(b']') {
            loop {
                let (val, next) = self.scan_once(vm, d, idx)?;
                items.push(val);
                idx = skip_ws(s, next);
                if idx < s.len() && s[idx] == u32::from(b']') {
                    break;
                }
                if idx >= s.len() || s[idx] != u32::from(b',') {
                    return Err(decode_error(vm, "Expecting ',' delimiter", d.obj, idx));
                }
                idx = skip_ws(s, idx + 1);
            }
        }
        Ok((vm.new_list(items), idx + 1))
    }

    /// `_match_number_unicode`: an int or float by JSON's grammar, or `StopIteration(start)`.
    fn number(&self, vm: &Vm, d: &Doc<'_>, start: usize) -> PyResult<(ObjRef, usize)> {
        let s = d.s;
        let last = s.len() - 1;
        let stop = || vm.stop_iteration(Some(vm.new_int(start as i64)));
        let mut idx = start;
        if s[idx] == u32::from(b'-') {
            idx += 1;
            if idx > last {
                return Err(stop());
            }
        }
        if (0x31..=0x39).contains(&s[idx]) {
            idx += 1;
            while idx <= last && is_digit(s[idx]) {
                idx += 1;
            }
        } else if s[idx] == u32::from(b'0') {
            idx += 1;
        } else {
            return Err(stop());
        }
        let mut is_float = false;
        if idx < last && s[idx] == u32::from(b'.') && is_digit(s[idx + 1]) {
            is_float = true;
            idx += 2;
            while idx <= last && is_digit(s[idx]) {
                idx += 1;
            }
        }
        if idx < last && (s[idx] == u32::from(b'e') || s[idx] == u32::from(b'E')) {
            let e_start = idx;
            idx += 1;
            if idx < last && (s[idx] == u32::from(b'-') || s[idx] == u32::from(b'+')) {
                idx += 1;
            }
            while idx <= last && is_digit(s[idx]) {
                idx += 1;
            }
            if is_digit(s[idx - 1]) {
                is_float = true;
            } else {
                idx = e_start;
            }
        }
        // The matched text is ASCII by construction.
        let text: String = s[start..idx].iter().map(|&c| c as u8 as char).collect();
        let custom = if is_float {
            &self.parse_float
        } else {
            &self.parse_int
        };
        let builtin = if is_float {
            &vm.types.float
        } else {
            &vm.types.int
        };
        let value = if !ObjRef::ptr_eq(custom, builtin) {
            vm.call_pos(custom, &[vm.new_str(text)])?
        } else if is_float {
            match crate::types::float::parse(&text) {
                Some(f) => vm.new_float(f),
                None => vm.call_pos(&vm.types.float, &[vm.new_str(text)])?,
            }
        } else {
            match text.parse::<i64>() {
                Ok(i) => vm.new_int(i),
                // Long literals go through `int()`, which applies the digit limit.
                Err(_) => vm.call_pos(&vm.types.int, &[vm.new_str(text)])?,
            }
        };
        Ok((value, idx))
    }
}

fn scanner<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Scanner> {
    o.native::<Scanner>()
        .ok_or_else(|| vm.internal("_json.Scanner"))
}

/// `scanner_new`: `make_scanner(context)` reads the decoder's settings.
fn scanner_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let [ctx] = args.bind(vm, "make_scanner", ["context"], 0, 1, 1)?;
    let ctx = ctx.ok_or_else(|| vm.internal("make_scanner"))?;
    let strict = vm.getattr_str(&ctx, "strict")?;
    let st = Scanner {
        strict: vm.truthy(&strict)?,
        object_hook: vm.getattr_str(&ctx, "object_hook")?,
        object_pairs_hook: vm.getattr_str(&ctx, "object_pairs_hook")?,
        parse_float: vm.getattr_str(&ctx, "parse_float")?,
        parse_int: vm.getattr_str(&ctx, "parse_int")?,
        parse_constant: vm.getattr_str(&ctx, "parse_constant")?,
        memo: vm.new_dict(),
    };
    Ok(vm.alloc_instance(cls, Payload::Native(Box::new(st))))
}

/// `scanner_call`: `scan_once(string, idx)`.
fn scanner_call(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let st = scanner(vm, o)?;
    let [string, idx] = args.bind(vm, "scan_once", ["string", "idx"], 0, 2, 2)?;
    let (Some(string), Some(idx)) = (string, idx) else {
        return Err(vm.internal("scan_once"));
    };
    let idx = vm.index_isize(&idx)?;
    let Some(p) = string.as_str() else {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {}",
            vm.type_name(&string)
        )));
    };
    let s = p.to_code_points();
    let r = if idx < 0 {
        Err(vm.value_error("idx cannot be negative"))
    } else {
        st.scan_once(
            vm,
            &Doc {
                obj: &string,
                s: &s,
            },
            idx as usize,
        )
    };
    if let Some(t) = st.memo.as_dict() {
        let _ = t.borrow_mut().take_all();
    }
    let (v, end) = r?;
    Ok(vm.new_tuple(vec![v, vm.new_int(end as i64)]))
}

/// The `_json.Scanner` type, exported as `make_scanner`.
pub fn scanner_type(vm: &Vm) -> ObjRef {
    vm.native_type("_json.Scanner", || {
        let t = crate::types::new_static_type(
            &vm.types.type_,
            "_json.Scanner",
            &vm.types.object,
            Layout::Opaque,
            0,
        );
        let s = Slots {
            new: Slot::Native(scanner_new),
            call: Slot::Native(scanner_call),
            ..Slots::default()
        };
        crate::object::slot_resolve::install_static(vm, &t, s);
        crate::object::slot_resolve::inherit_static(&t);
        t
    })
}
