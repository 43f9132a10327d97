//! Call instructions: `CALL` (a Python function becomes a new frame on the loop, anything else
//! is called from Rust), `CALL_FUNCTION_EX` (`f(*args, **kwargs)`) and `MAKE_FUNCTION`.

use krait_compiler::code::flags::{CO_VARARGS, CO_VARKEYWORDS};
use krait_compiler::opcode::Opcode;

use super::code::{Code, Instr};
use super::dispatch::Step;
use super::frame::{Frame, bad_stack};
use super::generators::start_generator;
use super::{Event, new_call_frame};
use crate::object::native::{Args, DescrKind, MethodDescr, NativeKind};
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// `CALL n`: the stack holds `[method or NULL, callable or self, n arguments]`, the last
/// `len(kwnames)` of them keywords named by the preceding `KW_NAMES`.
pub fn call(vm: &Vm, frame: &mut Frame, n: usize) -> PyResult<Step> {
    let kwnames = frame.kwnames.take();
    if n + 2 > frame.depth() {
        return Err(bad_stack(vm));
    }
    let base = frame.slots.len() - n - 2;
    let first = frame.slots[base].take();
    let (func, args_start) = match first {
        Some(meth) => (meth, base + 1),
        None => {
            let Some(callable) = frame.slots[base + 1].take() else {
                return Err(bad_stack(vm));
            };
            match &callable.payload {
                Payload::Method(m) => {
                    frame.slots[base + 1] = Some(m.self_.clone());
                    (m.func.clone(), base + 1)
                }
                _ => (callable, base + 2),
            }
        }
    };
    let mut func = func;
    if kwnames.is_none() {
        func = match exact_args_frame(vm, frame, func, args_start)? {
            Ok(new) => {
                frame.forget_taken(base);
                return enter(vm, frame, new);
            }
            Err(func) => func,
        };
        if let Some(r) = builtin_call(vm, frame, &func, args_start) {
            // What is left above `base` is the emptied callable slot (and `self`'s).
            frame.forget_taken(base);
            frame.push(r?);
            return Ok(Step::Next);
        }
        if let Payload::MethodDescr(d) = &func.payload
            && let Some(r) = method_descr_call(vm, frame, d, &func, args_start)
        {
            frame.forget_taken(base);
            let r = r?;
            frame.push(r);
            return Ok(Step::Next);
        }
    }
    // The arguments go to a pooled vector: a call of a built-in allocates nothing here.
    let mut args = vm.take_args();
    let mut complete = true;
    for v in frame.slots.drain(args_start..) {
        match v {
            Some(v) => args.push(v),
            None => complete = false,
        }
    }
    frame.forget_taken(base);
    let r = if complete {
        call_with(vm, frame, &func, &args, kwnames.as_ref())
    } else {
        Err(bad_stack(vm))
    };
    vm.give_args(args);
    r
}

/// A Python function's frame, its parameters bound: pushed on the frame stack, or for a
/// generator function made into its generator at once (see [`start_generator`]).
#[inline]
fn enter(vm: &Vm, frame: &mut Frame, new: Box<Frame>) -> PyResult<Step> {
    if !super::is_generator_code(&new.code) {
        return Ok(Step::Event(Event::Call(new)));
    }
    match start_generator(vm, new)? {
        Ok(g) => {
            frame.push(g);
            Ok(Step::Next)
        }
        Err(new) => Ok(Step::Event(Event::Call(new))),
    }
}

/// The rest of `CALL` once the arguments are gathered.
fn call_with(
    vm: &Vm,
    frame: &mut Frame,
    func: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<Step> {
    let kw: &[ObjRef] = match kwnames {
        Some(k) => k.as_tuple().unwrap_or(&[]),
        None => &[],
    };
    if kw.len() > args.len() {
        return Err(bad_stack(vm));
    }
    let call_args = Args {
        values: args,
        kwnames: kw,
    };
    if func.as_function().is_some() {
        let new = new_call_frame(vm, func, call_args)?;
        return enter(vm, frame, new);
    }
    if call_args.values.is_empty() && std::rc::Rc::ptr_eq(func, &vm.types.super_) {
        let r = crate::builtins::introspect::super_from_frame(vm, frame)?;
        frame.push(r);
        return Ok(Step::Next);
    }
    if let Payload::Builtin(b) = &func.payload
        && let crate::object::native::NativeKind::WithFrame(f) = b.func
    {
        let r = f(vm, Some(frame), call_args)?;
        frame.push(r);
        return Ok(Step::Next);
    }
    let r = vm.call(func, call_args)?;
    frame.push(r);
    Ok(Step::Next)
}

/// A built-in function called with at most two positional arguments (3.11's
/// `PRECALL_BUILTIN_FAST`, `PRECALL_NO_KW_LEN`, `PRECALL_NO_KW_ISINSTANCE`...): the arguments
/// are moved off the stack into a local array and the function runs on it, without the
/// argument vector and the generic call's dispatch. None (the stack untouched) otherwise.
/// Out of line: inlined, it changed the code of the whole instruction loop for the worse.
#[inline(never)]
fn builtin_call(
    vm: &Vm,
    frame: &mut Frame,
    func: &ObjRef,
    args_start: usize,
) -> Option<PyResult<ObjRef>> {
    let Payload::Builtin(b) = &func.payload else {
        return None;
    };
    let NativeKind::Function(f) = b.func else {
        return None;
    };
    let n = frame.slots.len().checked_sub(args_start)?;
    if n > 2 || frame.slots[args_start..].iter().any(Option::is_none) {
        return None;
    }
    // A `METH_O`/`METH_NOARGS` function counts a recursion level, as `vm.call` does.
    let run = |args: &[ObjRef]| {
        if b.counted {
            vm.with_recursion(" while calling a Python object", || {
                f(vm, Args::positional(args))
            })
        } else {
            f(vm, Args::positional(args))
        }
    };
    // Dropped in order after the call, as the generic path's vector drops them.
    Some(match n {
        0 => run(&[]),
        // `len(x)` skips the argument parsing (3.11's `PRECALL_NO_KW_LEN`).
        1 if std::ptr::fn_addr_eq(f, crate::builtins::iteration::LEN) => {
            let a = frame.slots.pop().flatten()?;
            let len = vm.with_recursion(" while calling a Python object", || vm.len(&a));
            len.map(|len| vm.new_int(len as i64))
        }
        1 => {
            let a = [frame.slots.pop().flatten()?];
            run(&a)
        }
        _ => {
            let second = frame.slots.pop().flatten()?;
            let a = [frame.slots.pop().flatten()?, second];
            run(&a)
        }
    })
}

/// A built-in method called on an object of exactly its type without keywords, as
/// `l.append(x)` after `LOAD_METHOD` (3.11's `PRECALL_NO_KW_METHOD_DESCRIPTOR_O`/`_FAST`): the
/// method runs on the arguments where they lie, skipping the generic call's dispatch and the
/// subclass check. None when the call needs the generic path (the stack is left as it was);
/// the arguments are consumed otherwise.
fn method_descr_call(
    vm: &Vm,
    frame: &mut Frame,
    d: &MethodDescr,
    func: &ObjRef,
    args_start: usize,
) -> Option<PyResult<ObjRef>> {
    if d.kind != DescrKind::Method || !func.has_builtin_type() {
        return None;
    }
    let self_ok = frame
        .slots
        .get(args_start)?
        .as_ref()
        .is_some_and(|s| s.is_exact(&d.owner));
    if !self_ok || frame.slots[args_start + 1..].iter().any(Option::is_none) {
        return None;
    }
    let mut args = vm.take_args();
    args.extend(frame.slots.drain(args_start + 1..).flatten());
    let this = frame.slots.pop().flatten()?;
    let r = vm.run_method_descr(d, &this, Args::positional(&args), &d.owner);
    vm.give_args(args);
    Some(r)
}

/// A Python function called with its positional parameters, the last ones possibly left to
/// their defaults, and nothing else to bind (3.11's `CALL_PY_EXACT_ARGS` and
/// `CALL_PY_WITH_DEFAULTS`): the arguments move from the caller's stack into the new frame's
/// first slots, the defaults fill the rest (the frame as `empty_call_frame` makes it, the
/// function moved into it). The function comes back when the call needs the general binding
/// of `args::bind`.
fn exact_args_frame(
    vm: &Vm,
    frame: &mut Frame,
    func: ObjRef,
    args_start: usize,
) -> PyResult<Result<Box<Frame>, ObjRef>> {
    let Some(f) = func.as_function() else {
        return Ok(Err(func));
    };
    let code = f.code.borrow().clone();
    let co = &code.co;
    let given = frame.slots.len() - args_start;
    let Ok(argc) = usize::try_from(co.argcount) else {
        return Ok(Err(func));
    };
    if co.flags & (CO_VARARGS | CO_VARKEYWORDS) != 0
        || co.kwonlyargcount != 0
        || given > argc
        || code.nlocalsplus < argc
    {
        return Ok(Err(func));
    }
    // The defaults of the parameters not given, when there are enough of them.
    let defaults = match argc - given {
        0 => None,
        missing => {
            let d = f.defaults.borrow().clone();
            match d {
                Some(d) if d.as_tuple().is_some_and(|t| t.len() >= missing) => Some(d),
                _ => return Ok(Err(func)),
            }
        }
    };
    if frame.slots[args_start..].iter().any(Option::is_none) {
        return Err(bad_stack(vm));
    }
    let (globals, builtins) = (f.globals.clone(), f.builtins.clone());
    let locals = super::unoptimized_locals(&code, &globals);
    let args = &mut frame.slots[args_start..];
    // The arguments' slots, emptied by the move, are forgotten by the caller with the callable's
    // (`Frame::forget_taken`).
    let mut new = vm.alloc_frame(code, globals, builtins, locals, Some(func), args);
    if let Some(d) = defaults.as_ref().and_then(|d| d.as_tuple()) {
        let missing = argc - given;
        for (slot, v) in new.slots[given..argc]
            .iter_mut()
            .zip(&d[d.len() - missing..])
        {
            *slot = Some(v.clone());
        }
    }
    Ok(Ok(new))
}

/// `CALL_FUNCTION_EX` and `MAKE_FUNCTION`.
pub fn execute(vm: &Vm, frame: &mut Frame, code: &Code, ins: Instr) -> PyResult<()> {
    match ins.op {
        Opcode::CALL_FUNCTION_EX => call_ex(vm, frame, ins.arg),
        Opcode::MAKE_FUNCTION => make_function(vm, frame, ins.arg),
        _ => {
            let _ = code;
            Err(vm.system_error("unknown call opcode"))
        }
    }
}

fn call_ex(vm: &Vm, frame: &mut Frame, flags: u32) -> PyResult<()> {
    let kwargs = if flags & 1 != 0 {
        Some(frame.pop(vm)?)
    } else {
        None
    };
    let callargs = frame.pop(vm)?;
    let func = frame.pop(vm)?;
    let null = frame.pop_opt(vm)?;
    let positional = if callargs.is_exact(&vm.types.tuple) {
        callargs.as_tuple().map(|t| t.to_vec()).unwrap_or_default()
    } else {
        if !callargs.slot(|s| s.iter.is_present() || s.getitem.is_present()) {
            return Err(vm.type_error(format!(
                "{} argument after * must be an iterable, not {}",
                function_str(vm, &func),
                vm.type_name(&callargs)
            )));
        }
        vm.collect(&callargs)?
    };
    let mut values = positional;
    let mut names = Vec::new();
    if let Some(kw) = kwargs {
        let d = if kw.is_exact(&vm.types.dict) {
            kw
        } else {
            let d = vm.new_dict();
            merge_kwargs(vm, &d, &kw, &func)?;
            d
        };
        for (k, v) in vm.dict_items(&d) {
            names.push(k);
            values.push(v);
        }
    }
    // `_PyStack_UnpackDict`.
    if names.iter().any(|k| k.as_str().is_none()) {
        return Err(vm.type_error("keywords must be strings"));
    }
    // The callee of `f(*a)` may itself be a method bound by `LOAD_METHOD` in older code; here
    // the NULL slot is always empty.
    let target = match null {
        Some(m) => {
            values.insert(0, func);
            m
        }
        None => func,
    };
    let r = vm.call(
        &target,
        Args {
            values: &values,
            kwnames: &names,
        },
    )?;
    frame.push(r);
    Ok(())
}

/// `DICT_MERGE`'s semantics for `**kwargs`: a mapping whose keys must be strings and unique.
pub fn merge_kwargs(vm: &Vm, d: &ObjRef, src: &ObjRef, func: &ObjRef) -> PyResult<()> {
    let multiple = |k: &ObjRef| -> PyResult<crate::object::PyErr> {
        // `format_kwargs_error` shows the key with `%S`: str() of whatever it is.
        let key = vm.str_string(k)?;
        Ok(vm.type_error(format!(
            "{} got multiple values for keyword argument '{key}'",
            function_str(vm, func),
        )))
    };
    // `dict_merge` reads a dict's entries (a subclass's too, unless it iterates its own way)
    // without its `keys` or `__getitem__`.
    if let Some(r) = crate::types::dict::merge_entries(vm, src, |e| {
        if vm.dict_get(d, &e.key)?.is_some() {
            return Err(multiple(&e.key)?);
        }
        vm.dict_set(d, e.key, e.value)
    }) {
        return r;
    }
    let keys = match vm.getattr_opt(src, &vm.names.keys)? {
        Some(k) => vm.call0(&k)?,
        None => {
            return Err(vm.type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                function_str(vm, func),
                vm.type_name(src)
            )));
        }
    };
    for k in vm.collect(&keys)? {
        if vm.dict_get(d, &k)?.is_some() {
            return Err(multiple(&k)?);
        }
        let v = vm.getitem(src, &k)?;
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

/// `_PyObject_FunctionStr`: `module.qualname()` (module omitted for builtins), as error
/// messages about calls name the callee.
pub fn function_str(vm: &Vm, func: &ObjRef) -> String {
    let qualname = match vm.getattr_opt(func, &vm.names.__qualname__) {
        Ok(Some(q)) if q.as_str().is_some() => vm.str_lossy(&q),
        _ => return vm.str_string(func).unwrap_or_default(),
    };
    let module = match vm.getattr_opt(func, &vm.names.__module__) {
        Ok(Some(m)) if m.as_str().is_some() => Some(vm.str_lossy(&m)),
        _ => None,
    };
    match module {
        Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
        _ => format!("{qualname}()"),
    }
}

/// `MAKE_FUNCTION flags`: closure, annotations, keyword defaults and defaults as flagged.
fn make_function(vm: &Vm, frame: &mut Frame, flags: u32) -> PyResult<()> {
    let code_obj = frame.pop(vm)?;
    // The closure tuple is tracked by the collector already: `new_tuple` tracks a tuple of
    // cells, which are tracked.
    let closure = if flags & 8 != 0 {
        Some(frame.pop(vm)?)
    } else {
        None
    };
    let annotations = if flags & 4 != 0 {
        Some(frame.pop(vm)?)
    } else {
        None
    };
    let kwdefaults = if flags & 2 != 0 {
        Some(frame.pop(vm)?)
    } else {
        None
    };
    let defaults = if flags & 1 != 0 {
        Some(frame.pop(vm)?)
    } else {
        None
    };
    let f = crate::types::function::new_function(
        vm,
        code_obj,
        frame.globals.clone(),
        frame.builtins.clone(),
        defaults,
        kwdefaults,
        closure,
        annotations,
    )?;
    frame.push(f);
    Ok(())
}
