//! The abstract object protocols (`Objects/abstract.c`, `object.c`): `repr`, `str`, `hash`,
//! truth, `len`, iteration, subscription, `in` and `__index__`, each dispatched through the
//! type's slot, with CPython's checks on what dunders return and its error messages.

use super::slots::Slot;
use super::typeobj::{self, lookup};
use super::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;
use crate::types::int::Int;

impl Vm<'_> {
    /// `repr(obj)`, as a `str` object.
    pub fn repr(&self, obj: &ObjRef) -> PyResult {
        match obj.slot(|s| s.repr) {
            Slot::Native(f) => {
                self.with_recursion(" while getting the repr of an object", || f(self, obj))
            }
            _ => {
                let r = self.with_recursion(" while getting the repr of an object", || {
                    self.call_dunder(obj, &self.names.__repr__, &[])
                })?;
                if r.as_str().is_none() {
                    return Err(self.type_error(format!(
                        "__repr__ returned non-string (type {})",
                        self.type_name(&r)
                    )));
                }
                Ok(r)
            }
        }
    }

    /// `str(obj)`, as a `str` object.
    pub fn str(&self, obj: &ObjRef) -> PyResult {
        if obj.is_exact(&self.types.str) {
            return Ok(obj.clone());
        }
        match obj.slot(|s| s.str) {
            Slot::Native(f) => {
                self.with_recursion(" while getting the str of an object", || f(self, obj))
            }
            Slot::Python => {
                let r = self.with_recursion(" while getting the str of an object", || {
                    self.call_dunder(obj, &self.names.__str__, &[])
                })?;
                if r.as_str().is_none() {
                    return Err(self.type_error(format!(
                        "__str__ returned non-string (type {})",
                        self.type_name(&r)
                    )));
                }
                Ok(r)
            }
            Slot::Absent => self.repr(obj),
        }
    }

    /// `repr(obj)` as Rust text.
    pub fn repr_string(&self, obj: &ObjRef) -> PyResult<String> {
        let r = self.repr(obj)?;
        Ok(self.str_lossy(&r))
    }

    /// `str(obj)` as Rust text.
    pub fn str_string(&self, obj: &ObjRef) -> PyResult<String> {
        let r = self.str(obj)?;
        Ok(self.str_lossy(&r))
    }

    /// `hash(obj)`.
    pub fn hash(&self, obj: &ObjRef) -> PyResult<i64> {
        if let Payload::Str(s) = &obj.payload
            && obj.has_builtin_type()
        {
            return Ok(s.hash());
        }
        match obj.slot(|s| s.hash) {
            Slot::Native(f) => f(self, obj),
            Slot::Python => {
                let r = self.call_dunder(obj, &self.names.__hash__, &[])?;
                match r.as_int() {
                    // A big result is reduced as int's own hash reduces it.
                    Some(i) => Ok(match i {
                        Int::Small(-1) => -2,
                        Int::Small(v) => *v,
                        big => big.hash(),
                    }),
                    None => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            Slot::Absent => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(obj))))
            }
        }
    }

    /// `bool(obj)` (`PyObject_IsTrue`): `__bool__`, else `__len__`, else true.
    pub fn truthy(&self, obj: &ObjRef) -> PyResult<bool> {
        if std::rc::Rc::ptr_eq(obj, &self.true_obj) {
            return Ok(true);
        }
        if std::rc::Rc::ptr_eq(obj, &self.false_obj) || self.is_none(obj) {
            return Ok(false);
        }
        match obj.slot(|s| s.bool) {
            Slot::Native(f) => return f(self, obj),
            Slot::Python => {
                let r = self.call_dunder(obj, &self.names.__bool__, &[])?;
                if !r.is_exact(&self.types.bool) {
                    return Err(self.type_error(format!(
                        "__bool__ should return bool, returned {}",
                        self.type_name(&r)
                    )));
                }
                return Ok(std::rc::Rc::ptr_eq(&r, &self.true_obj));
            }
            Slot::Absent => {}
        }
        match obj.slot(|s| s.len) {
            Slot::Absent => Ok(true),
            _ => Ok(self.len(obj)? > 0),
        }
    }

    /// `not obj`.
    pub fn not(&self, obj: &ObjRef) -> PyResult<bool> {
        self.truthy(obj).map(|b| !b)
    }

    /// `len(obj)`.
    pub fn len(&self, obj: &ObjRef) -> PyResult<usize> {
        match obj.slot(|s| s.len) {
            Slot::Native(f) => f(self, obj),
            Slot::Python => {
                let r = self.call_dunder(obj, &self.names.__len__, &[])?;
                let n = self.index(&r)?;
                if n.is_negative() {
                    return Err(self.value_error("__len__() should return >= 0"));
                }
                n.as_i64().map(|n| n as usize).ok_or_else(|| {
                    self.overflow_error("cannot fit 'int' into an index-sized integer")
                })
            }
            Slot::Absent => Err(self.type_error(format!(
                "object of type '{}' has no len()",
                self.type_name(obj)
            ))),
        }
    }

    /// `iter(obj)`.
    pub fn iter(&self, obj: &ObjRef) -> PyResult {
        match obj.slot(|s| s.iter) {
            Slot::Native(f) => f(self, obj),
            Slot::Python => {
                let ty = obj.class();
                match lookup(&ty, &self.names.__iter__) {
                    Some(m) if !self.is_none(&m) => {
                        let it = self.call_descriptor_method(&m, obj, &ty, &[])?;
                        if !it.slot(|s| s.next).is_present() {
                            return Err(self.type_error(format!(
                                "iter() returned non-iterator of type '{}'",
                                self.type_name(&it)
                            )));
                        }
                        Ok(it)
                    }
                    _ => Err(self.not_iterable(obj)),
                }
            }
            Slot::Absent => {
                if obj.slot(|s| s.getitem).is_present() && !matches!(obj.payload, Payload::Dict(_))
                {
                    return Ok(crate::types::iter::new_seq_iter(self, obj.clone()));
                }
                Err(self.not_iterable(obj))
            }
        }
    }

    /// `TypeError: 'X' object is not iterable`.
    pub fn not_iterable(&self, obj: &ObjRef) -> super::PyErr {
        self.type_error(format!("'{}' object is not iterable", self.type_name(obj)))
    }

    /// `next(it)`: None when exhausted (`StopIteration` is absorbed).
    pub fn next(&self, it: &ObjRef) -> PyResult<Option<ObjRef>> {
        match it.slot(|s| s.next) {
            // A `tp_iternext` may also end with `StopIteration` set (a generator's return
            // value); callers clear it (`PyIter_Next`).
            Slot::Native(f) => match f(self, it) {
                Err(e) if self.err_matches(&e, &self.exc.stop_iteration) => Ok(None),
                r => r,
            },
            Slot::Python => match self.call_dunder(it, &self.names.__next__, &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_matches(&e, &self.exc.stop_iteration) => Ok(None),
                Err(e) => Err(e),
            },
            Slot::Absent => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
        }
    }

    /// `PySequence_Fast(iterable, message)`: the items, or `TypeError(message)` when the object
    /// is not iterable.
    pub fn collect_fast(&self, iterable: &ObjRef, message: &str) -> PyResult<Vec<ObjRef>> {
        if !iterable.slot(|s| s.iter.is_present() || s.getitem.is_present()) {
            return Err(self.type_error(message));
        }
        self.collect(iterable)
    }

    /// Collects an iterable into a vector.
    pub fn collect(&self, iterable: &ObjRef) -> PyResult<Vec<ObjRef>> {
        match &iterable.payload {
            Payload::List(l) if iterable.has_builtin_type() => return Ok(l.borrow().clone()),
            Payload::Tuple(t) if iterable.has_builtin_type() => return Ok(t.to_vec()),
            // `list_extend` first makes room for the length hint, so `list(range(10**11))`
            // fails with `MemoryError` before making a single item.
            Payload::Range(r) => {
                let n = r.len.as_i64().unwrap_or(i64::MAX).max(0) as usize;
                crate::allocator::check_items(self, n, std::mem::size_of::<ObjRef>())?;
            }
            _ => {}
        }
        let it = self.iter(iterable)?;
        let mut out = Vec::new();
        while let Some(v) = self.next(&it)? {
            out.push(v);
        }
        Ok(out)
    }

    /// `obj[key]`.
    pub fn getitem(&self, obj: &ObjRef, key: &ObjRef) -> PyResult {
        match obj.slot(|s| s.getitem) {
            Slot::Native(f) => f(self, obj, key),
            Slot::Python => {
                self.call_dunder(obj, &self.names.__getitem__, std::slice::from_ref(key))
            }
            Slot::Absent => {
                if let Payload::Type(_) = &obj.payload {
                    if let Some(m) = lookup(obj, &self.names.__class_getitem__) {
                        let f = self.bind_descriptor(&m, None, obj)?;
                        return self.call_pos(&f, std::slice::from_ref(key));
                    }
                    if std::rc::Rc::ptr_eq(obj, &self.types.type_) {
                        return crate::types::alias::new_generic(self, obj, key);
                    }
                    return Err(self.type_error(format!(
                        "type '{}' is not subscriptable",
                        typeobj::type_name(obj)
                    )));
                }
                Err(self.type_error(format!(
                    "'{}' object is not subscriptable",
                    self.type_name(obj)
                )))
            }
        }
    }

    /// `obj[key] = value`.
    pub fn setitem(&self, obj: &ObjRef, key: &ObjRef, value: &ObjRef) -> PyResult<()> {
        match obj.slot(|s| s.setitem) {
            Slot::Native(f) => f(self, obj, key, Some(value)),
            Slot::Python => {
                let ty = obj.class();
                match lookup(&ty, &self.names.__setitem__) {
                    Some(m) => {
                        self.call_descriptor_method(&m, obj, &ty, &[key.clone(), value.clone()])?;
                        Ok(())
                    }
                    None => Err(self.no_item_assignment(obj)),
                }
            }
            Slot::Absent => Err(self.no_item_assignment(obj)),
        }
    }

    fn no_item_assignment(&self, obj: &ObjRef) -> super::PyErr {
        self.type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(obj)
        ))
    }

    /// `del obj[key]`.
    pub fn delitem(&self, obj: &ObjRef, key: &ObjRef) -> PyResult<()> {
        let err = || {
            self.type_error(format!(
                "'{}' object doesn't support item deletion",
                self.type_name(obj)
            ))
        };
        match obj.slot(|s| s.setitem) {
            Slot::Native(f) => f(self, obj, key, None),
            Slot::Python => {
                let ty = obj.class();
                match lookup(&ty, &self.names.__delitem__) {
                    Some(m) => {
                        self.call_descriptor_method(&m, obj, &ty, std::slice::from_ref(key))?;
                        Ok(())
                    }
                    None => Err(err()),
                }
            }
            Slot::Absent => Err(err()),
        }
    }

    /// `item in container` (`PySequence_Contains`): `__contains__`, else iteration.
    pub fn contains(&self, container: &ObjRef, item: &ObjRef) -> PyResult<bool> {
        match container.slot(|s| s.contains) {
            Slot::Native(f) => f(self, container, item),
            Slot::Python => {
                // `__contains__ = None` declares the type not a container.
                if let Some(f) = lookup(&container.class(), &self.names.__contains__)
                    && self.is_none(&f)
                {
                    return Err(self.type_error(format!(
                        "'{}' object is not a container",
                        self.type_name(container)
                    )));
                }
                let r = self.call_dunder(
                    container,
                    &self.names.__contains__,
                    std::slice::from_ref(item),
                )?;
                self.truthy(&r)
            }
            Slot::Absent => {
                let it = match self.iter(container) {
                    Ok(it) => it,
                    Err(e) if self.err_matches(&e, &self.exc.type_error) => {
                        return Err(self.type_error(format!(
                            "argument of type '{}' is not iterable",
                            self.type_name(container)
                        )));
                    }
                    Err(e) => return Err(e),
                };
                while let Some(v) = self.next(&it)? {
                    if std::rc::Rc::ptr_eq(&v, item) || self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// `operator.index(obj)` (`PyNumber_Index`).
    pub fn index(&self, obj: &ObjRef) -> PyResult<Int> {
        if let Payload::Int(i) = &obj.payload {
            return Ok(i.clone());
        }
        match obj.slot(|s| s.index) {
            Slot::Absent => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(obj)
            ))),
            slot => {
                let r = match slot {
                    Slot::Native(f) => f(self, obj)?,
                    _ => self.call_dunder(obj, &self.names.__index__, &[])?,
                };
                match r.as_int() {
                    Some(i) => {
                        self.warn_strict_subclass(&r, "__index__", "int")?;
                        Ok(i.clone())
                    }
                    None => Err(self.type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(&r)
                    ))),
                }
            }
        }
    }

    /// The `DeprecationWarning` CPython issues when a conversion dunder (`__index__`,
    /// `__int__`, `__float__`, ...) returns an instance of a strict subclass of the type it
    /// must return (`_PyNumber_Index`, `PyNumber_Long`, `PyNumber_Float`). `prefix` names the
    /// dunder as the message does (`__float__`'s names its owner's type too).
    pub fn warn_strict_subclass(&self, r: &ObjRef, prefix: &str, kind: &str) -> PyResult<()> {
        let exact = match kind {
            "float" => &self.types.float,
            "complex" => &self.types.complex,
            _ => &self.types.int,
        };
        if r.is_exact(exact) {
            return Ok(());
        }
        let message = format!(
            "{prefix} returned non-{kind} (type {}).  The ability to return an instance of a \
             strict subclass of {kind} is deprecated, and may be removed in a future version \
             of Python.",
            self.type_name(r)
        );
        crate::warnings::warn(self, &self.exc.deprecation_warning, &message, 1, None)
    }

    /// `__index__` as a machine integer, `OverflowError` when too large: the `n` argument
    /// converter (`PyNumber_AsSsize_t(o, PyExc_OverflowError)`).
    pub fn ssize(&self, obj: &ObjRef) -> PyResult<isize> {
        let i = self.index(obj)?;
        i.as_i64()
            .map(|v| v as isize)
            .ok_or_else(|| self.overflow_error("Python int too large to convert to C ssize_t"))
    }

    /// `__index__` as a machine integer, with `OverflowError("cannot fit 'int' into an
    /// index-sized integer")` when too large.
    pub fn index_isize(&self, obj: &ObjRef) -> PyResult<isize> {
        let i = self.index(obj)?;
        i.as_i64().map(|v| v as isize).ok_or_else(|| {
            self.error(
                &self.exc.index_error,
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    self.type_name(obj)
                ),
            )
        })
    }

    /// An argument converted as Argument Clinic's `int` converter does (`_PyLong_AsInt`):
    /// `__index__`, then `OverflowError` outside a C `int`.
    pub fn index_c_int(&self, obj: &ObjRef) -> PyResult<i32> {
        self.index(obj)?
            .as_i64()
            .and_then(|v| i32::try_from(v).ok())
            .ok_or_else(|| self.overflow_error("Python int too large to convert to C int"))
    }

    /// An argument converted as `PyArg_Parse`'s `i` format does: `__index__`, a C long, then
    /// a C int, each overflow with its own message.
    pub fn arg_c_int(&self, obj: &ObjRef) -> PyResult<i32> {
        let Some(x) = self.index(obj)?.as_i64() else {
            return Err(self.overflow_error("Python int too large to convert to C long"));
        };
        i32::try_from(x).map_err(|_| {
            self.overflow_error(if x > 0 {
                "signed integer is greater than maximum"
            } else {
                "signed integer is less than minimum"
            })
        })
    }

    /// `isinstance(obj, cls)` for a single class, without `__instancecheck__`.
    pub fn is_instance_of(&self, obj: &ObjRef, cls: &ObjRef) -> bool {
        typeobj::is_subtype(&obj.class(), cls)
    }
}
