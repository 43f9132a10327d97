//! krait's virtual machine: the object model and the execution of CPython 3.11 bytecode (issue #6).
//!
//! [`run_main`] runs a program's code object as `__main__` and returns the process exit status,
//! writing output, tracebacks and `SystemExit` messages to the given streams exactly as
//! `python3` would. The interpreter must run on a thread with a large stack
//! (`krait_syntax::stack::with_big_stack`): Python-to-Python calls use heap frames, but calls
//! from Rust back into Python (dunder methods, `sorted(key=...)`) recurse on the Rust stack up
//! to `sys.getrecursionlimit()` levels.

pub mod allocator;
pub mod builtins;
pub mod eval;
pub mod format;
pub mod importer;
pub mod object;
pub mod runtime;
pub mod suggestions;
pub mod sys;
pub mod traceback;
pub mod types;
pub mod warnings;

use krait_compiler::CodeObject;

pub use object::{Obj, ObjRef, PyErr, PyResult};
pub use runtime::{Streams, Vm};

/// A Ctrl-C waiting to be delivered: set from the interactive prompt's signal handler (any
/// thread), taken by the evaluation loop before its next instruction.
static INTERRUPT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Asks the running code to raise `KeyboardInterrupt` at its next instruction, as CPython's
/// SIGINT handler does through the eval breaker. Safe to call from another thread.
pub fn request_interrupt() {
    INTERRUPT.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Forgets a Ctrl-C that no code was running to receive.
pub fn clear_interrupt() {
    INTERRUPT.store(false, std::sync::atomic::Ordering::Relaxed);
}

/// Whether a Ctrl-C is waiting (one relaxed load: checked at every instruction).
#[inline]
pub(crate) fn interrupt_requested() -> bool {
    INTERRUPT.load(std::sync::atomic::Ordering::Relaxed)
}

/// The thread whose interpreter installed Python signal handlers last (0: none did, and
/// whichever interpreter checks first takes a Ctrl-C). A process normally runs one
/// interpreter, but an embedder such as the conformance harness runs several on their own
/// threads at once: signals are process-wide, and only the interpreter that asked for them
/// may receive them, as CPython delivers them to its main interpreter alone.
static SIGNAL_THREAD: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

thread_local! {
    /// This thread's token for [`SIGNAL_THREAD`], nonzero and unique in the process.
    static THREAD_TOKEN: u64 = {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    };
}

/// Makes this thread's interpreter the one that receives signals (`signal.signal` with a
/// Python handler).
pub(crate) fn claim_signals() {
    let token = THREAD_TOKEN.with(|t| *t);
    SIGNAL_THREAD.store(token, std::sync::atomic::Ordering::SeqCst);
}

/// Whether this thread's interpreter receives the process's signals.
pub(crate) fn owns_signals() -> bool {
    let owner = SIGNAL_THREAD.load(std::sync::atomic::Ordering::SeqCst);
    owner == 0 || THREAD_TOKEN.with(|t| *t) == owner
}

/// Takes the waiting interrupt: the Python handlers of caught signals run, or else (a Ctrl-C
/// from the prompt) `KeyboardInterrupt` is raised. An interpreter that does not receive
/// signals leaves the request for the one that does.
pub(crate) fn take_interrupt(vm: &Vm) -> PyResult<()> {
    if !owns_signals() {
        return Ok(());
    }
    clear_interrupt();
    // A signal caught for `_signal` runs its Python handler instead (which for SIGINT is
    // `default_int_handler`, raising KeyboardInterrupt), as PyErr_CheckSignals does.
    if builtins::oslevel::run_pending_signals(vm)? {
        return Ok(());
    }
    let exc = vm.new_exception(&vm.exc.keyboard_interrupt, Vec::new());
    Err(vm.raise(exc))
}

/// The status [`run_main`] gives for a program ended by an uncaught `KeyboardInterrupt` (no
/// `SystemExit` code can be negative): the process should end by SIGINT, as CPython's
/// `exit_sigint` does (see [`builtins::oslevel::exit_by_sigint`]).
pub const EXIT_BY_SIGINT: i32 = -2;

/// How the program was given, which decides `__main__`'s `__file__`.
#[derive(Debug, Clone, Default)]
pub struct MainInfo {
    /// `__file__` (the script or `.pyc` path), None for `-c`.
    pub file: Option<String>,
}

/// Runs `code` as the `__main__` module and returns the exit status (`SystemExit`'s code, 1
/// after an uncaught exception, else 0).
pub fn run_main(streams: Streams<'_>, code: CodeObject, main: &MainInfo, argv: &[String]) -> i32 {
    let vm = Vm::new(streams, argv);
    importer::path::init_sys_path(&vm, main.file.as_deref());
    import_warnings_if_asked(&vm);
    let status = run_in(&vm, code, main);
    let _ = vm.flush_stream(1);
    let _ = vm.flush_stream(2);
    status
}

/// With `sys.warnoptions` given (`-W`, `PYTHONWARNINGS`, `-b`, `-X dev`), `warnings` is
/// imported at start-up, as `init_interp_main` does, so its filters apply from the first line
/// (and an invalid option is reported before the program runs).
fn import_warnings_if_asked(vm: &Vm) {
    let asked = vm
        .getattr_opt(&vm.sys, &vm.intern("warnoptions"))
        .ok()
        .flatten()
        .and_then(|w| w.as_list().map(|l| !l.borrow().is_empty()))
        .unwrap_or(false);
    if asked && let Err(e) = importer::import_module(vm, &vm.new_str("warnings"), None) {
        print_exception(vm, e.exc().clone());
    }
}

/// `python3 -m NAME ARGS...`: `runpy._run_module_as_main(NAME)` runs the module as
/// `__main__`, with `sys.argv[0]` `'-m'` until runpy replaces it with the module's file. As in
/// CPython, runpy is the standard library's `runpy.py` under the file name `<frozen runpy>`,
/// so its two frames head a traceback the way they do under `python3 -m`.
pub fn run_module_main(streams: Streams<'_>, name: &str, rest: &[String]) -> i32 {
    let mut argv = vec!["-m".to_string()];
    argv.extend(rest.iter().cloned());
    let vm = Vm::new(streams, &argv);
    importer::path::init_sys_path_for_module(&vm);
    import_warnings_if_asked(&vm);
    let status = match new_main(&vm, &MainInfo::default()) {
        Some((module, globals)) => {
            let status = match run_module_as_main(&vm, name) {
                Ok(()) => 0,
                Err(e) => handle_uncaught(&vm, e),
            };
            object::finalize::run(&vm);
            run_atexit(&vm);
            finish_main(&vm, module, globals);
            status
        }
        None => 1,
    };
    let _ = vm.flush_stream(1);
    let _ = vm.flush_stream(2);
    status
}

fn run_module_as_main(vm: &Vm, name: &str) -> PyResult<()> {
    let dir = importer::path::stdlib_dir()
        .ok_or_else(|| vm.error(&vm.exc.import_error, "No module named 'runpy'"))?;
    let file = format!("{}/runpy.py", dir.trim_end_matches('/'));
    let source =
        std::fs::read_to_string(&file).map_err(|e| importer::path::os_error(vm, &e, &file))?;
    let runpy = importer::exec_embedded(vm, "runpy", &source, "<frozen runpy>")?;
    vm.dict_set(&vm.modules, vm.new_str("runpy"), runpy.clone())?;
    let run = vm.getattr_str(&runpy, "_run_module_as_main")?;
    vm.call_pos(&run, &[vm.new_str(name), vm.true_obj.clone()])?;
    Ok(())
}

fn run_in(vm: &Vm, code: CodeObject, main: &MainInfo) -> i32 {
    let Some((module, globals)) = new_main(vm, main) else {
        return 1;
    };
    let status = match exec_code(vm, code, &globals) {
        Ok(()) => 0,
        Err(e) => handle_uncaught(vm, e),
    };
    object::finalize::run(vm);
    run_atexit(vm);
    finish_main(vm, module, globals);
    status
}

/// The start of `Py_FinalizeEx`: `threading._shutdown()` waits for the threads that are not
/// daemons (`wait_for_thread_shutdown`), then the functions registered with `atexit` run, last
/// registered first, before the modules are torn down. Each module is consulted only if the
/// program imported it.
pub fn run_atexit(vm: &Vm) {
    if let Ok(Some(threading)) = vm.dict_get(&vm.modules, &vm.new_str("threading"))
        && let Ok(shutdown) = vm.getattr_str(&threading, "_shutdown")
        && let Err(e) = vm.call_pos(&shutdown, &[])
    {
        let threading = vm
            .dict_get(&vm.modules, &vm.new_str("threading"))
            .ok()
            .flatten();
        object::finalize::write_unraisable(vm, None, threading.as_ref(), e);
    }
    if let Ok(Some(module)) = vm.dict_get(&vm.modules, &vm.new_str("atexit"))
        && let Ok(run) = vm.getattr_str(&module, "_run_exitfuncs")
    {
        let _ = vm.call_pos(&run, &[]);
    }
    object::finalize::run(vm);
}

/// Creates the `__main__` module (with `__builtins__`, `__annotations__`, `__loader__` and,
/// for a file, `__file__`), registers it in `sys.modules` and returns it with its namespace.
/// The interactive prompt runs each statement in this namespace.
pub fn new_main(vm: &Vm, main: &MainInfo) -> Option<(ObjRef, ObjRef)> {
    let module = vm.new_module("__main__");
    let globals = module.dict()?;
    vm.dict_set_str(&globals, "__annotations__", vm.new_dict());
    vm.dict_set_str(&globals, "__builtins__", vm.builtins.clone());
    // `__loader__`: the file loader of the script (or of the `.pyc`), `BuiltinImporter` for
    // `-c` and standard input.
    let loader = match &main.file {
        Some(f) => {
            let cls = if f.ends_with(".pyc") {
                &vm.types.sourceless_file_loader
            } else {
                &vm.types.source_file_loader
            };
            let l = object::Obj::with_dict(cls.clone(), vm.new_dict(), object::Payload::Plain);
            if let Some(d) = l.dict() {
                vm.dict_set_str(&d, "name", vm.new_str("__main__"));
                vm.dict_set_str(&d, "path", vm.new_str(f.clone()));
            }
            l
        }
        None => vm.types.builtin_importer.clone(),
    };
    vm.dict_set_str(&globals, "__loader__", loader);
    if let Some(f) = &main.file {
        vm.dict_set_str(&globals, "__file__", vm.new_str(f.clone()));
        vm.dict_set_str(&globals, "__cached__", vm.none.clone());
    }
    let _ = vm.dict_set(&vm.modules, vm.new_str("__main__"), module.clone());
    Some((module, globals))
}

/// Runs a module-level code object in `globals` (a program, or one statement of the
/// interactive prompt). The finalizers its end queued are left for the caller to run
/// (`object::finalize::run`) once an uncaught exception has been printed.
pub fn exec_code(vm: &Vm, code: CodeObject, globals: &ObjRef) -> PyResult<()> {
    eval::code::Code::new(vm, code)
        .and_then(|c| eval::run_module_code(vm, c, globals, globals))
        .map(drop)
}

/// The end of the program: `__main__` is shut down as [`shutdown_main`] describes.
pub fn finish_main(vm: &Vm, module: ObjRef, globals: ObjRef) {
    shutdown_main(vm, module, globals);
}

/// Interpreter shutdown for `__main__` (`finalize_modules`): the module leaves `sys.modules`;
/// a namespace nothing refers back to is freed at once (its values released in order), one
/// in a cycle with its functions goes with the collection that follows (finalizers first, then
/// the clearing); a namespace still held elsewhere is cleared last.
fn shutdown_main(vm: &Vm, module: ObjRef, globals: ObjRef) {
    let _ = vm.dict_del(&vm.modules, &vm.new_str("__main__"));
    drop(module);
    let weak = std::rc::Rc::downgrade(&globals);
    drop(globals);
    object::finalize::run(vm);
    vm.gc_collect();
    if let Some(globals) = weak.upgrade() {
        clear_main(vm, &globals);
        vm.gc_collect();
    }
}

/// Interpreter shutdown for `__main__`: its namespace is cleared in insertion order, each
/// value's finalizer running as it goes (as the cycle collector clearing the module dict does).
fn clear_main(vm: &Vm, globals: &ObjRef) {
    let Some(table) = globals.as_dict() else {
        return;
    };
    let entries = table.borrow_mut().take_all();
    for e in entries.into_iter().flatten() {
        drop(e);
        object::finalize::run(vm);
    }
}

/// What `python3` does with an exception that ends the program: `SystemExit` gives the exit
/// status (printing a non-integer code), anything else is printed by `sys.excepthook`.
pub fn handle_uncaught(vm: &Vm, e: PyErr) -> i32 {
    let exc = e.into_exc();
    // `run_eval_code_obj` notes an exception of exactly this type (not a subclass), and the
    // process ends by SIGINT once finalized.
    if std::rc::Rc::ptr_eq(&exc.class(), &vm.exc.keyboard_interrupt) {
        print_exception(vm, exc);
        return EXIT_BY_SIGINT;
    }
    if vm.is_instance_of(&exc, &vm.exc.system_exit) {
        let code = types::exception::field(&exc, "code").unwrap_or_else(|| vm.none.clone());
        if vm.is_none(&code) {
            return 0;
        }
        if let Some(i) = code.as_int() {
            let v = i.as_i64().unwrap_or(-1);
            return (v as u32 & 0xff) as i32;
        }
        let text = vm.str_string(&code).unwrap_or_default();
        let _ = vm.flush_stream(1);
        let _ = builtins::io::write_text(vm, 2, &format!("{text}\n"));
        return 1;
    }
    print_exception(vm, exc);
    1
}

/// Prints an exception as `PyErr_Display` does for an uncaught one: through `sys.excepthook`,
/// the built-in one writing to whatever `sys.stderr` is now; straight to the process's stderr
/// when the hook is missing or fails. (`python3 -i` prints a script's `SystemExit` this way
/// too before the prompt opens.)
pub fn print_exception(vm: &Vm, exc: ObjRef) {
    let _ = vm.flush_stream(1);
    let hook = vm.getattr_opt(&vm.sys, &vm.names.excepthook).ok().flatten();
    let tb = exc
        .as_exception()
        .and_then(|d| d.traceback.borrow().clone())
        .unwrap_or_else(|| vm.none.clone());
    let shown = hook.is_some_and(|h| vm.call_pos(&h, &[exc.class(), exc.clone(), tb]).is_ok());
    if !shown {
        let text = traceback::format_exception(vm, &exc);
        let _ = builtins::io::write_text(vm, 2, &text);
    }
}
