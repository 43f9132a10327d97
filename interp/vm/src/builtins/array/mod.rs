//! The `array` module (`Modules/arraymodule.c`): the `array.array` type for every typecode,
//! holding its items as machine bytes, with the list-like methods, the bytes and unicode
//! conversions, slicing, comparison, concatenation and repetition, and CPython's messages.
//! It can be subclassed, and pickles (`pickle.rs`).

mod items;
mod ops;
mod pickle;

use std::cell::{Cell, RefCell};

use items::{Val, itemsize, read, to_object, write};

use crate::object::native::Args;
use crate::object::payload::NativeData;
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::Layout;
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// An array's typecode and its items' bytes (a whole number of items).
pub(super) struct ArrayData {
    code: u8,
    bytes: Vec<u8>,
    /// Live buffer exports (`ob_exports`): memoryviews of the array.
    exports: usize,
}

impl ArrayData {
    /// Changes the items through `f`, refused while buffers are exported when the size would
    /// change (`array_resize`).
    fn resize(&mut self, vm: &Vm, f: impl FnOnce(&mut Vec<u8>)) -> PyResult<()> {
        if self.exports == 0 {
            f(&mut self.bytes);
            return Ok(());
        }
        let mut new = self.bytes.clone();
        f(&mut new);
        if new.len() != self.bytes.len() {
            return Err(vm.error(
                &vm.exc.buffer_error,
                "cannot resize an array that is exporting buffers",
            ));
        }
        self.bytes = new;
        Ok(())
    }

    fn size(&self) -> usize {
        itemsize(self.code)
    }

    fn len(&self) -> usize {
        self.bytes.len() / self.size()
    }

    fn get(&self, i: usize) -> Val {
        let s = self.size();
        read(self.code, &self.bytes[i * s..(i + 1) * s])
    }

    fn values(&self) -> Vec<Val> {
        self.bytes
            .chunks_exact(self.size())
            .map(|b| read(self.code, b))
            .collect()
    }
}

struct ArrayState(RefCell<ArrayData>);

impl NativeData for ArrayState {
    fn traverse(&self, _f: &mut dyn FnMut(&ObjRef)) {}

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    /// `arrayobject` keeps a weak-reference list.
    fn weakrefable(&self) -> bool {
        true
    }

    fn buffer_format(&self) -> Option<(char, usize)> {
        let d = self.0.borrow();
        Some((d.code as char, d.size()))
    }

    fn read_buffer(&self, f: &mut dyn FnMut(&[u8])) -> bool {
        match self.0.try_borrow() {
            Ok(d) => {
                f(&d.bytes);
                true
            }
            Err(_) => false,
        }
    }

    fn export(&self, delta: isize) {
        if let Ok(mut d) = self.0.try_borrow_mut() {
            d.exports = d.exports.saturating_add_signed(delta);
        }
    }

    fn write_buffer(&self, at: usize, data: &[u8]) -> bool {
        let Ok(mut d) = self.0.try_borrow_mut() else {
            return false;
        };
        match d.bytes.get_mut(at..at.saturating_add(data.len())) {
            Some(dst) => {
                dst.copy_from_slice(data);
                true
            }
            None => false,
        }
    }
}

/// The array behind `o`, or None when `o` is not an array.
fn try_data(o: &ObjRef) -> Option<&RefCell<ArrayData>> {
    match &o.payload {
        Payload::Native(n) => n.as_any().downcast_ref::<ArrayState>().map(|s| &s.0),
        _ => None,
    }
}

fn data<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a RefCell<ArrayData>> {
    try_data(o).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'array.array' object but received a '{}'",
            vm.type_name(o)
        ))
    })
}

/// `array.array`, made once per interpreter.
fn array_type(vm: &Vm) -> ObjRef {
    vm.native_type("array.array", || make_type(vm))
}

/// The state of an array of `code` holding `bytes`.
fn array_payload(code: u8, bytes: Vec<u8>) -> Payload {
    Payload::Native(Box::new(ArrayState(RefCell::new(ArrayData {
        code,
        bytes,
        exports: 0,
    }))))
}

/// A new array of `code` holding `bytes`.
fn new_array(vm: &Vm, code: u8, bytes: Vec<u8>) -> ObjRef {
    Obj::new(array_type(vm), array_payload(code, bytes))
}

/// The Python objects of all items.
fn objects(vm: &Vm, d: &ArrayData) -> Vec<ObjRef> {
    d.values().into_iter().map(|v| to_object(vm, v)).collect()
}

/// The bytes of the items `it` yields, converted for `code` (all or nothing).
fn bytes_of(vm: &Vm, code: u8, items: &[ObjRef]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(items.len() * itemsize(code));
    for x in items {
        write(vm, code, x, &mut out)?;
    }
    Ok(out)
}

/// Appends the items of an iterable one at a time, as array_iter_extend does: the ones
/// before a failing item stay.
fn extend_iter(vm: &Vm, d: &RefCell<ArrayData>, iterable: &ObjRef) -> PyResult<()> {
    let it = vm.iter(iterable)?;
    while let Some(x) = vm.next(&it)? {
        let code = d.borrow().code;
        let mut b = Vec::new();
        write(vm, code, &x, &mut b)?;
        d.borrow_mut().resize(vm, |v| v.extend_from_slice(&b))?;
    }
    Ok(())
}

/// Appends bytes (a multiple of the item size) to the array.
fn extend_bytes(vm: &Vm, d: &RefCell<ArrayData>, b: &[u8]) -> PyResult<()> {
    if !b.len().is_multiple_of(d.borrow().size()) {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    d.borrow_mut().resize(vm, |v| v.extend_from_slice(b))?;
    Ok(())
}

/// The code points of a str, as `u` items' bytes.
fn unicode_bytes(s: &crate::types::str::PyStr) -> Vec<u8> {
    s.code_points().flat_map(|c| c.to_ne_bytes()).collect()
}

/// `array(typecode[, initializer])`.
fn array_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    if args.has_kw() && std::rc::Rc::ptr_eq(cls, &array_type(vm)) {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error(if pos.is_empty() {
            "array() takes at least 1 argument (0 given)".to_string()
        } else {
            format!("array() takes at most 2 arguments ({} given)", pos.len())
        }));
    }
    let code = match pos[0].as_str() {
        Some(s) if s.len() == 1 => s.code_points().next().unwrap_or(0),
        _ => {
            return Err(vm.type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                vm.type_name(&pos[0])
            )));
        }
    };
    let code = match char::from_u32(code) {
        Some(c) if c.is_ascii() && items::TYPECODES.contains(c) => c as u8,
        _ => {
            return Err(
                vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
            );
        }
    };
    make_array(vm, cls, code, pos.get(1))
}

/// A new array of class `cls` and typecode `code`, filled from `init` as `array()` fills it.
fn make_array(vm: &Vm, cls: &ObjRef, code: u8, init: Option<&ObjRef>) -> PyResult {
    let a = if std::rc::Rc::ptr_eq(cls, &array_type(vm)) {
        new_array(vm, code, Vec::new())
    } else {
        vm.alloc_instance(cls, array_payload(code, Vec::new()))
    };
    let Some(init) = init else {
        return Ok(a);
    };
    let d = data(vm, &a)?;
    if let Some(s) = init.as_str() {
        if code != b'u' {
            return Err(vm.type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                code as char
            )));
        }
        d.borrow_mut().bytes = unicode_bytes(s);
    } else if let Some(src) = try_data(init) {
        let src_code = src.borrow().code;
        if src_code == b'u' && code != b'u' {
            return Err(vm.type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                code as char
            )));
        }
        let objs = objects(vm, &src.borrow());
        d.borrow_mut().bytes = bytes_of(vm, code, &objs)?;
    } else if matches!(init.payload, Payload::Bytes(_) | Payload::ByteArray(_)) {
        let b = crate::types::bytes::buffer(init).unwrap_or_default();
        extend_bytes(vm, d, &b)?;
    } else {
        extend_iter(vm, d, init)?;
    }
    Ok(a)
}

fn array_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let d = data(vm, o)?.borrow();
    let code = d.code as char;
    // The class's own name, a subclass's included (`_PyType_Name`).
    let name = crate::types::type_methods::short_name(&o.class());
    if d.len() == 0 {
        return Ok(vm.new_str(format!("{name}('{code}')")));
    }
    let body = if d.code == b'u' {
        let s: String = d
            .values()
            .into_iter()
            .map(|v| match v {
                Val::Char(c) => char::from_u32(c).unwrap_or('\u{fffd}'),
                _ => '?',
            })
            .collect();
        vm.new_str(s)
    } else {
        vm.new_list(objects(vm, &d))
    };
    drop(d);
    let r = vm.repr_string(&body)?;
    Ok(vm.new_str(format!("{name}('{code}', {r})")))
}

fn array_len(vm: &Vm, o: &ObjRef) -> PyResult<usize> {
    Ok(data(vm, o)?.borrow().len())
}

fn get_typecode(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_str((data(vm, o)?.borrow().code as char).to_string()))
}

fn get_itemsize(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int(data(vm, o)?.borrow().size() as i64))
}

/// The iterator over an array: it reads the array live, as arrayiter_next does.
struct ArrayIter {
    /// The array, let go once the iterator is exhausted (`arrayiter_next`).
    array: RefCell<Option<ObjRef>>,
    pos: Cell<usize>,
}

impl NativeData for ArrayIter {
    fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        if let Ok(a) = self.array.try_borrow()
            && let Some(a) = &*a
        {
            f(a);
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn array_iter(vm: &Vm, o: &ObjRef) -> PyResult {
    data(vm, o)?;
    let t = vm.native_type("array.arrayiterator", || {
        let t = crate::types::new_static_type(
            &vm.types.type_,
            "array.arrayiterator",
            &vm.types.object,
            Layout::Opaque,
            0,
        );
        let s = Slots {
            iter: Slot::Native(iter_self),
            next: Slot::Native(iter_next),
            ..Slots::default()
        };
        crate::object::slot_resolve::install_static(vm, &t, s);
        crate::object::slot_resolve::inherit_static(&t);
        t
    });
    let it = ArrayIter {
        array: RefCell::new(Some(o.clone())),
        pos: Cell::new(0),
    };
    Ok(Obj::new(t, Payload::Native(Box::new(it))))
}

fn iter_self(_vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}

fn iter_next(vm: &Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let Payload::Native(n) = &o.payload else {
        return Ok(None);
    };
    let Some(it) = n.as_any().downcast_ref::<ArrayIter>() else {
        return Ok(None);
    };
    let Some(array) = it.array.borrow().clone() else {
        return Ok(None);
    };
    let i = it.pos.get();
    let item = {
        let d = data(vm, &array)?.borrow();
        (i < d.len()).then(|| d.get(i))
    };
    match item {
        Some(v) => {
            it.pos.set(i + 1);
            Ok(Some(to_object(vm, v)))
        }
        None => {
            let gone = it.array.borrow_mut().take();
            drop(gone);
            Ok(None)
        }
    }
}

fn make_type(vm: &Vm) -> ObjRef {
    let t = crate::types::new_static_type(
        &vm.types.type_,
        "array.array",
        &vm.types.object,
        Layout::Opaque,
        crate::object::typeobj::SEQUENCE | crate::object::typeobj::BASETYPE,
    );
    let s = Slots {
        new: Slot::Native(array_new),
        repr: Slot::Native(array_repr),
        len: Slot::Native(array_len),
        iter: Slot::Native(array_iter),
        getitem: Slot::Native(ops::getitem),
        setitem: Slot::Native(ops::setitem),
        contains: Slot::Native(ops::contains),
        richcompare: Slot::Native(ops::richcompare),
        sq_concat: Slot::Native(ops::concat),
        sq_repeat: Slot::Native(ops::repeat),
        sq_inplace_concat: Slot::Native(ops::inplace_concat),
        sq_inplace_repeat: Slot::Native(ops::inplace_repeat),
        ..Slots::default()
    };
    vm.add_methods(&t, ops::METHODS);
    vm.add_methods(&t, &[("__reduce_ex__", pickle::m_reduce_ex)]);
    vm.add_getset(&t, "typecode", get_typecode, None);
    vm.add_getset(&t, "itemsize", get_itemsize, None);
    crate::object::slot_resolve::install_static(vm, &t, s);
    crate::object::slot_resolve::inherit_static(&t);
    vm.set_unhashable(&t);
    t
}

/// Creates the `array` module.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("array");
    let Some(d) = m.dict() else { return m };
    let t = array_type(vm);
    vm.dict_set_str(&d, "array", t.clone());
    vm.dict_set_str(&d, "ArrayType", t);
    vm.dict_set_str(&d, "typecodes", vm.new_str(items::TYPECODES));
    vm.dict_set_str(
        &d,
        "_array_reconstructor",
        vm.new_module_builtin("_array_reconstructor", pickle::array_reconstructor, "array"),
    );
    // `array_modexec` registers the type as a `MutableSequence`.
    let abc = crate::builtins::import::import_module(vm, &vm.intern("collections.abc"))
        .and_then(|abc| vm.getattr_str(&abc, "MutableSequence"));
    if let Ok(seq) = abc {
        let _ = vm.call_method(&seq, "register", &[array_type(vm)]);
    }
    m
}
