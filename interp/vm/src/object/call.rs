//! Calling objects (`PyObject_Vectorcall`): Python functions run a new frame, built-ins run
//! their Rust function, bound methods prepend `self`, method descriptors check their `self`,
//! types construct (`type_call`: `__new__` then `__init__`), anything else goes through its
//! `__call__` slot.

use super::arith::PowKind;
use super::native::{Args, DescrKind, NativeKind};
use super::slots::{NbOp, Slot, SlotFn};
use super::typeobj::{self, is_subtype};
use super::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

impl Vm<'_> {
    /// `callable(*args, **kwargs)` with vectorcall-style arguments.
    pub fn call(&self, callable: &ObjRef, args: Args<'_>) -> PyResult {
        match &callable.payload {
            Payload::Function(_) => crate::eval::call_function(self, callable, args),
            Payload::Builtin(b) => match b.func {
                NativeKind::Function(f) if b.counted => {
                    self.with_recursion(" while calling a Python object", || f(self, args))
                }
                NativeKind::Function(f) => f(self, args),
                NativeKind::Method(f) => match &b.bound {
                    Some(s) => f(self, s, args).map_err(|e| {
                        let owner = if s.as_type().is_some() {
                            s.clone()
                        } else {
                            s.class()
                        };
                        self.qualify_call_error(e, b.name, &owner)
                    }),
                    None => Err(self.internal("unbound built-in method")),
                },
                NativeKind::WithFrame(f) => f(self, None, args),
            },
            Payload::Method(m) => {
                let mut all = Vec::with_capacity(args.values.len() + 1);
                all.push(m.self_.clone());
                all.extend_from_slice(args.values);
                let args = Args {
                    values: &all,
                    kwnames: args.kwnames,
                };
                match &m.func.payload {
                    // A method descriptor bound to an object is a built-in method named after
                    // the object's type.
                    Payload::MethodDescr(d)
                        if m.func.has_builtin_type() && d.kind == DescrKind::Method =>
                    {
                        let owner = m.self_.class();
                        self.call_method_descr_as(d, args, &owner)
                    }
                    _ => self.call(&m.func, args),
                }
            }
            Payload::MethodDescr(d) if callable.has_builtin_type() => {
                self.call_method_descr(d, args)
            }
            Payload::SlotWrapper(w) if callable.has_builtin_type() => {
                let pos = args.pos();
                let Some(first) = pos.first() else {
                    return Err(self.type_error(format!(
                        "descriptor '{}' of '{}' object needs an argument",
                        w.name,
                        typeobj::type_name(&w.owner)
                    )));
                };
                if !is_subtype(&first.class(), &w.owner) {
                    return Err(self.type_error(format!(
                        "descriptor '{}' requires a '{}' object but received a '{}'",
                        w.name,
                        typeobj::type_name(&w.owner),
                        self.type_name(first)
                    )));
                }
                call_slot_fn(
                    self,
                    w.name,
                    w.func,
                    first,
                    Args {
                        values: &args.values[1..],
                        kwnames: args.kwnames,
                    },
                )
            }
            _ => match callable.slot(|s| s.call) {
                Slot::Native(f) => f(self, callable, args),
                Slot::Python => {
                    let ty = callable.class();
                    match typeobj::lookup(&ty, &self.names.__call__) {
                        Some(m) => self.with_recursion(" while calling a Python object", || {
                            self.call_with_self(&m, callable, &ty, args)
                        }),
                        None => Err(self.not_callable(callable)),
                    }
                }
                Slot::Absent => Err(self.not_callable(callable)),
            },
        }
    }

    fn not_callable(&self, obj: &ObjRef) -> super::PyErr {
        self.type_error(format!("'{}' object is not callable", self.type_name(obj)))
    }

    /// Calls a method found on `ty` with `obj` as `self` and keyword arguments kept.
    pub fn call_with_self(
        &self,
        meth: &ObjRef,
        obj: &ObjRef,
        ty: &ObjRef,
        args: Args<'_>,
    ) -> PyResult {
        if meth.is_unbound_method() {
            // A pooled vector: `__init__` and the other dunders called this way allocate
            // nothing for their arguments.
            let mut all = self.take_args();
            all.push(obj.clone());
            all.extend_from_slice(args.values);
            let r = self.call(
                meth,
                Args {
                    values: &all,
                    kwnames: args.kwnames,
                },
            );
            self.give_args(all);
            return r;
        }
        let bound = self.bind_descriptor(meth, Some(obj), ty)?;
        self.call(&bound, args)
    }

    /// Positional-only call.
    pub fn call_pos(&self, callable: &ObjRef, args: &[ObjRef]) -> PyResult {
        self.call(callable, Args::positional(args))
    }

    /// Call with no arguments.
    pub fn call0(&self, callable: &ObjRef) -> PyResult {
        self.call(callable, Args::positional(&[]))
    }

    /// `obj.name(*args)`.
    pub fn call_method(&self, obj: &ObjRef, name: &str, args: &[ObjRef]) -> PyResult {
        let n = self.intern(name);
        let (m, unbound) = self.get_method(obj, &n)?;
        if unbound {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(obj.clone());
            all.extend_from_slice(args);
            self.call_pos(&m, &all)
        } else {
            self.call_pos(&m, args)
        }
    }

    fn call_method_descr(&self, d: &super::native::MethodDescr, args: Args<'_>) -> PyResult {
        self.call_method_descr_as(d, args, &d.owner)
    }

    /// Calls a method descriptor; its argument errors name it after `owner`.
    fn call_method_descr_as(
        &self,
        d: &super::native::MethodDescr,
        args: Args<'_>,
        owner: &ObjRef,
    ) -> PyResult {
        match d.kind {
            DescrKind::Static => (d.func)(self, &d.owner, args),
            DescrKind::Class => {
                let pos = args.pos();
                let Some(first) = pos.first() else {
                    return Err(self.type_error(format!(
                        "descriptor '{}' of '{}' object needs an argument",
                        d.name,
                        typeobj::type_name(&d.owner)
                    )));
                };
                (d.func)(
                    self,
                    first,
                    Args {
                        values: &args.values[1..],
                        kwnames: args.kwnames,
                    },
                )
            }
            DescrKind::Method | DescrKind::Slot => {
                let pos = args.pos();
                let Some(first) = pos.first() else {
                    return Err(self.type_error(format!(
                        "unbound method {}.{}() needs an argument",
                        typeobj::type_name(&d.owner),
                        d.name
                    )));
                };
                self.check_descr_self(d.name, &d.owner, first)?;
                let rest = Args {
                    values: &args.values[1..],
                    kwnames: args.kwnames,
                };
                self.run_method_descr(d, first, rest, owner)
            }
        }
    }

    /// Runs a method descriptor on a `self` already checked to fit it: a recursion level for
    /// the methods that count one, and argument errors named after `owner`.
    pub(crate) fn run_method_descr(
        &self,
        d: &super::native::MethodDescr,
        this: &ObjRef,
        rest: Args<'_>,
        owner: &ObjRef,
    ) -> PyResult {
        let r = if d.counted {
            self.with_recursion(" while calling a Python object", || {
                (d.func)(self, this, rest)
            })
        } else {
            (d.func)(self, this, rest)
        };
        r.map_err(|e| self.qualify_call_error(e, d.name, owner))
    }

    /// CPython names a method with its type (`_PyObject_FunctionStr`) in the errors of
    /// `METH_NOARGS`/`METH_O` methods and of methods refusing keywords: `list.copy() takes no
    /// arguments (1 given)`. The methods report their bare name; this qualifies it.
    fn qualify_call_error(&self, e: super::PyErr, name: &str, owner: &ObjRef) -> super::PyErr {
        if !e.exc().is_exact(&self.exc.type_error) {
            return e;
        }
        let Some(msg) = e
            .exc()
            .as_exception()
            .and_then(|x| x.args.borrow().as_tuple().and_then(|t| t.first().cloned()))
            .map(|m| self.str_lossy(&m))
        else {
            return e;
        };
        let Some(rest) = msg
            .strip_prefix(name)
            .and_then(|r| r.strip_prefix("() takes "))
        else {
            return e;
        };
        let qualified = [
            "no keyword arguments",
            "no arguments (",
            "exactly one argument (",
        ]
        .iter()
        .any(|p| rest.starts_with(p));
        if !qualified {
            return e;
        }
        self.type_error(format!(
            "{}.{msg}",
            crate::types::type_methods::qualname(owner)
        ))
    }

    /// `descr_check`: a descriptor of type T applies only to instances of T.
    pub fn check_descr_self(&self, name: &str, owner: &ObjRef, obj: &ObjRef) -> PyResult<()> {
        if is_subtype(&obj.class(), owner) {
            return Ok(());
        }
        Err(self.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            typeobj::type_name(owner),
            self.type_name(obj)
        )))
    }

    /// `type_call`: `type(x)` with one argument is the type of `x`; otherwise `cls.__new__(cls,
    /// ...)` and, when that returns an instance of `cls`, `__init__`.
    pub fn type_call(&self, cls: &ObjRef, args: Args<'_>) -> PyResult {
        // Types without a vectorcall entry are called through `_PyObject_MakeTpCall`, which
        // counts a recursion level.
        let t = &self.types;
        let vectorcall = [
            &t.float,
            &t.list,
            &t.tuple,
            &t.bool,
            &t.set,
            &t.frozenset,
            &t.dict,
            &t.range,
            &t.enumerate,
            &t.reversed,
            &t.map,
            &t.filter,
            &t.zip,
            &t.super_,
        ]
        .iter()
        .any(|v| std::rc::Rc::ptr_eq(cls, v))
            || (std::rc::Rc::ptr_eq(cls, &t.type_) && args.pos().len() == 1);
        if vectorcall {
            self.type_call_inner(cls, args)
        } else {
            self.with_recursion(" while calling a Python object", || {
                self.type_call_inner(cls, args)
            })
        }
    }

    fn type_call_inner(&self, cls: &ObjRef, args: Args<'_>) -> PyResult {
        // `str(x)`: `unicode_new` on one positional argument is `PyObject_Str`, and `str`'s
        // `tp_init` (object's) accepts it; skip the general binding.
        if std::rc::Rc::ptr_eq(cls, &self.types.str)
            && args.kwnames.is_empty()
            && let [x] = args.values
        {
            return self.str(x);
        }
        // `int(x)` and `float(x)` likewise (3.11's `long_vectorcall`, `float_vectorcall`).
        if args.kwnames.is_empty()
            && let [x] = args.values
        {
            // An exact int or float converts to itself (`PyNumber_Long`, `PyNumber_Float`).
            if std::rc::Rc::ptr_eq(cls, &self.types.int) {
                if x.is_exact(&self.types.int) {
                    return Ok(x.clone());
                }
                return Ok(self.new_int_from(crate::types::int_type::convert(self, x)?));
            }
            if std::rc::Rc::ptr_eq(cls, &self.types.float) {
                if x.is_exact(&self.types.float) {
                    return Ok(x.clone());
                }
                return Ok(self.new_float(crate::types::float::convert(self, x)?));
            }
        }
        if std::rc::Rc::ptr_eq(cls, &self.types.type_) {
            let pos = args.pos();
            if pos.len() == 1 && !args.has_kw() {
                return Ok(pos[0].class());
            }
            if pos.len() != 3 {
                return Err(self.type_error("type() takes 1 or 3 arguments"));
            }
        }
        let Some(t) = cls.as_type() else {
            return Err(self.internal("type_call on a non-type"));
        };
        let new = t.slots.borrow().new;
        let obj = match new {
            Slot::Native(f) => f(self, cls, args)?,
            Slot::Python => {
                let m = typeobj::lookup(cls, &self.names.__new__)
                    .ok_or_else(|| self.internal("__new__ vanished"))?;
                // `__new__` is a static method: unwrap it and pass the class first.
                let f = match &m.payload {
                    Payload::StaticMethod(f) => f.clone(),
                    _ => self.bind_descriptor(&m, None, cls)?,
                };
                let mut all = Vec::with_capacity(args.values.len() + 1);
                all.push(cls.clone());
                all.extend_from_slice(args.values);
                self.call(
                    &f,
                    Args {
                        values: &all,
                        kwnames: args.kwnames,
                    },
                )?
            }
            Slot::Absent => {
                return Err(self.type_error(format!("cannot create '{}' instances", t.name())));
            }
        };
        if !is_subtype(&obj.class(), cls) {
            return Ok(obj);
        }
        match obj.slot(|s| s.init) {
            Slot::Native(f) => {
                f(self, &obj, args)?;
            }
            Slot::Python => {
                let ty = obj.class();
                if let Some(init) = typeobj::lookup(&ty, &self.names.__init__) {
                    let r = self.call_with_self(&init, &obj, &ty, args)?;
                    if !self.is_none(&r) {
                        return Err(self.type_error(format!(
                            "__init__() should return None, not '{}'",
                            self.type_name(&r)
                        )));
                    }
                }
            }
            Slot::Absent => {}
        }
        Ok(obj)
    }
}

/// Runs a slot wrapper's function with `this` as `self` (`wrap_*` in `typeobject.c`), checking
/// the argument count each signature takes.
pub fn call_slot_fn(vm: &Vm, name: &str, func: SlotFn, this: &ObjRef, args: Args<'_>) -> PyResult {
    let want = |n: usize| -> PyResult<&[ObjRef]> {
        args.no_kw(vm, name)?;
        let pos = args.pos();
        if pos.len() != n {
            return Err(vm.type_error(format!(
                "expected {n} argument{}, got {}",
                super::native::plural(n),
                pos.len()
            )));
        }
        Ok(pos)
    };
    match func {
        SlotFn::Unary(f) => {
            want(0)?;
            f(vm, this)
        }
        SlotFn::Hash(f) => {
            want(0)?;
            let h = f(vm, this)?;
            Ok(vm.new_int(h))
        }
        SlotFn::Bool(f) => {
            want(0)?;
            Ok(vm.new_bool(f(vm, this)?))
        }
        SlotFn::Len(f) => {
            want(0)?;
            Ok(vm.new_int(f(vm, this)? as i64))
        }
        SlotFn::Next(f) => {
            want(0)?;
            match f(vm, this)? {
                Some(v) => Ok(v),
                None => Err(vm.stop_iteration(None)),
            }
        }
        SlotFn::GetItem(f) => {
            let a = want(1)?;
            f(vm, this, &a[0])
        }
        SlotFn::SetItem(f) => {
            let a = want(2)?;
            f(vm, this, &a[0], Some(&a[1]))?;
            Ok(vm.none.clone())
        }
        SlotFn::DelItem(f) => {
            let a = want(1)?;
            f(vm, this, &a[0], None)?;
            Ok(vm.none.clone())
        }
        SlotFn::Contains(f) => {
            let a = want(1)?;
            Ok(vm.new_bool(f(vm, this, &a[0])?))
        }
        SlotFn::Compare(f, op) => {
            let a = want(1)?;
            f(vm, this, &a[0], op)
        }
        SlotFn::Call(f) => f(vm, this, args),
        SlotFn::Init(f) => {
            f(vm, this, args)?;
            Ok(vm.none.clone())
        }
        SlotFn::GetAttr(f) => {
            let a = want(1)?;
            f(vm, this, &a[0])
        }
        SlotFn::SetAttr(f) => {
            let a = want(2)?;
            f(vm, this, &a[0], Some(&a[1]))?;
            Ok(vm.none.clone())
        }
        SlotFn::DelAttr(f) => {
            let a = want(1)?;
            f(vm, this, &a[0], None)?;
            Ok(vm.none.clone())
        }
        SlotFn::DescrGet(f) => {
            args.no_kw(vm, name)?;
            let pos = args.pos();
            if pos.is_empty() || pos.len() > 2 {
                return Err(vm.type_error(format!("expected 1 or 2 arguments, got {}", pos.len())));
            }
            let obj = (!vm.is_none(&pos[0])).then(|| pos[0].clone());
            let ty = match pos.get(1) {
                Some(t) if !vm.is_none(t) => t.clone(),
                _ => match &obj {
                    Some(o) => o.class(),
                    None => {
                        return Err(vm.type_error("__get__(None, None) is invalid"));
                    }
                },
            };
            f(vm, this, obj.as_ref(), &ty)
        }
        SlotFn::DescrSet(f) => {
            let a = want(2)?;
            f(vm, this, &a[0], Some(&a[1]))?;
            Ok(vm.none.clone())
        }
        SlotFn::DescrDelete(f) => {
            let a = want(1)?;
            f(vm, this, &a[0], None)?;
            Ok(vm.none.clone())
        }
        SlotFn::Binary(f, NbOp::Pow) | SlotFn::RBinary(f, NbOp::Pow)
            if args.pos().len() == 2 && !args.has_kw() =>
        {
            // `wrap_ternaryfunc`: `int.__pow__(a, b, m)`.
            let pos = args.pos();
            let (a, b) = match func {
                SlotFn::RBinary(..) => (&pos[0], this),
                _ => (this, &pos[0]),
            };
            if vm.is_none(&pos[1]) {
                return f(vm, a, b);
            }
            let kind = match &this.payload {
                Payload::Int(_) => PowKind::Int,
                Payload::Float(_) => PowKind::Float,
                _ => PowKind::Complex,
            };
            vm.native_pow3(kind, a, b, &pos[1])
        }
        SlotFn::Binary(f, _) | SlotFn::InPlace(f, _) => {
            let a = want(1)?;
            f(vm, this, &a[0])
        }
        SlotFn::RBinary(f, _) => {
            let a = want(1)?;
            f(vm, &a[0], this)
        }
        SlotFn::Del(f) => {
            want(0)?;
            f(vm, this)
        }
        SlotFn::SqConcat(f) | SlotFn::SqInplaceConcat(f) => {
            let a = want(1)?;
            f(vm, this, &a[0])
        }
        SlotFn::SqRepeat(f) | SlotFn::SqInplaceRepeat(f) => {
            // `wrap_indexargfunc`.
            let a = want(1)?;
            let n = vm.index(&a[0])?;
            if n.as_i64().is_none() {
                return Err(vm.overflow_error(format!(
                    "cannot fit '{}' into an index-sized integer",
                    vm.type_name(&a[0])
                )));
            }
            f(vm, this, &vm.new_int_from(n))
        }
    }
}
