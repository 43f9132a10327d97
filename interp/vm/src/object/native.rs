//! Functions written in Rust: built-in functions (`len`), methods of built-in types as their
//! descriptors (`list.append`, `int.__add__`) and bound to an object (`[].append`), computed
//! attributes (`getset_descriptor`), and `Args`, the vectorcall-style argument view they receive
//! with helpers that check arguments and raise CPython's messages.

use super::{ObjRef, PyErr, PyResult};
use crate::runtime::Vm;

/// A built-in function: the arguments as given.
pub type NativeFn = fn(&Vm, Args<'_>) -> PyResult;
/// A method of a built-in type: `self`, then the arguments.
pub type NativeMethod = fn(&Vm, &ObjRef, Args<'_>) -> PyResult;
/// A getter of a computed attribute.
pub type Getter = fn(&Vm, &ObjRef) -> PyResult;
/// A setter (or deleter, given None) of a computed attribute.
pub type Setter = fn(&Vm, &ObjRef, Option<ObjRef>) -> PyResult<()>;

/// A built-in function that looks at the frame calling it (`locals()`, `super()`); the frame
/// is None when called from Rust rather than from Python code.
pub type FrameFn = fn(&Vm, Option<&crate::eval::frame::Frame>, Args<'_>) -> PyResult;

/// What a built-in callable runs.
#[derive(Clone, Copy, Debug)]
pub enum NativeKind {
    /// A plain function.
    Function(NativeFn),
    /// A method, bound to the object in [`Builtin::bound`].
    Method(NativeMethod),
    /// A function that reads its caller's frame.
    WithFrame(FrameFn),
}

/// A `builtin_function_or_method`.
#[derive(Debug)]
pub struct Builtin {
    /// `__name__`.
    pub name: &'static str,
    /// What it runs.
    pub func: NativeKind,
    /// `__self__` for a method bound to its object (or the module/type for functions).
    pub bound: Option<ObjRef>,
    /// `__module__` for functions shown as `<built-in function len>`.
    pub module: Option<&'static str>,
    /// Whether a call counts one recursion level, as CPython's `METH_O`/`METH_NOARGS`
    /// functions do (" while calling a Python object").
    pub counted: bool,
}

/// How a method descriptor binds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DescrKind {
    /// An ordinary method (`method_descriptor`, or `wrapper_descriptor` for slots).
    Method,
    /// A dunder that implements a type slot (`<slot wrapper '__add__' of 'int' objects>`).
    Slot,
    /// A class method (`dict.fromkeys`): binds to the type.
    Class,
    /// A static method (`str.maketrans`, `__new__`): does not bind.
    Static,
}

/// A method of a built-in type.
#[derive(Debug)]
pub struct MethodDescr {
    /// `__name__`.
    pub name: &'static str,
    /// The type that defines it (`__objclass__`).
    pub owner: ObjRef,
    /// The function.
    pub func: NativeMethod,
    /// How it binds.
    pub kind: DescrKind,
    /// Whether a call counts one recursion level (CPython's `METH_O`/`METH_NOARGS` methods).
    pub counted: bool,
    /// `__doc__`, for the methods given one ([`Vm::set_docs`]).
    pub doc: std::cell::Cell<Option<&'static str>>,
}

/// Methods of the built-in types that CPython declares `METH_O` or `METH_NOARGS`: calling them
/// counts a recursion level (" while calling a Python object").
const COUNTED_METHODS: &[&str] = &[
    "join",
    "append",
    "extend",
    "remove",
    "copy",
    "clear",
    "reverse",
    "keys",
    "values",
    "items",
    "popitem",
    "add",
    "discard",
    "upper",
    "lower",
    "title",
    "capitalize",
    "casefold",
    "swapcase",
    "isalpha",
    "isdigit",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "istitle",
    "isdecimal",
    "isnumeric",
    "isidentifier",
    "isprintable",
    "isascii",
    "__contains__",
    "__getitem__",
    "__reversed__",
    "__sizeof__",
    "__format__",
    "__dir__",
];

/// A computed attribute of a built-in type (`int.real`, `function.__name__`).
#[derive(Debug)]
pub struct GetSet {
    /// `__name__`.
    pub name: &'static str,
    /// The type that defines it.
    pub owner: ObjRef,
    /// Reads it.
    pub get: Getter,
    /// Writes or deletes it; None when read-only.
    pub set: Option<Setter>,
    /// A `PyMemberDef` in CPython (`member_descriptor`): read-only, it answers "readonly
    /// attribute" to a store, and shows as `<member ...>`.
    pub member: bool,
    /// `__doc__`, for the attributes given one ([`Vm::set_docs`]).
    pub doc: std::cell::Cell<Option<&'static str>>,
}

/// Call arguments as CPython's vectorcall passes them: positional values, then keyword values
/// whose names are `kwnames` (in order).
#[derive(Clone, Copy, Debug)]
pub struct Args<'a> {
    /// Positional values followed by keyword values.
    pub values: &'a [ObjRef],
    /// Names of the trailing keyword values.
    pub kwnames: &'a [ObjRef],
}

impl<'a> Args<'a> {
    /// Arguments with no keywords.
    pub fn positional(values: &'a [ObjRef]) -> Args<'a> {
        Args {
            values,
            kwnames: &[],
        }
    }

    /// The positional values.
    #[inline]
    pub fn pos(&self) -> &'a [ObjRef] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    /// The keyword (name, value) pairs.
    pub fn kw(&self) -> impl Iterator<Item = (&'a ObjRef, &'a ObjRef)> + 'a {
        let start = self.values.len() - self.kwnames.len();
        self.kwnames.iter().zip(&self.values[start..])
    }

    /// Whether there are keyword arguments.
    #[inline]
    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// The value of keyword `name`, if given.
    pub fn kwarg(&self, name: &str) -> Option<&'a ObjRef> {
        self.kw()
            .find(|(k, _)| k.as_str().is_some_and(|s| s.as_bytes() == name.as_bytes()))
            .map(|(_, v)| v)
    }

    /// Checks that there are no keyword arguments (`"f() takes no keyword arguments"`).
    pub fn no_kw(&self, vm: &Vm, fname: &str) -> PyResult<()> {
        if self.has_kw() {
            return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
        }
        Ok(())
    }

    /// The arguments of a built-in iterator type's `__new__` that takes no keywords: they are
    /// an error unless `cls` is a subclass with an `__init__` of its own, which receives them
    /// instead (`filter_new`, `map_new`, `cycle_new`... check `_PyArg_NoKeywords` only when
    /// `type->tp_init` is the base type's).
    pub fn no_kw_for_new(self, vm: &Vm, cls: &ObjRef, fname: &str) -> PyResult<Args<'a>> {
        if !self.has_kw() {
            return Ok(self);
        }
        let init = super::typeobj::lookup(cls, &vm.intern("__init__"));
        let object_init = super::typeobj::lookup(&vm.types.object, &vm.intern("__init__"));
        let own_init = match (init, object_init) {
            (Some(a), Some(b)) => !std::rc::Rc::ptr_eq(&a, &b),
            _ => false,
        };
        if !own_init {
            return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
        }
        Ok(Args::positional(self.pos()))
    }

    /// Exactly `n` positional arguments and no keywords, with CPython's messages for functions
    /// declared `METH_O`/`METH_NOARGS` or with a fixed count. Inlined, its errors out of line
    /// (as [`Args::range`]).
    #[inline]
    pub fn exact(&self, vm: &Vm, fname: &str, n: usize) -> PyResult<&'a [ObjRef]> {
        let pos = self.pos();
        if self.has_kw() || pos.len() != n {
            return Err(self.exact_error(vm, fname, n));
        }
        Ok(pos)
    }

    /// The error [`Args::exact`] raises.
    #[cold]
    #[inline(never)]
    fn exact_error(&self, vm: &Vm, fname: &str, n: usize) -> PyErr {
        if let Err(e) = self.no_kw(vm, fname) {
            return e;
        }
        let given = self.pos().len();
        vm.type_error(match n {
            0 => format!("{fname}() takes no arguments ({given} given)"),
            1 => format!("{fname}() takes exactly one argument ({given} given)"),
            _ => format!("{fname} expected {n} arguments, got {given}"),
        })
    }

    /// [`Args::exact`] for the function `prefix.name`, whose name is only formatted for an
    /// error (formatting it on every call cost a third of `operator.index`).
    pub fn exact_qualified(
        &self,
        vm: &Vm,
        prefix: &str,
        name: &str,
        n: usize,
    ) -> PyResult<&'a [ObjRef]> {
        if self.kwnames.is_empty() && self.values.len() == n {
            return Ok(self.values);
        }
        self.exact(vm, &format!("{prefix}.{name}"), n)
    }

    /// Between `min` and `max` positional arguments, no keywords (`_PyArg_CheckPositional`).
    /// The check is inlined and its errors made out of line: called, it was a third of a
    /// call of `isinstance`.
    #[inline]
    pub fn range(&self, vm: &Vm, fname: &str, min: usize, max: usize) -> PyResult<&'a [ObjRef]> {
        let pos = self.pos();
        let n = pos.len();
        if self.has_kw() || n < min || n > max {
            return Err(self.range_error(vm, fname, min, max));
        }
        Ok(pos)
    }

    /// The error [`Args::range`] raises.
    #[cold]
    #[inline(never)]
    fn range_error(&self, vm: &Vm, fname: &str, min: usize, max: usize) -> PyErr {
        if let Err(e) = self.no_kw(vm, fname) {
            return e;
        }
        let n = self.pos().len();
        vm.type_error(if n < min {
            if min == max {
                format!("{fname} expected {min} argument{}, got {n}", plural(min))
            } else {
                format!(
                    "{fname} expected at least {min} argument{}, got {n}",
                    plural(min)
                )
            }
        } else if min == max {
            format!("{fname} expected {max} argument{}, got {n}", plural(max))
        } else {
            format!(
                "{fname} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        })
    }

    /// Between `min` and `max` positional arguments, no keywords, with the messages of
    /// `PyArg_ParseTuple` (`"find() takes at most 3 arguments (4 given)"`), which the methods
    /// not converted to Argument Clinic still use.
    pub fn parse_tuple(
        &self,
        vm: &Vm,
        fname: &str,
        min: usize,
        max: usize,
    ) -> PyResult<&'a [ObjRef]> {
        self.no_kw(vm, fname)?;
        let pos = self.pos();
        let n = pos.len();
        let (how, want) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        if n < min || n > max {
            return Err(vm.type_error(format!(
                "{fname}() takes {how} {want} argument{} ({n} given)",
                plural(want)
            )));
        }
        Ok(pos)
    }

    /// Binds arguments to named parameters the way Argument Clinic's parsers do: the first
    /// `posonly` only by position, the rest by position or keyword (up to `max_pos` by
    /// position), `required` of them required. Returns one slot per parameter.
    pub fn bind<const N: usize>(
        &self,
        vm: &Vm,
        fname: &str,
        names: [&str; N],
        posonly: usize,
        max_pos: usize,
        required: usize,
    ) -> PyResult<[Option<ObjRef>; N]> {
        let mut out: [Option<ObjRef>; N] = std::array::from_fn(|_| None);
        let pos = self.pos();
        let given = pos.len() + self.kwnames.len();
        if given > N {
            return Err(vm.type_error(format!(
                "{fname}() takes at most {N} {}argument{} ({given} given)",
                if pos.is_empty() { "keyword " } else { "" },
                plural(N)
            )));
        }
        if pos.len() > max_pos {
            return Err(vm.type_error(if max_pos == 0 {
                format!("{fname}() takes no positional arguments")
            } else {
                format!(
                    "{fname}() takes {} {max_pos} positional argument{} ({} given)",
                    if posonly.min(required) < max_pos {
                        "at most"
                    } else {
                        "exactly"
                    },
                    plural(max_pos),
                    pos.len()
                )
            }));
        }
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        for (k, v) in self.kw() {
            let key = k.as_str().map(|s| s.to_string_lossy().into_owned());
            let key = key.unwrap_or_default();
            match names.iter().position(|n| *n == key) {
                Some(i) if i >= posonly => {
                    if out[i].is_some() {
                        return Err(vm.type_error(format!(
                            "argument for {fname}() given by name ('{key}') and position ({})",
                            i + 1
                        )));
                    }
                    out[i] = Some(v.clone());
                }
                _ => {
                    return Err(vm.type_error(format!(
                        "'{key}' is an invalid keyword argument for {fname}()"
                    )));
                }
            }
        }
        for (i, slot) in out.iter().enumerate().take(required) {
            if slot.is_none() {
                return Err(if i < posonly || i < pos.len() {
                    vm.type_error(format!(
                        "{fname}() takes {} {required} positional argument{} ({} given)",
                        if required < max_pos {
                            "at least"
                        } else {
                            "exactly"
                        },
                        plural(required),
                        pos.len()
                    ))
                } else {
                    vm.type_error(format!(
                        "{fname}() missing required argument '{}' (pos {})",
                        names[i],
                        i + 1
                    ))
                });
            }
        }
        Ok(out)
    }
}

/// `"s"` after counts other than one.
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

impl Vm<'_> {
    /// Adds methods to a built-in type's namespace.
    pub fn add_methods(&self, ty: &ObjRef, methods: &[(&'static str, NativeMethod)]) {
        for &(name, func) in methods {
            self.add_descr(ty, name, func, DescrKind::Method);
        }
    }

    /// Gives methods and computed attributes of the built-in type `ty` (added before) their
    /// `__doc__` (the `ml_doc` of CPython's method table, the `doc` of its getset table).
    pub fn set_docs(&self, ty: &ObjRef, docs: &[(&'static str, &'static str)]) {
        for &(name, doc) in docs {
            let Some(d) = super::typeobj::lookup(ty, &self.intern(name)) else {
                continue;
            };
            match &d.payload {
                super::Payload::MethodDescr(m) => m.doc.set(Some(doc)),
                super::Payload::GetSet(g) => g.doc.set(Some(doc)),
                _ => {}
            }
        }
    }

    /// Adds a class method (`dict.fromkeys`) to a built-in type.
    pub fn add_classmethod(&self, ty: &ObjRef, name: &'static str, func: NativeMethod) {
        self.add_descr(ty, name, func, DescrKind::Class);
    }

    /// Adds a static method (`str.maketrans`) to a built-in type; the function receives the
    /// type as its first parameter.
    pub fn add_staticmethod(&self, ty: &ObjRef, name: &'static str, func: NativeMethod) {
        self.add_descr(ty, name, func, DescrKind::Static);
    }

    fn add_descr(&self, ty: &ObjRef, name: &'static str, func: NativeMethod, kind: DescrKind) {
        let class = match kind {
            DescrKind::Class => &self.types.classmethod_descriptor,
            _ => &self.types.method_descriptor,
        };
        let d = super::Obj::new(
            class.clone(),
            super::Payload::MethodDescr(Box::new(MethodDescr {
                name,
                owner: ty.clone(),
                func,
                kind,
                counted: kind == DescrKind::Method && COUNTED_METHODS.contains(&name),
                doc: std::cell::Cell::new(None),
            })),
        );
        self.type_dict_set(ty, self.intern(name), d);
    }

    /// Adds a computed attribute to a built-in type.
    pub fn add_getset(&self, ty: &ObjRef, name: &'static str, get: Getter, set: Option<Setter>) {
        self.add_getset_of(ty, name, get, set, false);
    }

    /// Adds a read-only attribute that CPython defines as a `READONLY` member
    /// (`property.fget`, `function.__globals__`, `method.__self__`...).
    pub fn add_readonly_member(&self, ty: &ObjRef, name: &'static str, get: Getter) {
        self.add_getset_of(ty, name, get, None, true);
    }

    fn add_getset_of(
        &self,
        ty: &ObjRef,
        name: &'static str,
        get: Getter,
        set: Option<Setter>,
        member: bool,
    ) {
        // A `PyMemberDef` attribute is a `member_descriptor`, a `PyGetSetDef` one a
        // `getset_descriptor`.
        let class = if member {
            &self.types.member_descriptor
        } else {
            &self.types.getset_descriptor
        };
        let d = super::Obj::new(
            class.clone(),
            super::Payload::GetSet(Box::new(GetSet {
                name,
                owner: ty.clone(),
                get,
                set,
                member,
                doc: std::cell::Cell::new(None),
            })),
        );
        self.type_dict_set(ty, self.intern(name), d);
    }

    /// Makes a built-in type unhashable (`__hash__ = None`).
    pub fn set_unhashable(&self, ty: &ObjRef) {
        self.type_dict_set(ty, self.intern("__hash__"), self.none.clone());
        if let Some(t) = ty.as_type() {
            t.slots.borrow_mut().hash = super::slots::Slot::Absent;
        }
    }

    /// A new built-in function object.
    pub fn new_builtin(&self, name: &'static str, func: NativeFn) -> ObjRef {
        self.new_module_builtin(name, func, "builtins")
    }

    /// A new built-in function of a native module (`__module__` is `module`).
    pub fn new_module_builtin(
        &self,
        name: &'static str,
        func: NativeFn,
        module: &'static str,
    ) -> ObjRef {
        super::Obj::new(
            self.types.builtin_function.clone(),
            super::Payload::Builtin(Box::new(Builtin {
                name,
                func: NativeKind::Function(func),
                bound: None,
                module: Some(module),
                counted: false,
            })),
        )
    }

    /// A new built-in function whose calls count a recursion level (`METH_O`/`METH_NOARGS`).
    pub fn new_counted_builtin(&self, name: &'static str, func: NativeFn) -> ObjRef {
        super::Obj::new(
            self.types.builtin_function.clone(),
            super::Payload::Builtin(Box::new(Builtin {
                name,
                func: NativeKind::Function(func),
                bound: None,
                module: Some("builtins"),
                counted: true,
            })),
        )
    }

    /// A new built-in function that reads its caller's frame.
    pub fn new_frame_builtin(&self, name: &'static str, func: FrameFn) -> ObjRef {
        self.new_module_frame_builtin(name, func, "builtins")
    }

    /// A new built-in function of a native module that reads its caller's frame.
    pub fn new_module_frame_builtin(
        &self,
        name: &'static str,
        func: FrameFn,
        module: &'static str,
    ) -> ObjRef {
        super::Obj::new(
            self.types.builtin_function.clone(),
            super::Payload::Builtin(Box::new(Builtin {
                name,
                func: NativeKind::WithFrame(func),
                bound: None,
                module: Some(module),
                counted: false,
            })),
        )
    }

    /// A built-in method bound to `obj` (`[].append`).
    pub fn new_bound_builtin(&self, name: &'static str, func: NativeMethod, obj: ObjRef) -> ObjRef {
        super::Obj::new(
            self.types.builtin_function.clone(),
            super::Payload::Builtin(Box::new(Builtin {
                name,
                func: NativeKind::Method(func),
                bound: Some(obj),
                module: None,
                counted: false,
            })),
        )
    }

    /// Allocates an instance of `cls` with the given payload, with an instance dict when the
    /// class gives its instances one.
    pub fn alloc_instance(&self, cls: &ObjRef, payload: super::Payload) -> ObjRef {
        let has_dict = cls
            .as_type()
            .is_some_and(|t| t.has(super::typeobj::HAS_DICT));
        let obj = if has_dict && !matches!(payload, super::Payload::Values(_)) {
            // The instance's own dict is untracked: the collector sees its items through the
            // instance (`gc::traverse`), and it does not count as a second allocation.
            let dict = self.new_dict_from(crate::types::dict_table::DictTable::new());
            super::Obj::with_dict(cls.clone(), dict, payload)
        } else {
            super::Obj::new(cls.clone(), payload)
        };
        if super::finalize::class_has_finalizer(cls) {
            obj.set_finalize(true);
            super::finalize::reserve_identity(&obj);
        }
        self.gc_track(&obj);
        obj
    }
}
