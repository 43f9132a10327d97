//! Running code: the frame stack and the dispatch loop. A Python function called by Python code
//! runs as a new frame on the same loop, so Python recursion uses heap frames and stops at
//! `sys.getrecursionlimit()` with `RecursionError`; Rust code calling Python (dunders,
//! `sorted(key=...)`) re-enters the loop, counted against the same limit.

pub mod args;
pub mod calls;
pub mod chain;
pub mod code;
pub mod containers;
pub mod dispatch;
pub mod exceptions;
pub mod frame;
pub mod generators;
pub mod matching;
pub mod names;
pub mod resume;
pub mod slicing;

use std::rc::Rc;

use krait_compiler::code::flags::{CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_OPTIMIZED};

use self::frame::Frame;
use crate::object::native::Args;
use crate::object::{ObjRef, PyErr, PyResult};
use crate::runtime::Vm;

/// How a run of the loop ended.
#[derive(Debug)]
pub enum Exit {
    /// The base frame returned.
    Return(ObjRef),
    /// The base frame (a generator's) yielded; here is the suspended frame.
    Yield(ObjRef, Box<Frame>),
    /// The base frame ran `RETURN_GENERATOR`: it becomes a generator's frame.
    Generator(Box<Frame>),
}

/// What the instruction loop of one frame reports to the frame stack.
#[derive(Debug)]
pub enum Event {
    /// Push this frame (a Python-to-Python call).
    Call(Box<Frame>),
    /// Push this generator's frame, resumed by `FOR_ITER` or `SEND` (see [`resume`]); its
    /// recursion level is already entered.
    Resume(Box<Frame>),
    /// The frame returned.
    Return(ObjRef),
    /// The frame yielded.
    Yield(ObjRef),
    /// The frame ran `RETURN_GENERATOR`.
    NewGenerator,
    /// An exception leaves the frame (no handler covers it).
    Raise(PyErr),
}

/// Calls a Python function object from Rust.
pub fn call_function(vm: &Vm, func: &ObjRef, args: Args<'_>) -> PyResult {
    let mut frame = new_call_frame(vm, func, args)?;
    if is_generator_code(&frame.code) {
        match generators::start_generator(vm, frame)? {
            Ok(g) => return Ok(g),
            Err(f) => frame = f,
        }
    }
    match run(vm, frame)? {
        Exit::Return(v) => Ok(v),
        Exit::Generator(f) => Ok(generators::new_generator(vm, f, func)),
        Exit::Yield(..) => Err(vm.system_error("a function frame yielded")),
    }
}

/// A frame for calling `func` with `args`, its parameters bound.
pub fn new_call_frame(vm: &Vm, func: &ObjRef, args: Args<'_>) -> PyResult<Box<Frame>> {
    let Some(f) = func.as_function() else {
        return Err(vm.internal("new_call_frame on a non-function"));
    };
    let code = f.code.borrow().clone();
    let mut frame = empty_call_frame(vm, f, code.clone(), func.clone(), &mut []);
    let n = code.nlocalsplus;
    args::bind(vm, f, &code, &mut frame.slots[..n], args)?;
    Ok(frame)
}

/// A frame for running `func` (whose function data is `f` and code `code`), its first
/// parameters bound to the values moved out of `first` and the rest unbound.
#[inline]
pub fn empty_call_frame(
    vm: &Vm,
    f: &crate::types::function::Function,
    code: Rc<code::Code>,
    func: ObjRef,
    first: &mut [Option<ObjRef>],
) -> Box<Frame> {
    let locals = unoptimized_locals(&code, &f.globals);
    vm.alloc_frame(
        code,
        f.globals.clone(),
        f.builtins.clone(),
        locals,
        Some(func),
        first,
    )
}

/// The locals mapping of a function frame: its globals when the code is not optimized (a
/// class body or `exec`'d code made into a function reads names with `LOAD_NAME`).
#[inline]
pub fn unoptimized_locals(code: &code::Code, globals: &ObjRef) -> Option<ObjRef> {
    (code.flags() & CO_OPTIMIZED == 0).then(|| globals.clone())
}

/// Whether calling this code makes a generator, coroutine or async generator.
pub fn is_generator_code(code: &code::Code) -> bool {
    code.flags() & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0
}

/// Runs module-level (or `exec`) code with `globals` as its namespace and locals.
pub fn run_module_code(
    vm: &Vm,
    code: Rc<code::Code>,
    globals: &ObjRef,
    locals: &ObjRef,
) -> PyResult {
    run_code_with_function(vm, code, globals, locals, None)
}

/// [`run_module_code`], for a code object with free variables run as `PyEval_EvalCodeEx` runs
/// it with `exec`'s closure: its frame belongs to `func`, which carries the cells.
pub fn run_code_with_function(
    vm: &Vm,
    code: Rc<code::Code>,
    globals: &ObjRef,
    locals: &ObjRef,
    func: Option<ObjRef>,
) -> PyResult {
    let builtins = builtins_of(vm, globals);
    let frame = Box::new(Frame::new(
        code,
        globals.clone(),
        builtins,
        Some(locals.clone()),
        func,
    ));
    match run(vm, frame)? {
        Exit::Return(v) => Ok(v),
        _ => Err(vm.system_error("module code suspended")),
    }
}

/// The builtins a frame with these globals uses (`_PyEval_BuiltinsFromGlobals`):
/// `globals['__builtins__']` (a module's dict for a module, any other object as it is, which
/// `LOAD_GLOBAL` then subscripts), else the interpreter's.
pub fn builtins_of(vm: &Vm, globals: &ObjRef) -> ObjRef {
    match vm.dict_get_str(globals, &vm.names.__builtins__) {
        Some(b) if crate::object::typeobj::is_subtype(&b.class(), &vm.types.module) => {
            b.dict().unwrap_or_else(|| vm.builtins_dict())
        }
        Some(b) => b,
        None => vm.builtins_dict(),
    }
}

/// Runs `base` (and the frames it calls) until it returns, yields or raises.
pub fn run(vm: &Vm, base: Box<Frame>) -> PyResult<Exit> {
    run_with(vm, base, None)
}

/// Like [`run`], resuming `base` with `pending` raised at its current instruction (a
/// generator's `throw`).
pub fn run_with(vm: &Vm, base: Box<Frame>, pending: Option<PyErr>) -> PyResult<Exit> {
    vm.enter_recursion("")?;
    let floor = vm.chain_len();
    let r = run_frames(vm, base, pending, floor);
    vm.truncate_links(floor);
    vm.leave_recursion();
    r
}

fn run_frames(vm: &Vm, base: Box<Frame>, pending: Option<PyErr>, floor: usize) -> PyResult<Exit> {
    let mut cur = base;
    vm.push_link(&mut cur);
    let mut pending = pending;
    loop {
        let event = match pending.take() {
            Some(e) => match exceptions::unwind(vm, &mut cur, e, true) {
                Ok(()) => dispatch::execute(vm, &mut cur, floor),
                Err(e) => Event::Raise(e),
            },
            None => dispatch::execute(vm, &mut cur, floor),
        };
        // Only a yield or a new generator asks whether the base frame is the one leaving.
        let is_base = || vm.chain_len() <= floor + 1;
        match event {
            Event::Call(new) => match vm.enter_recursion("") {
                Ok(()) => {
                    let caller = std::mem::replace(&mut cur, new);
                    vm.call_link(caller, &mut cur);
                }
                Err(e) => pending = Some(e),
            },
            Event::Resume(new) => {
                let caller = std::mem::replace(&mut cur, new);
                vm.call_link(caller, &mut cur);
            }
            Event::Return(v) => {
                let owner = cur.generator.take();
                let Some(mut caller) = vm.exit_link(cur, floor) else {
                    return Ok(Exit::Return(v));
                };
                match owner {
                    None => {
                        vm.leave_recursion();
                        caller.push(v);
                    }
                    Some(g) => resume::returned(vm, &g, v, &mut caller),
                }
                cur = caller;
            }
            Event::Yield(v) => {
                // A generator resumed on this run yields back to its caller in
                // `dispatch::execute` (`resume::yield_switch`); one that gets here has none.
                if cur.generator.is_some() {
                    return Err(vm.internal("generator frame without a caller"));
                }
                if !is_base() {
                    return Err(vm.system_error("yield outside a generator frame"));
                }
                vm.suspend_link(&mut cur);
                return Ok(Exit::Yield(v, cur));
            }
            Event::NewGenerator => {
                let base = is_base();
                vm.suspend_link(&mut cur);
                if base {
                    return Ok(Exit::Generator(cur));
                }
                let Some(caller) = vm.take_parked() else {
                    return Err(vm.internal("generator frame without a caller"));
                };
                let gen_frame = std::mem::replace(&mut cur, caller);
                vm.leave_recursion();
                let new_gen = match gen_frame.func.clone() {
                    Some(func) => generators::new_generator(vm, gen_frame, &func),
                    None => return Err(vm.internal("generator frame without a function")),
                };
                cur.push(new_gen);
            }
            Event::Raise(e) => {
                let owner = cur.generator.take();
                let Some(caller) = vm.exit_link(cur, floor) else {
                    return Err(e);
                };
                pending = Some(match owner {
                    None => {
                        vm.leave_recursion();
                        e
                    }
                    Some(g) => resume::raised(vm, &g, e),
                });
                cur = caller;
            }
        }
    }
}
