//! `_json.make_encoder` (`_json.Encoder` in `Modules/_json.c`): the one-shot encoder
//! `JSONEncoder.iterencode` uses when no indent is asked for. `encoder(obj, level)` returns a
//! 1-tuple holding the whole text; circular references are found through the `markers` dict,
//! other objects go through `default`, and errors carry the C encoder's messages.

use krait_syntax::pystr::PyStrBuf;

use crate::object::native::Args;
use crate::object::payload::NativeData;
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::Layout;
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// The encoder's settings (`encoder_new`'s arguments).
struct Encoder {
    markers: ObjRef,
    default: ObjRef,
    encoder: ObjRef,
    /// `Some(ascii)` when `encoder` is one of this module's escaping functions.
    fast: Option<bool>,
    key_separator: ObjRef,
    item_separator: ObjRef,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
}

impl NativeData for Encoder {
    fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        for o in [
            &self.markers,
            &self.default,
            &self.encoder,
            &self.key_separator,
            &self.item_separator,
        ] {
            f(o);
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

const RECURSION: &str = " while encoding a JSON object";

impl Encoder {
    /// Appends a `str` object's text (it may hold lone surrogates).
    fn push_str_obj(&self, vm: &Vm, out: &mut PyStrBuf, s: &ObjRef) -> PyResult<()> {
        match s.as_str() {
            Some(p) => {
                out.extend(p.buf());
                Ok(())
            }
            None => Err(vm.internal("_json: expected str")),
        }
    }

    /// `encoder_encode_string`.
    fn encode_string(&self, vm: &Vm, out: &mut PyStrBuf, s: &ObjRef) -> PyResult<()> {
        if let Some(ascii) = self.fast
            && let Some(p) = s.as_str()
        {
            let points = p.to_code_points();
            if ascii {
                out.push_str(&super::escape_ascii(&points));
            } else {
                super::escape_unicode(&points, out);
            }
            return Ok(());
        }
        let encoded = vm.call_pos(&self.encoder, std::slice::from_ref(s))?;
        if encoded.as_str().is_none() {
            return Err(vm.type_error(format!(
                "encoder() must return a string, not {}",
                vm.type_name(&encoded)
            )));
        }
        self.push_str_obj(vm, out, &encoded)
    }

    /// `encoder_encode_float`: `float.__repr__`, or the JavaScript names of the non-finite.
    fn encode_float(&self, vm: &Vm, x: f64) -> PyResult<String> {
        if !x.is_finite() {
            if !self.allow_nan {
                return Err(vm.value_error("Out of range float values are not JSON compliant"));
            }
            return Ok(if x > 0.0 {
                "Infinity"
            } else if x < 0.0 {
                "-Infinity"
            } else {
                "NaN"
            }
            .to_string());
        }
        Ok(crate::types::float_repr::repr(x))
    }

    /// Enters `obj` in `markers` (by id), or raises "Circular reference detected".
    fn mark(&self, vm: &Vm, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
        if vm.is_none(&self.markers) {
            return Ok(None);
        }
        let ident = vm.new_int(obj.id() as i64);
        if vm.dict_get(&self.markers, &ident)?.is_some() {
            return Err(vm.value_error("Circular reference detected"));
        }
        vm.dict_set(&self.markers, ident.clone(), obj.clone())?;
        Ok(Some(ident))
    }

    fn unmark(&self, vm: &Vm, ident: Option<ObjRef>) -> PyResult<()> {
        match ident {
            Some(i) => vm.dict_del(&self.markers, &i).map(drop),
            None => Ok(()),
        }
    }

    /// `encoder_listencode_obj`.
    fn encode_obj(&self, vm: &Vm, out: &mut PyStrBuf, obj: &ObjRef) -> PyResult<()> {
        if vm.is_none(obj) {
            out.push_str("null");
        } else if ObjRef::ptr_eq(obj, &vm.true_obj) {
            out.push_str("true");
        } else if ObjRef::ptr_eq(obj, &vm.false_obj) {
            out.push_str("false");
        } else if obj.as_str().is_some() {
            self.encode_string(vm, out, obj)?;
        } else if let Some(i) = obj.as_int() {
            out.push_str(&crate::types::int_type::int_to_decimal(vm, i)?);
        } else if let Payload::Float(x) = &obj.payload {
            out.push_str(&self.encode_float(vm, *x)?);
        } else if obj.as_list().is_some() || obj.as_tuple().is_some() {
            vm.with_recursion(RECURSION, || self.encode_list(vm, out, obj))?;
        } else if obj.as_dict().is_some() {
            vm.with_recursion(RECURSION, || self.encode_dict(vm, out, obj))?;
        } else {
            let ident = self.mark(vm, obj)?;
            let new = vm.call_pos(&self.default, std::slice::from_ref(obj))?;
            vm.with_recursion(RECURSION, || self.encode_obj(vm, out, &new))?;
            self.unmark(vm, ident)?;
        }
        Ok(())
    }

    /// `encoder_listencode_list`. A list is read as it is at each step (`PySequence_Fast`
    /// gives the list itself), so a `default` that shortens it ends the output early.
    fn encode_list(&self, vm: &Vm, out: &mut PyStrBuf, seq: &ObjRef) -> PyResult<()> {
        let item_at = |i: usize| -> Option<ObjRef> {
            match (seq.as_list(), seq.as_tuple()) {
                (Some(l), _) => l.borrow().get(i).cloned(),
                (_, Some(t)) => t.get(i).cloned(),
                _ => None,
            }
        };
        if item_at(0).is_none() {
            out.push_str("[]");
            return Ok(());
        }
        let ident = self.mark(vm, seq)?;
        out.push_char('[');
        let mut i = 0;
        while let Some(item) = item_at(i) {
            if i > 0 {
                self.push_str_obj(vm, out, &self.item_separator)?;
            }
            self.encode_obj(vm, out, &item)?;
            i += 1;
        }
        self.unmark(vm, ident)?;
        out.push_char(']');
        Ok(())
    }

    /// The text of a dict key, or None to skip it (`skipkeys`).
    fn key_text(&self, vm: &Vm, key: &ObjRef) -> PyResult<Option<ObjRef>> {
        if key.as_str().is_some() {
            return Ok(Some(key.clone()));
        }
        if let Payload::Float(x) = &key.payload {
            return Ok(Some(vm.new_str(self.encode_float(vm, *x)?)));
        }
        if ObjRef::ptr_eq(key, &vm.true_obj) {
            return Ok(Some(vm.new_str("true")));
        }
        if ObjRef::ptr_eq(key, &vm.false_obj) {
            return Ok(Some(vm.new_str("false")));
        }
        if vm.is_none(key) {
            return Ok(Some(vm.new_str("null")));
        }
        if let Some(i) = key.as_int() {
            return Ok(Some(
                vm.new_str(crate::types::int_type::int_to_decimal(vm, i)?),
            ));
        }
        if self.skipkeys {
            return Ok(None);
        }
        Err(vm.type_error(format!(
            "keys must be str, int, float, bool or None, not {}",
            vm.type_name(key)
        )))
    }

    /// `encoder_listencode_dict`.
    fn encode_dict(&self, vm: &Vm, out: &mut PyStrBuf, dct: &ObjRef) -> PyResult<()> {
        if vm.len(dct)? == 0 {
            out.push_str("{}");
            return Ok(());
        }
        let ident = self.mark(vm, dct)?;
        out.push_char('{');
        // `PyMapping_Items`: an exact dict's pairs straight from its table, anything else's
        // through its `items()`; sorted in place by `PyList_Sort`. Neither is a Python-level
        // call, so the recursion limit is met by the encoder's own check.
        let mut items: Vec<ObjRef> = if dct.is_exact(&vm.types.dict) {
            vm.dict_items(dct)
                .into_iter()
                .map(|(k, v)| vm.new_tuple(vec![k, v]))
                .collect()
        } else {
            let items = vm.call_method(dct, "items", &[])?;
            vm.collect(&items)?
        };
        if self.sort_keys {
            items =
                crate::types::list_sort::sort_items(vm, items, None, false).map_err(|(e, _)| e)?;
        }
        let mut first = true;
        for item in &items {
            let pair = match item.as_tuple() {
                Some(t) if t.len() == 2 => t.to_vec(),
                _ => return Err(vm.value_error("items must return 2-tuples")),
            };
            let Some(kstr) = self.key_text(vm, &pair[0])? else {
                continue;
            };
            if !first {
                self.push_str_obj(vm, out, &self.item_separator)?;
            }
            first = false;
            self.encode_string(vm, out, &kstr)?;
            self.push_str_obj(vm, out, &self.key_separator)?;
            self.encode_obj(vm, out, &pair[1])?;
        }
        self.unmark(vm, ident)?;
        out.push_char('}');
        Ok(())
    }
}

fn encoder<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Encoder> {
    o.native::<Encoder>()
        .ok_or_else(|| vm.internal("_json.Encoder"))
}

/// `encoder_new`: `make_encoder(markers, default, encoder, indent, key_separator,
/// item_separator, sort_keys, skipkeys, allow_nan)`.
fn encoder_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let names = [
        "markers",
        "default",
        "encoder",
        "indent",
        "key_separator",
        "item_separator",
        "sort_keys",
        "skipkeys",
        "allow_nan",
    ];
    let bound = args.bind(vm, "make_encoder", names, 0, 9, 9)?;
    let [
        Some(markers),
        Some(default),
        Some(enc),
        Some(_indent),
        Some(key_sep),
        Some(item_sep),
        Some(sort_keys),
        Some(skipkeys),
        Some(allow_nan),
    ] = bound
    else {
        return Err(vm.internal("make_encoder"));
    };
    if !vm.is_none(&markers) && markers.as_dict().is_none() {
        return Err(vm.type_error(format!(
            "make_encoder() argument 1 must be dict or None, not {}",
            vm.type_name(&markers)
        )));
    }
    for (i, sep) in [(5, &key_sep), (6, &item_sep)] {
        if sep.as_str().is_none() {
            return Err(vm.type_error(format!(
                "make_encoder() argument {i} must be str, not {}",
                vm.type_name(sep)
            )));
        }
    }
    let st = Encoder {
        fast: super::fast_escape(&enc),
        markers,
        default,
        encoder: enc,
        key_separator: key_sep,
        item_separator: item_sep,
        sort_keys: vm.truthy(&sort_keys)?,
        skipkeys: vm.truthy(&skipkeys)?,
        allow_nan: vm.truthy(&allow_nan)?,
    };
    Ok(vm.alloc_instance(cls, Payload::Native(Box::new(st))))
}

/// `encoder_call`: `_iterencode(obj, _current_indent_level)`.
fn encoder_call(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let st = encoder(vm, o)?;
    let [obj, level] = args.bind(vm, "_iterencode", ["obj", "_current_indent_level"], 0, 2, 2)?;
    let (Some(obj), Some(level)) = (obj, level) else {
        return Err(vm.internal("_iterencode"));
    };
    vm.index_isize(&level)?;
    let mut out = PyStrBuf::new();
    st.encode_obj(vm, &mut out, &obj)?;
    Ok(vm.new_tuple(vec![vm.new_str_buf(out)]))
}

/// The `_json.Encoder` type, exported as `make_encoder`.
pub fn encoder_type(vm: &Vm) -> ObjRef {
    vm.native_type("_json.Encoder", || {
        let t = crate::types::new_static_type(
            &vm.types.type_,
            "_json.Encoder",
            &vm.types.object,
            Layout::Opaque,
            0,
        );
        let s = Slots {
            new: Slot::Native(encoder_new),
            call: Slot::Native(encoder_call),
            ..Slots::default()
        };
        crate::object::slot_resolve::install_static(vm, &t, s);
        crate::object::slot_resolve::inherit_static(&t);
        t
    })
}
