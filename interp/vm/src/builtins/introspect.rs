//! Introspection builtins: `isinstance`/`issubclass` (with `__instancecheck__` and
//! `__subclasscheck__`), `getattr`/`setattr`/`hasattr`/`delattr`, `callable`, `repr`, `ascii`,
//! `format`, `dir`, `vars`, `globals`, `locals`.

use std::rc::Rc;

use crate::eval::frame::Frame;
use crate::object::native::Args;
use crate::object::typeobj::{is_subtype, lookup};
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

impl Vm<'_> {
    /// `isinstance(obj, cls)` (`PyObject_IsInstance`).
    pub fn isinstance(&self, obj: &ObjRef, cls: &ObjRef) -> PyResult<bool> {
        if obj.is_exact(cls) {
            return Ok(true);
        }
        if cls.is_exact(&self.types.type_) {
            return self.recursive_isinstance(obj, cls);
        }
        if let Some(members) = crate::types::alias::union_args(cls) {
            return self.isinstance(obj, members);
        }
        if let Some(items) = cls.as_tuple() {
            let items = items.to_vec();
            return self.with_recursion(" in __instancecheck__", || {
                for c in &items {
                    if self.isinstance(obj, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            });
        }
        let meta = cls.class();
        if let Some(checker) = lookup(&meta, &self.names.__instancecheck__) {
            let r = self.with_recursion(" in __instancecheck__", || {
                self.call_descriptor_method(&checker, cls, &meta, std::slice::from_ref(obj))
            })?;
            return self.truthy(&r);
        }
        self.recursive_isinstance(obj, cls)
    }

    /// `object_isinstance`: the type check, then `__class__`.
    pub fn recursive_isinstance(&self, obj: &ObjRef, cls: &ObjRef) -> PyResult<bool> {
        if cls.as_type().is_some() {
            if is_subtype(&obj.class(), cls) {
                return Ok(true);
            }
            if self.class_attr_is_type(obj) {
                return Ok(false);
            }
            if let Some(icls) = self.getattr_opt(obj, &self.names.__class__)?
                && !Rc::ptr_eq(&icls, &obj.class())
                && icls.as_type().is_some()
            {
                return Ok(is_subtype(&icls, cls));
            }
            return Ok(false);
        }
        if !self.has_bases(cls)? {
            return Err(
                self.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
            );
        }
        match self.getattr_opt(obj, &self.names.__class__)? {
            Some(icls) => self.abstract_issubclass(&icls, cls),
            None => Ok(false),
        }
    }

    /// Whether `obj.__class__` is sure to be `type(obj)` without running any code: the
    /// generic `__getattribute__` finds `object`'s own `__class__` descriptor. Then
    /// `object_isinstance` need not fetch it (a common case made cheap, as CPython's method
    /// cache makes the fetch).
    fn class_attr_is_type(&self, obj: &ObjRef) -> bool {
        crate::object::attr::is_generic_getattr(obj.slot(|s| s.getattro))
            && crate::object::typeobj::lookup_with_owner(&obj.class(), &self.names.__class__)
                .is_some_and(|(_, owner)| Rc::ptr_eq(&owner, &self.types.object))
    }

    /// `issubclass(derived, cls)` (`PyObject_IsSubclass`).
    pub fn issubclass(&self, derived: &ObjRef, cls: &ObjRef) -> PyResult<bool> {
        if cls.is_exact(&self.types.type_) {
            if Rc::ptr_eq(derived, cls) {
                return Ok(true);
            }
            return self.recursive_issubclass(derived, cls);
        }
        if let Some(members) = crate::types::alias::union_args(cls) {
            return self.issubclass(derived, members);
        }
        if let Some(items) = cls.as_tuple() {
            let items = items.to_vec();
            // Each nested tuple is a level of `object_issubclass`'s recursion.
            return self.with_recursion(" in __subclasscheck__", || {
                for c in &items {
                    if self.issubclass(derived, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            });
        }
        let meta = cls.class();
        if let Some(checker) = lookup(&meta, &self.names.__subclasscheck__) {
            let r = self.with_recursion(" in __subclasscheck__", || {
                self.call_descriptor_method(&checker, cls, &meta, std::slice::from_ref(derived))
            })?;
            return self.truthy(&r);
        }
        self.recursive_issubclass(derived, cls)
    }

    /// `object_issubclass` without the hooks.
    pub fn recursive_issubclass(&self, derived: &ObjRef, cls: &ObjRef) -> PyResult<bool> {
        if derived.as_type().is_some() && cls.as_type().is_some() {
            return Ok(is_subtype(derived, cls));
        }
        if !self.has_bases(derived)? {
            return Err(self.type_error("issubclass() arg 1 must be a class"));
        }
        if !self.has_bases(cls)? {
            return Err(self
                .type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        }
        self.abstract_issubclass(derived, cls)
    }

    fn has_bases(&self, o: &ObjRef) -> PyResult<bool> {
        if o.as_type().is_some() {
            return Ok(true);
        }
        Ok(matches!(self.getattr_opt(o, &self.intern("__bases__"))?,
            Some(b) if b.as_tuple().is_some()))
    }

    /// Walks `__bases__` looking for `cls` (`abstract_issubclass`): a single base is followed
    /// in a loop, several are searched depth first, each level counted against the recursion
    /// limit (" in __issubclass__"), so a `__bases__` that goes on forever raises
    /// `RecursionError` rather than exhausting the stack.
    fn abstract_issubclass(&self, derived: &ObjRef, cls: &ObjRef) -> PyResult<bool> {
        let mut derived = derived.clone();
        let bases = loop {
            if Rc::ptr_eq(&derived, cls) {
                return Ok(true);
            }
            if derived.as_type().is_some() && cls.as_type().is_some() {
                return Ok(is_subtype(&derived, cls));
            }
            let bases = match self.getattr_opt(&derived, &self.intern("__bases__"))? {
                Some(b) => b.as_tuple().map(|t| t.to_vec()).unwrap_or_default(),
                None => return Ok(false),
            };
            match bases.as_slice() {
                [] => return Ok(false),
                [only] => derived = only.clone(),
                _ => break bases,
            }
        };
        self.with_recursion(" in __issubclass__", || {
            for b in &bases {
                if self.abstract_issubclass(b, cls)? {
                    return Ok(true);
                }
            }
            Ok(false)
        })
    }
}

/// `callable(obj)`.
pub fn is_callable(o: &ObjRef) -> bool {
    match &o.payload {
        Payload::Function(_) | Payload::Builtin(_) | Payload::Method(_) | Payload::Type(_) => true,
        _ => o.slot(|s| s.call.is_present()),
    }
}

fn isinstance(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "isinstance", 2, 2)?;
    Ok(vm.new_bool(vm.isinstance(&a[0], &a[1])?))
}

fn issubclass(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "issubclass", 2, 2)?;
    Ok(vm.new_bool(vm.issubclass(&a[0], &a[1])?))
}

fn name_arg(vm: &Vm, n: &ObjRef) -> PyResult<()> {
    if n.as_str().is_none() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(n)
        )));
    }
    Ok(())
}

fn getattr(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "getattr", 2, 3)?;
    name_arg(vm, &a[1])?;
    match a.get(2) {
        None => vm.getattr(&a[0], &a[1]),
        Some(d) => Ok(vm.getattr_opt(&a[0], &a[1])?.unwrap_or_else(|| d.clone())),
    }
}

fn setattr(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "setattr", 3, 3)?;
    name_arg(vm, &a[1])?;
    vm.setattr(&a[0], &a[1], &a[2])?;
    Ok(vm.none.clone())
}

fn hasattr(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "hasattr", 2, 2)?;
    name_arg(vm, &a[1])?;
    Ok(vm.new_bool(vm.getattr_opt(&a[0], &a[1])?.is_some()))
}

fn delattr(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "delattr", 2, 2)?;
    name_arg(vm, &a[1])?;
    vm.delattr(&a[0], &a[1])?;
    Ok(vm.none.clone())
}

fn callable(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "callable", 1)?;
    Ok(vm.new_bool(is_callable(&a[0])))
}

fn repr(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "repr", 1)?;
    vm.repr(&a[0])
}

fn ascii(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "ascii", 1)?;
    super::ascii_of(vm, &a[0])
}

fn format(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "format", 1, 2)?;
    let spec = a.get(1).cloned().unwrap_or_else(|| vm.empty_str.clone());
    vm.format(&a[0], &spec)
}

/// The names `dir(obj)` lists for an instance: its `__dict__` and its class's attributes.
pub fn object_dir(vm: &Vm, o: &ObjRef) -> PyResult<Vec<ObjRef>> {
    // `object.__dir__` reads `__dict__` and `__class__` as attributes: a lookup that fails
    // with `AttributeError` contributes nothing.
    let d = vm.new_dict();
    let own = vm.getattr_opt(o, &vm.intern("__dict__"))?;
    if let Some(own) = own.filter(|x| x.as_dict().is_some()) {
        for (k, _) in vm.dict_items(&own) {
            vm.dict_set(&d, k, vm.none.clone())?;
        }
    }
    let cls = match vm.getattr_opt(o, &vm.names.__class__)? {
        Some(c) if c.as_type().is_some() => Some(c),
        Some(_) => Some(o.class()),
        None => None,
    };
    for k in cls
        .map(|c| type_dir(vm, &c))
        .transpose()?
        .unwrap_or_default()
    {
        vm.dict_set(&d, k, vm.none.clone())?;
    }
    Ok(vm.dict_items(&d).into_iter().map(|(k, _)| k).collect())
}

/// The names `dir(cls)` lists: the namespaces of the class and its bases, recursively.
pub fn type_dir(vm: &Vm, cls: &ObjRef) -> PyResult<Vec<ObjRef>> {
    let d = vm.new_dict();
    let mut todo = vec![cls.clone()];
    let mut seen: Vec<usize> = Vec::new();
    while let Some(c) = todo.pop() {
        if seen.contains(&c.id()) {
            continue;
        }
        seen.push(c.id());
        if let Some(t) = c.as_type() {
            let keys: Vec<ObjRef> = t.dict.borrow().iter().map(|e| e.key.clone()).collect();
            for k in keys {
                vm.dict_set(&d, k, vm.none.clone())?;
            }
            todo.extend(t.bases.borrow().iter().cloned());
        }
    }
    Ok(vm.dict_items(&d).into_iter().map(|(k, _)| k).collect())
}

fn dir(vm: &Vm, frame: Option<&Frame>, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "dir", 0, 1)?;
    let names = match a.first() {
        // `_dir_locals`: the keys of the locals mapping (`PyMapping_Keys`: a dict's own, any
        // other mapping's `keys()` made a list).
        None => {
            let l = locals_of(vm, frame)?;
            if l.is_exact(&vm.types.dict) {
                vm.dict_items(&l).into_iter().map(|(k, _)| k).collect()
            } else {
                let keys = vm.call_method(&l, "keys", &[])?;
                vm.collect(&keys)?
            }
        }
        Some(o) => return dir_of(vm, o),
    };
    let list = vm.new_list(names);
    vm.call_method(&list, "sort", &[])?;
    Ok(list)
}

/// `dir(o)` (`PyObject_Dir`): what `type(o).__dir__` lists, as a sorted list.
pub fn dir_of(vm: &Vm, o: &ObjRef) -> PyResult {
    let ty = o.class();
    let Some(m) = lookup(&ty, &vm.names.__dir__) else {
        return Err(vm.type_error("object does not provide __dir__"));
    };
    let r = vm.call_descriptor_method(&m, o, &ty, &[])?;
    let list = vm.new_list(vm.collect(&r)?);
    vm.call_method(&list, "sort", &[])?;
    Ok(list)
}

/// The locals of the calling frame (`locals()`): the mapping of a module or class body, or a
/// dict of a function's bound fast locals, cells and free variables.
pub fn locals_of(vm: &Vm, frame: Option<&Frame>) -> PyResult<ObjRef> {
    match frame {
        Some(f) => crate::types::frame::frame_locals(vm, f),
        None => Ok(vm.current_globals().unwrap_or_else(|| vm.new_dict())),
    }
}

fn locals(vm: &Vm, frame: Option<&Frame>, args: Args<'_>) -> PyResult {
    args.exact(vm, "locals", 0)?;
    locals_of(vm, frame)
}

fn globals(vm: &Vm, frame: Option<&Frame>, args: Args<'_>) -> PyResult {
    args.exact(vm, "globals", 0)?;
    Ok(match frame {
        Some(f) => f.globals.clone(),
        None => vm.current_globals().unwrap_or_else(|| vm.new_dict()),
    })
}

fn vars(vm: &Vm, frame: Option<&Frame>, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "vars", 0, 1)?;
    match a.first() {
        None => locals_of(vm, frame),
        Some(o) => match vm.getattr_opt(o, &vm.names.__dict__)? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

/// `super()` with no arguments: the class from the `__class__` cell and the first argument
/// of the calling function (`super_init_without_args`).
fn super_zero_args(vm: &Vm, frame: Option<&Frame>) -> PyResult<(ObjRef, ObjRef)> {
    let Some(f) = frame else {
        return Err(vm.runtime_error("super(): no current frame"));
    };
    if f.code.co.argcount == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let first = match f.slots.first() {
        Some(Some(v)) => match &v.payload {
            Payload::Cell(c) if f.code.is_cell_or_free(0) => c.borrow().clone(),
            _ => Some(v.clone()),
        },
        _ => None,
    };
    let Some(first) = first else {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    };
    for (i, name) in f.code.localsplus.iter().enumerate() {
        let is_free = f.code.kind(i) & krait_compiler::code::CO_FAST_FREE != 0;
        if !is_free || name.as_str().is_none_or(|s| s.as_bytes() != b"__class__") {
            continue;
        }
        let cell = f.slots.get(i).cloned().flatten();
        let Some(cell) = cell else {
            return Err(vm.runtime_error("super(): bad __class__ cell"));
        };
        let ty = match &cell.payload {
            Payload::Cell(c) => c.borrow().clone(),
            _ => None,
        };
        return match ty {
            None => Err(vm.runtime_error("super(): empty __class__ cell")),
            Some(t) if t.as_type().is_some() => Ok((t, first)),
            Some(t) => Err(vm.runtime_error(format!(
                "super(): __class__ is not a type ({})",
                vm.type_name(&t)
            ))),
        };
    }
    Err(vm.runtime_error("super(): __class__ cell not found"))
}

/// `super()` called with no arguments from Python code (`CALL` recognises the `super` type
/// and hands it the calling frame).
pub fn super_from_frame(vm: &Vm, frame: &Frame) -> PyResult {
    let (ty, obj) = super_zero_args(vm, Some(frame))?;
    crate::types::misc::new_super(vm, ty, Some(obj))
}

/// Registers the introspection builtins.
pub fn register(vm: &Vm, d: &ObjRef) {
    let fns: &[(&'static str, crate::object::native::NativeFn)] = &[
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("callable", callable),
        ("repr", repr),
        ("ascii", ascii),
        ("format", format),
    ];
    for &(name, f) in fns {
        vm.dict_set_str(d, name, super::new_function(vm, name, f));
    }
    let frame_fns: &[(&'static str, crate::object::native::FrameFn)] = &[
        ("dir", dir),
        ("locals", locals),
        ("globals", globals),
        ("vars", vars),
    ];
    for &(name, f) in frame_fns {
        vm.dict_set_str(d, name, vm.new_frame_builtin(name, f));
    }
}
