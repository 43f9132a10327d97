//! `BaseExceptionGroup`/`ExceptionGroup` (`Objects/exceptions.c`) — construction with its
//! checks and class choice, `split`/`subgroup`/`derive` — and the `except*` instructions:
//! `CHECK_EG_MATCH` (`exception_group_match`) and `PREP_RERAISE_STAR`
//! (`_PyExc_PrepReraiseStar`), which decide what a `try`/`except*` re-raises.

use krait_compiler::opcode::Opcode;

use super::exception::{ExcKind, field, kind_of};
use crate::eval::code::Instr;
use crate::eval::frame::Frame;
use crate::object::native::Args;
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::is_subtype;
use crate::object::{ObjRef, Payload, PyErr, PyResult};
use crate::runtime::Vm;

/// Whether `o` is an exception group.
pub fn is_group(o: &ObjRef) -> bool {
    o.as_exception().is_some() && kind_of(&o.class()) == ExcKind::Group
}

/// The sub-exceptions of a group.
pub fn members(o: &ObjRef) -> Vec<ObjRef> {
    field(o, "exceptions")
        .and_then(|t| t.as_tuple().map(|t| t.to_vec()))
        .unwrap_or_default()
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn group_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let cls_name = crate::types::type_methods::short_name(cls);
    args.no_kw(vm, &cls_name)?;
    let a = args.pos();
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            a.len()
        )));
    }
    if a[0].as_str().is_none() {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(&a[0])
        )));
    }
    if !a[1].slot(|s| s.getitem.is_present()) || matches!(a[1].payload, Payload::Dict(_)) {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = vm.collect(&a[1])?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, e) in excs.iter().enumerate() {
        if e.as_exception().is_none() {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !vm.is_instance_of(e, &vm.exc.exception) {
            nested_base = true;
        }
    }
    let mut cls = cls.clone();
    if std::rc::Rc::ptr_eq(&cls, &vm.exc.base_exception_group) {
        if !nested_base {
            cls = vm.exc.exception_group.clone();
        }
    } else if std::rc::Rc::ptr_eq(&cls, &vm.exc.exception_group) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nested_base && is_subtype(&cls, &vm.exc.exception) {
        return Err(vm.type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            crate::types::type_methods::short_name(&cls)
        )));
    }
    let exc = vm.new_exception(&cls, vec![a[0].clone(), a[1].clone()]);
    if let Some(d) = exc.as_exception() {
        let mut f = d.fields.borrow_mut();
        if f.len() == 2 {
            f[0] = Some(a[0].clone());
            f[1] = Some(vm.new_tuple(excs));
        }
    }
    Ok(exc)
}

fn group_init(vm: &Vm, _o: &ObjRef, _args: Args<'_>) -> PyResult {
    Ok(vm.none.clone())
}

/// `str(eg)`: the message and the number of sub-exceptions.
fn group_str(vm: &Vm, o: &ObjRef) -> PyResult {
    let msg = field(o, "message")
        .map(|m| vm.str_lossy(&m))
        .unwrap_or_default();
    let n = members(o).len();
    Ok(vm.new_str(format!(
        "{msg} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    )))
}

/// How `split`/`subgroup` decide which leaves match.
enum Matcher {
    Type(ObjRef),
    Predicate(ObjRef),
    Ids(Vec<usize>),
}

impl Matcher {
    fn new(vm: &Vm, m: &ObjRef) -> PyResult<Matcher> {
        let is_class = |c: &ObjRef| c.as_type().is_some() && is_subtype(c, &vm.exc.base_exception);
        if is_class(m) || m.as_tuple().is_some_and(|t| t.iter().all(is_class)) {
            return Ok(Matcher::Type(m.clone()));
        }
        if crate::builtins::introspect::is_callable(m) {
            return Ok(Matcher::Predicate(m.clone()));
        }
        Err(vm.type_error("expected an exception type, a tuple of exception types, or a callable (other than a class)"))
    }

    fn matches(&self, vm: &Vm, e: &ObjRef) -> PyResult<bool> {
        match self {
            Matcher::Type(t) => Ok(crate::eval::exceptions::exception_matches(e, t)),
            Matcher::Predicate(f) => {
                let r = vm.call_pos(f, std::slice::from_ref(e))?;
                vm.truthy(&r)
            }
            Matcher::Ids(ids) => Ok(ids.contains(&e.id())),
        }
    }
}

/// `exceptiongroup_subset`: `eg.derive(excs)` carrying over the traceback, cause, context and
/// a copy of the notes.
fn subset(vm: &Vm, eg: &ObjRef, excs: Vec<ObjRef>) -> PyResult<Option<ObjRef>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let list = vm.new_list(excs);
    let new = vm.call_method(eg, "derive", &[list])?;
    if !is_group(&new) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    if let (Some(src), Some(dst)) = (eg.as_exception(), new.as_exception()) {
        *dst.traceback.borrow_mut() = src.traceback.borrow().clone();
        *dst.cause.borrow_mut() = src.cause.borrow().clone();
        *dst.context.borrow_mut() = src.context.borrow().clone();
    }
    if let Some(notes) = vm.getattr_opt(eg, &vm.names.__notes__)?
        && notes.slot(|s| s.getitem.is_present())
        && notes.as_str().is_none()
    {
        let copy = vm.new_list(vm.collect(&notes)?);
        vm.setattr(&new, &vm.names.__notes__, &copy)?;
    }
    Ok(Some(new))
}

/// `exceptiongroup_split_recursive`: (matching part, rest), either possibly None.
fn split_rec(
    vm: &Vm,
    exc: &ObjRef,
    m: &Matcher,
    want_rest: bool,
) -> PyResult<(Option<ObjRef>, Option<ObjRef>)> {
    if m.matches(vm, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    if !is_group(exc) {
        return Ok((None, want_rest.then(|| exc.clone())));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in members(exc) {
        let (a, b) = vm.with_recursion(" in exceptiongroup_split_recursive", || {
            split_rec(vm, &e, m, want_rest)
        })?;
        matched.extend(a);
        rest.extend(b);
    }
    let a = subset(vm, exc, matched)?;
    let b = if want_rest {
        subset(vm, exc, rest)?
    } else {
        None
    };
    Ok((a, b))
}

fn m_split(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "split", 1)?;
    let m = Matcher::new(vm, &a[0])?;
    let (x, y) = split_rec(vm, o, &m, true)?;
    let none = || vm.none.clone();
    Ok(vm.new_tuple(vec![x.unwrap_or_else(none), y.unwrap_or_else(none)]))
}

fn m_subgroup(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "subgroup", 1)?;
    let m = Matcher::new(vm, &a[0])?;
    let (x, _) = split_rec(vm, o, &m, false)?;
    Ok(x.unwrap_or_else(|| vm.none.clone()))
}

fn m_derive(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "derive", 1)?;
    let msg = field(o, "message").unwrap_or_else(|| vm.empty_str.clone());
    vm.call_pos(&vm.exc.base_exception_group, &[msg, a[0].clone()])
}

fn m_class_getitem(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__class_getitem__", 1)?;
    crate::types::alias::new_generic(vm, cls, &a[0])
}

/// A group made by the interpreter (`_PyExc_CreateExceptionGroup`), from the sequence it is
/// given (a tuple when wrapping a naked exception, the list of raised ones otherwise).
fn create(vm: &Vm, msg: &str, excs: ObjRef) -> PyResult {
    vm.call_pos(&vm.exc.base_exception_group, &[vm.new_str(msg), excs])
}

/// Every leaf of a group (or the exception itself).
fn leaves(o: &ObjRef, out: &mut Vec<ObjRef>) {
    if is_group(o) {
        for e in members(o) {
            leaves(&e, out);
        }
    } else {
        out.push(o.clone());
    }
}

/// `is_same_exception_metadata`: the same notes, traceback, cause and context.
fn same_metadata(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    let same = |x: Option<ObjRef>, y: Option<ObjRef>| match (x, y) {
        (Some(p), Some(q)) => std::rc::Rc::ptr_eq(&p, &q),
        (None, None) => true,
        _ => false,
    };
    let (Some(x), Some(y)) = (a.as_exception(), b.as_exception()) else {
        return Ok(false);
    };
    let notes_a = vm.getattr_opt(a, &vm.names.__notes__)?;
    let notes_b = vm.getattr_opt(b, &vm.names.__notes__)?;
    Ok(same(notes_a, notes_b)
        && same(x.traceback.borrow().clone(), y.traceback.borrow().clone())
        && same(x.cause.borrow().clone(), y.cause.borrow().clone())
        && same(x.context.borrow().clone(), y.context.borrow().clone()))
}

/// `_PyExc_PrepReraiseStar`: what the `try`/`except*` raises after its handlers ran.
fn prep_reraise_star(vm: &Vm, orig: &ObjRef, excs: &[ObjRef]) -> PyResult {
    let excs: Vec<ObjRef> = excs.iter().filter(|e| !vm.is_none(e)).cloned().collect();
    if excs.is_empty() {
        return Ok(vm.none.clone());
    }
    if !is_group(orig) {
        return Ok(excs[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in excs {
        if same_metadata(vm, &e, orig)? {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let mut keep_ids = Vec::new();
    for e in &reraised {
        let mut l = Vec::new();
        leaves(e, &mut l);
        keep_ids.extend(l.iter().map(|x| x.id()));
    }
    let reraised_eg = if keep_ids.is_empty() {
        None
    } else {
        split_rec(vm, orig, &Matcher::Ids(keep_ids), false)?.0
    };
    if raised.is_empty() {
        return Ok(reraised_eg.unwrap_or_else(|| vm.none.clone()));
    }
    raised.extend(reraised_eg);
    if raised.len() > 1 {
        return create(vm, "", vm.new_list(raised));
    }
    Ok(raised[0].clone())
}

/// Runs `CHECK_EG_MATCH` or `PREP_RERAISE_STAR`.
pub fn execute(vm: &Vm, frame: &mut Frame, ins: Instr) -> PyResult<()> {
    match ins.op {
        Opcode::CHECK_EG_MATCH => {
            let match_type = frame.pop(vm)?;
            check_star_type(vm, &match_type)?;
            let exc = frame.peek(vm, 1)?.clone();
            let (m, rest) = eg_match(vm, &exc, &match_type)?;
            match m {
                None => frame.push(vm.none.clone()),
                Some(m) => {
                    if let Some(top) = frame.slots.last_mut() {
                        *top = Some(rest.unwrap_or_else(|| vm.none.clone()));
                    }
                    frame.push(m.clone());
                    if let Some(slot) = vm.exc_stack.borrow_mut().last_mut() {
                        *slot = Some(m);
                    }
                }
            }
            Ok(())
        }
        _ => {
            let excs = frame.pop(vm)?;
            let orig = frame.pop(vm)?;
            let list = excs
                .as_list()
                .map(|l| l.borrow().clone())
                .unwrap_or_default();
            let r = prep_reraise_star(vm, &orig, &list)?;
            frame.push(r);
            Ok(())
        }
    }
}

/// `check_except_star_type_valid`.
fn check_star_type(vm: &Vm, t: &ObjRef) -> PyResult<()> {
    let items = match t.as_tuple() {
        Some(items) => items.to_vec(),
        None => vec![t.clone()],
    };
    for c in &items {
        if c.as_type().is_none() || !is_subtype(c, &vm.exc.base_exception) {
            return Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        if is_subtype(c, &vm.exc.base_exception_group) {
            return Err(vm.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
    }
    Ok(())
}

/// `exception_group_match`: (match, rest); no match is (None, None).
fn eg_match(vm: &Vm, exc: &ObjRef, t: &ObjRef) -> PyResult<(Option<ObjRef>, Option<ObjRef>)> {
    if vm.is_none(exc) {
        return Ok((None, None));
    }
    if crate::eval::exceptions::exception_matches(exc, t) {
        if is_group(exc) {
            return Ok((Some(exc.clone()), None));
        }
        let wrapped = create(vm, "", vm.new_tuple(vec![exc.clone()]))?;
        if let (Some(w), Some(e)) = (wrapped.as_exception(), exc.as_exception()) {
            *w.traceback.borrow_mut() = e.traceback.borrow().clone();
        }
        return Ok((Some(wrapped), None));
    }
    if is_group(exc) {
        let m = Matcher::Type(t.clone());
        let (a, b) = split_rec(vm, exc, &m, true)?;
        return match a {
            None => Ok((None, None)),
            Some(a) => Ok((Some(a), b)),
        };
    }
    Ok((None, None))
}

fn get_message(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(field(o, "message").unwrap_or_else(|| vm.none.clone()))
}

fn get_exceptions(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(field(o, "exceptions").unwrap_or_else(|| vm.empty_tuple.clone()))
}

/// Fills `BaseExceptionGroup`.
pub fn init(vm: &Vm) {
    let t = &vm.exc.base_exception_group;
    vm.add_methods(
        t,
        &[
            ("split", m_split),
            ("subgroup", m_subgroup),
            ("derive", m_derive),
        ],
    );
    vm.add_classmethod(t, "__class_getitem__", m_class_getitem);
    vm.add_getset(t, "message", get_message, None);
    vm.add_getset(t, "exceptions", get_exceptions, None);
    let s = Slots {
        new: Slot::Native(group_new),
        init: Slot::Native(group_init),
        str: Slot::Native(group_str),
        ..Slots::default()
    };
    crate::object::slot_resolve::install_static(vm, t, s);
    let _: Option<PyErr> = None;
}
