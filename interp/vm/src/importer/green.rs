//! Green threads under `_thread`: each thread `start_new_thread` starts runs on a stack of its
//! own (a `corosensei` coroutine) on the interpreter's single OS thread, so the object model
//! stays single-threaded. Only one thread runs at a time, as under CPython's GIL; a thread
//! gives way only where CPython's would block (a lock it cannot take, `sleep`, `join`), which
//! `thread.py` decides. This file provides the switch itself: `_green_new(func)`,
//! `_green_resume(handle) -> finished`, `_green_yield()` and `_green_active()`.
//!
//! The interpreter's per-thread state (the frame chain, the handled-exception stack, the
//! recursion depth, the running instruction and the repr-recursion stack) is swapped at each
//! switch, so each thread sees only its own frames, as with CPython's thread states.

use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;
use std::rc::Rc;

use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};

use crate::object::native::Args;
use crate::object::payload::NativeData;
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

thread_local! {
    /// In a child process forked from a green thread: that thread, now the only one. It
    /// never gives way (there is no one to give way to) and its end ends the process.
    static SOLE: Cell<*const Green> = const { Cell::new(std::ptr::null()) };
    /// Whether this interpreter has started a green thread: only then do loops count toward
    /// a forced switch.
    static STARTED: Cell<bool> = const { Cell::new(false) };
    /// Loop iterations left before the clock is read again.
    static TICKS: Cell<u32> = const { Cell::new(TICKS_PER_CHECK) };
    /// When the running thread's turn began (None: at the next look).
    static TURN_START: Cell<Option<std::time::Instant>> = const { Cell::new(None) };
}

/// Loop iterations between two looks at the clock.
const TICKS_PER_CHECK: u32 = 256;

/// Whether green threads exist in this interpreter (the eval loop's cheap test).
#[inline]
pub fn threads_started() -> bool {
    STARTED.with(Cell::get)
}

/// A loop iteration of the running thread: once its turn has lasted the switch interval,
/// `_thread._preempt()` lets the others run, as CPython's eval loop drops the GIL when
/// another thread asked for it (`gil_drop_request`), so a thread that never blocks cannot
/// starve the rest.
#[cold]
pub fn tick(vm: &Vm) -> PyResult<()> {
    let left = TICKS.with(Cell::get);
    if left > 0 {
        TICKS.with(|t| t.set(left - 1));
        return Ok(());
    }
    TICKS.with(|t| t.set(TICKS_PER_CHECK));
    let now = std::time::Instant::now();
    let Some(start) = TURN_START.with(Cell::get) else {
        TURN_START.with(|t| t.set(Some(now)));
        return Ok(());
    };
    if now.duration_since(start).as_secs_f64() < crate::sys::switch_interval() {
        return Ok(());
    }
    new_turn();
    call_thread_hook(vm, "_preempt")
}

/// Calls `thread.py`'s `_thread.NAME()` when `_thread` has been imported (nothing to do
/// for threads otherwise).
pub fn call_thread_hook(vm: &Vm, name: &str) -> PyResult<()> {
    let hook = vm
        .dict_get_str(&vm.modules, &vm.intern("_thread"))
        .and_then(|m| vm.getattr_opt(&m, &vm.intern(name)).ok().flatten());
    if let Some(f) = hook {
        vm.call0(&f)?;
    }
    Ok(())
}

/// In a child of `os.fork`: the green thread that forked (if one did) is the process's only
/// thread from now on, as the forking thread is the only one a forked child keeps.
pub fn after_fork_in_child() {
    let me = RUNNING.with(|r| r.borrow().last().map(Rc::as_ptr));
    SOLE.with(|s| s.set(me.unwrap_or(std::ptr::null())));
}

/// Whether `g` is the forking thread of a forked child ([`after_fork_in_child`]).
fn is_sole(g: &Green) -> bool {
    SOLE.with(|s| std::ptr::eq(s.get(), g))
}

/// Starts a thread's turn afresh (at each switch).
fn new_turn() {
    TURN_START.with(|t| t.set(None));
}

/// Each thread's stack: address space reserved up front, pages committed as they are used.
const STACK_BYTES: usize = 64 << 20;

type Co = Coroutine<(), (), (), DefaultStack>;

/// A thread's part of the interpreter state while it is switched out.
struct Saved {
    frames: Vec<crate::eval::chain::Link>,
    exc: Vec<Option<ObjRef>>,
    /// The thread's `contextvars` context (a new thread starts without one).
    context: Option<ObjRef>,
    depth: usize,
    lasti: usize,
    repr: Vec<usize>,
}

impl Saved {
    /// A new thread's state: no frames, no handled exception, depth 0.
    fn fresh() -> Saved {
        Saved {
            frames: Vec::new(),
            exc: vec![None],
            context: None,
            depth: 0,
            lasti: 0,
            repr: Vec::new(),
        }
    }
}

/// Exchanges the interpreter's per-thread state with `s`.
fn swap_state(vm: &Vm, s: &mut Saved) {
    std::mem::swap(&mut *vm.frames.borrow_mut(), &mut s.frames);
    std::mem::swap(&mut *vm.exc_stack.borrow_mut(), &mut s.exc);
    std::mem::swap(&mut *vm.repr_stack.borrow_mut(), &mut s.repr);
    std::mem::swap(&mut *vm.context.borrow_mut(), &mut s.context);
    s.depth = vm.depth.replace(s.depth);
    s.lasti = vm.cur_lasti.replace(s.lasti);
}

/// One green thread.
struct Green {
    /// Never dropped while suspended: unwinding a suspended Python thread would run its
    /// frames' cleanup with the interpreter possibly gone (CPython too just stops daemon
    /// threads at exit). A finished coroutine is dropped normally.
    co: RefCell<Option<ManuallyDrop<Co>>>,
    /// The coroutine's yielder, known once it has started (valid while it exists).
    yielder: Cell<*const Yielder<(), ()>>,
    saved: RefCell<Saved>,
    /// The Python callable the thread runs, until it starts.
    func: RefCell<Option<ObjRef>>,
    running: Cell<bool>,
}

impl Drop for Green {
    fn drop(&mut self) {
        if let Some(co) = self.co.get_mut().take()
            && co.done()
        {
            drop(ManuallyDrop::into_inner(co));
        }
    }
}

/// The Python-visible handle.
struct Handle(Rc<Green>);

impl NativeData for Handle {
    fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        if let Some(func) = &*self.0.func.borrow() {
            f(func);
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

thread_local! {
    /// The green threads being run, innermost last (a thread may start another).
    static RUNNING: RefCell<Vec<Rc<Green>>> = const { RefCell::new(Vec::new()) };
}

fn handle<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Rc<Green>> {
    o.native::<Handle>()
        .map(|h| &h.0)
        .ok_or_else(|| vm.type_error("expected a green thread handle"))
}

/// `thread_run` of `Modules/_threadmodule.c`: calls `function(*args, **kwargs)` (the items of
/// the tuple `call`); an exception other than `SystemExit` is reported as unraisable.
fn run_thread_body(vm: &Vm, call: &ObjRef) {
    let Some(parts) = call.as_tuple().map(|t| t.to_vec()) else {
        return;
    };
    let [function, args, kwargs] = &parts[..] else {
        return;
    };
    let positional = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    let mut values = positional;
    let mut names = Vec::new();
    if let Some(d) = kwargs.as_dict() {
        for e in d.borrow().iter() {
            names.push(e.key.clone());
            values.push(e.value.clone());
        }
    }
    let r = vm.call(
        function,
        Args {
            values: &values,
            kwnames: &names,
        },
    );
    if let Err(e) = r
        && !vm.is_instance_of(e.exc(), &vm.exc.system_exit)
    {
        crate::object::finalize::write_unraisable(
            vm,
            Some("Exception ignored in thread started by"),
            Some(function),
            e,
        );
    }
}

/// `_green_new((function, args, kwargs))`: a suspended thread that will make that call.
fn green_new(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_green_new", 1)?;
    STARTED.with(|s| s.set(true));
    let stack = DefaultStack::new(STACK_BYTES)
        .map_err(|_| vm.error(&vm.exc.runtime_error, "can't start new thread"))?;
    let green = Rc::new(Green {
        co: RefCell::new(None),
        yielder: Cell::new(std::ptr::null()),
        saved: RefCell::new(Saved::fresh()),
        func: RefCell::new(Some(a[0].clone())),
        running: Cell::new(false),
    });
    let vm_ptr: *const Vm<'_> = vm;
    let weak = Rc::downgrade(&green);
    let body = move |yielder: &Yielder<(), ()>, ()| {
        // SAFETY: the coroutine only runs inside `green_resume`, called by Python code that
        // the interpreter is running, so the `Vm` outlives every use here.
        #[allow(unsafe_code)]
        let vm = unsafe { &*vm_ptr };
        let Some(g) = weak.upgrade() else { return };
        g.yielder.set(yielder as *const _);
        let call = g.func.borrow_mut().take();
        drop(g);
        if let Some(call) = call {
            run_thread_body(vm, &call);
        }
        // A forked child's only thread has ended: so has the process (its threads' end,
        // without the interpreter's finalization, as in CPython).
        if weak.upgrade().is_some_and(|g| is_sole(&g)) {
            std::process::exit(0);
        }
    };
    // SAFETY: the body borrows nothing but the `Vm` (see above) and a weak reference.
    #[allow(unsafe_code)]
    let co: Co = unsafe { Coroutine::with_stack_unchecked(stack, body) };
    *green.co.borrow_mut() = Some(ManuallyDrop::new(co));
    Ok(vm.alloc_instance(&vm.types.object, Payload::Native(Box::new(Handle(green)))))
}

/// `_green_resume(handle)`: runs the thread until it blocks or ends; True when it has ended.
fn green_resume(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_green_resume", 1)?;
    let g = handle(vm, &a[0])?.clone();
    if g.running.get() {
        return Err(vm.error(&vm.exc.runtime_error, "thread is already running"));
    }
    let Some(mut co) = g.co.borrow_mut().take() else {
        return Ok(vm.true_obj.clone());
    };
    // Each thread has the whole per-thread state to itself (its own frame chain, from which
    // the loop's floors are measured, its own exception stack and recursion depth, as
    // CPython's thread states have): swap it in for the run and back out after.
    if let Some(top) = vm.frames.borrow_mut().last_mut()
        && top.parked.is_none()
    {
        top.lasti = vm.cur_lasti.get();
    }
    swap_state(vm, &mut g.saved.borrow_mut());
    g.running.set(true);
    RUNNING.with(|r| r.borrow_mut().push(g.clone()));
    new_turn();
    let result = co.resume(());
    new_turn();
    RUNNING.with(|r| r.borrow_mut().pop());
    g.running.set(false);
    swap_state(vm, &mut g.saved.borrow_mut());
    let done = matches!(result, CoroutineResult::Return(()));
    if done {
        drop(ManuallyDrop::into_inner(co));
        *g.saved.borrow_mut() = Saved::fresh();
    } else {
        *g.co.borrow_mut() = Some(co);
    }
    Ok(vm.new_bool(done))
}

/// `_green_yield()`: the running green thread gives way to whoever resumed it; False (and
/// nothing happens) outside a green thread.
fn green_yield(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "_green_yield", 0)?;
    let Some(g) = RUNNING.with(|r| r.borrow().last().cloned()) else {
        return Ok(vm.false_obj.clone());
    };
    if is_sole(&g) {
        return Ok(vm.false_obj.clone());
    }
    let y = g.yielder.get();
    drop(g);
    if y.is_null() {
        return Ok(vm.false_obj.clone());
    }
    // SAFETY: the yielder belongs to the coroutine running now (the innermost in RUNNING),
    // which lives until it returns.
    #[allow(unsafe_code)]
    unsafe {
        (*y).suspend(());
    }
    Ok(vm.true_obj.clone())
}

/// `_green_active()`: whether the caller runs in a green thread (not the main thread).
fn green_active(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "_green_active", 0)?;
    Ok(vm.new_bool(RUNNING.with(|r| !r.borrow().is_empty())))
}

/// `_green_running(handle)`: whether the thread is on the chain of running threads.
fn green_running(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_green_running", 1)?;
    Ok(vm.new_bool(handle(vm, &a[0])?.running.get()))
}

/// The functions `thread.py` is given.
pub fn natives(vm: &Vm) -> Vec<(&'static str, ObjRef)> {
    let f = |name: &'static str, func| (name, vm.new_module_builtin(name, func, "_thread"));
    vec![
        f("_green_new", green_new as crate::object::native::NativeFn),
        f("_green_resume", green_resume),
        f("_green_yield", green_yield),
        f("_green_active", green_active),
        f("_green_running", green_running),
    ]
}
