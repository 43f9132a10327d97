//! The interactive prompt (`krait` with no program, `krait -i`): CPython's
//! `PyRun_InteractiveLoop`. Each statement is read line by line (`sys.ps1`, then `sys.ps2`
//! while it goes on), compiled in mode `'single'` as file `<stdin>` (so expression statements
//! reach `sys.displayhook` through `PRINT_EXPR`) and run in `__main__`'s namespace; an
//! exception prints its traceback and the prompt comes back, `SystemExit` ends the session
//! with its status, end of input ends it with status 0.
//!
//! The banner is CPython's two lines with krait's own first line:
//! `krait VERSION (Python 3.11.7 compatible) [rustc] on PLATFORM`, then CPython's
//! `Type "help", ...` line unchanged.

pub mod complete;
pub mod lines;

use crate::{Io, syntax_error, warnings};
use complete::{Verdict, decide};
use krait_compiler::{CompileOptions, compile_ast};
use krait_syntax::parser::{Mode, ParseError, ParseOptions};
use krait_vm::{MainInfo, ObjRef, Streams, Vm};
use lines::{Line, LineSource, Piped, Terminal};

/// A program `krait -i` runs before the prompt opens, already compiled.
#[derive(Debug)]
pub struct Program {
    /// The code object, or None when compiling it failed (its error is already printed).
    pub code: Option<krait_compiler::CodeObject>,
    /// How it was given (`__file__`).
    pub main: MainInfo,
}

/// How the prompt was asked for.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Standard input is a terminal: lines are read with the line editor.
    pub tty: bool,
    /// `-q`: no banner.
    pub quiet: bool,
}

/// Runs the prompt on `io`; `argv` is `sys.argv`; `first` is what `-i` runs first, or else
/// the `PYTHONSTARTUP` file to run after the banner. Returns the exit status.
pub fn interactive(
    io: &mut Io<'_>,
    opts: Options,
    argv: &[String],
    first: Result<Program, Option<String>>,
) -> i32 {
    let streams = Streams {
        stdin: &mut *io.stdin,
        stdout: &mut *io.stdout,
        stderr: &mut *io.stderr,
    };
    let vm = Vm::new(streams, argv);
    let (program, startup) = match first {
        Ok(p) => (Some(p), None),
        Err(s) => (None, s),
    };
    let main = program.as_ref().map(|p| p.main.clone()).unwrap_or_default();
    let Some((module, globals)) = krait_vm::new_main(&vm, &main) else {
        return 1;
    };
    let mut status = None;
    let with_program = program.is_some();
    if let Some(Program {
        code: Some(code), ..
    }) = program
    {
        status = run_code(&vm, code, &globals, false);
    }
    if status.is_none() {
        if !with_program && !opts.quiet {
            banner(&vm);
        }
        if let Some(path) = startup {
            status = run_startup(&vm, &globals, &path);
        }
    }
    if status.is_none() {
        set_prompts(&vm);
        // Ctrl-C while a statement runs raises `KeyboardInterrupt` in it (at the prompt, the
        // line editor reads the key itself); a handler already installed is kept.
        let _ = ctrlc::set_handler(krait_vm::request_interrupt);
        let mut source: Box<dyn LineSource> = match opts.tty.then(Terminal::new).flatten() {
            Some(t) => Box::new(t),
            None => Box::new(Piped),
        };
        status = Some(loop {
            if let Some(s) = statement(&vm, &globals, source.as_mut()) {
                break s;
            }
        });
        source.close();
    }
    krait_vm::object::finalize::run(&vm);
    krait_vm::run_atexit(&vm);
    krait_vm::finish_main(&vm, module, globals);
    let _ = vm.flush_stream(1);
    let _ = vm.flush_stream(2);
    status.unwrap_or(0)
}

/// The two lines CPython's `pymain_header` writes to standard error.
fn banner(vm: &Vm) {
    let text = format!(
        "krait {} (Python 3.11.7 compatible) [rustc] on {}\n\
         Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    );
    let _ = vm.write_stream(2, text.as_bytes());
}

/// `pymain_run_startup`: the `PYTHONSTARTUP` file runs in `__main__` (its errors printed, its
/// `SystemExit` ending the session); a file that cannot be read is reported, not fatal.
fn run_startup(vm: &Vm, globals: &ObjRef, path: &str) -> Option<i32> {
    let source = match std::fs::read(path) {
        Ok(s) => s,
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(0);
            let class = match e.kind() {
                std::io::ErrorKind::NotFound => "FileNotFoundError",
                std::io::ErrorKind::PermissionDenied => "PermissionError",
                _ => "OSError",
            };
            let text = format!(
                "Could not open PYTHONSTARTUP\n{class}: [Errno {errno}] {}: {}\n",
                crate::os_error_text(&e),
                krait_syntax::pyrepr::repr_str(path)
            );
            let _ = vm.write_stream(2, text.as_bytes());
            return None;
        }
    };
    let parsed = krait_syntax::parser::parse_file_full(&source, path, ParseOptions::default());
    let text = String::from_utf8_lossy(&source);
    let mut out = Vec::new();
    let _ = warnings::print_compile_warnings(&parsed.warnings, path, Some(&text), &mut out);
    let _ = vm.write_stream(2, &out);
    let mut module = match parsed.result {
        Ok(m) => m,
        Err(e) => {
            print_error(vm, &e, path);
            return None;
        }
    };
    let opts = CompileOptions {
        file_input: true,
        optimize: krait_vm::sys::process_optimize(),
        ..CompileOptions::default()
    };
    let (result, compile_warnings) = compile_ast(&mut module, path, &opts);
    let mut out = Vec::new();
    let _ = warnings::print_compile_warnings(&compile_warnings, path, Some(&text), &mut out);
    let _ = vm.write_stream(2, &out);
    match result {
        Ok(code) => run_code(vm, code, globals, true),
        Err(e) => {
            print_error(vm, &e, path);
            None
        }
    }
}

/// `sys.ps1` and `sys.ps2` as `PyRun_InteractiveLoopFlags` sets them, unless already set.
fn set_prompts(vm: &Vm) {
    for (name, value) in [("ps1", ">>> "), ("ps2", "... ")] {
        let key = vm.new_str(name);
        if matches!(vm.getattr_opt(&vm.sys, &key), Ok(None)) {
            let _ = vm.setattr(&vm.sys, &key, &vm.new_str(value));
        }
    }
}

/// `str(sys.ps1)` (or `ps2`); an empty prompt when it is missing or its `str()` fails.
fn prompt(vm: &Vm, name: &str) -> String {
    match vm.getattr_opt(&vm.sys, &vm.new_str(name)) {
        Ok(Some(p)) => vm.str_string(&p).unwrap_or_default(),
        _ => String::new(),
    }
}

/// Whether a first line holds no statement (blank, or only a comment): the prompt is shown
/// again, as the interactive parser's empty statement does nothing.
fn is_empty_statement(line: &str) -> bool {
    let t = line.trim_start_matches([' ', '\t', '\x0c']);
    t.trim_end_matches(['\n', '\r']).is_empty() || t.starts_with('#')
}

/// Whether `text` holds nothing the tokenizer makes a token of: blank lines, comments and
/// line-continuation backslashes.
fn has_no_tokens(text: &str) -> bool {
    text.lines().all(|l| {
        let t = l.trim_matches([' ', '\t', '\x0c', '\r']);
        t.is_empty() || t == "\\" || t.starts_with('#')
    })
}

/// Reads and runs one statement; returns the exit status when the session ends.
fn statement(vm: &Vm, globals: &ObjRef, source: &mut dyn LineSource) -> Option<i32> {
    let mut text = String::new();
    loop {
        let which = if text.is_empty() { "ps1" } else { "ps2" };
        let p = prompt(vm, which);
        krait_vm::clear_interrupt();
        let (last_empty, eof) = match source.read(vm, &p) {
            Line::Interrupted => {
                let nl = if source.ends_line_itself() { "" } else { "\n" };
                let _ = vm.write_stream(2, format!("{nl}KeyboardInterrupt\n").as_bytes());
                return None;
            }
            Line::Eof => {
                if !source.ends_line_itself() {
                    let _ = vm.write_stream(2, b"\n");
                }
                if text.is_empty() {
                    return Some(0);
                }
                (false, true)
            }
            Line::Text(line) => {
                if text.is_empty() && is_empty_statement(&line) {
                    continue;
                }
                text.push_str(&line);
                if has_no_tokens(&text) {
                    // Only continuation backslashes and comments so far: an empty line ends
                    // the empty statement, anything else goes on with it.
                    if line == "\n" {
                        return None;
                    }
                    continue;
                }
                (line == "\n", false)
            }
        };
        match decide(&text, last_empty, eof) {
            Verdict::More => continue,
            Verdict::Error(e) => {
                print_error(vm, &e, "<stdin>");
                return None;
            }
            // After end of input inside a statement, the statement runs and the prompt is
            // shown again, as CPython's loop does before it meets the end a second time.
            Verdict::Complete => return compile_and_run(vm, globals, &text),
        }
    }
}

/// Writes a syntax error as `PyErr_Print` shows it (file `<stdin>` at the prompt).
fn print_error(vm: &Vm, e: &ParseError, filename: &str) {
    let _ = vm.flush_stream(1);
    let mut out = Vec::new();
    let _ = syntax_error::print(e, filename, &mut out);
    let _ = vm.write_stream(2, &out);
}

/// Compiles one statement in mode `'single'` and runs it; `Some(status)` on `SystemExit`.
fn compile_and_run(vm: &Vm, globals: &ObjRef, text: &str) -> Option<i32> {
    let parsed = complete::parse_interactive(text);
    let mut out = Vec::new();
    let _ = warnings::print_compile_warnings(&parsed.warnings, "<stdin>", None, &mut out);
    let _ = vm.write_stream(2, &out);
    let mut module = match parsed.result {
        Ok(m) => m,
        Err(e) => {
            print_error(vm, &e, "<stdin>");
            return None;
        }
    };
    let opts = CompileOptions {
        mode: Mode::Single,
        optimize: krait_vm::sys::process_optimize(),
        ..CompileOptions::default()
    };
    let (result, compile_warnings) = compile_ast(&mut module, "<stdin>", &opts);
    let mut out = Vec::new();
    let _ = warnings::print_compile_warnings(&compile_warnings, "<stdin>", None, &mut out);
    let _ = vm.write_stream(2, &out);
    match result {
        Ok(code) => run_code(vm, code, globals, true),
        Err(e) => {
            print_error(vm, &e, "<stdin>");
            None
        }
    }
}

/// Runs a code object in `__main__`; an uncaught exception is printed and kept in
/// `sys.last_type`, `sys.last_value` and `sys.last_traceback` (`PyErr_PrintEx(1)`), and the
/// session goes on, except for a `SystemExit` when `may_exit`: its status ends the session.
/// The program `-i` runs first may not exit: CPython prints its `SystemExit` like any
/// exception (`_Py_HandleSystemExit` under `inspect`).
fn run_code(
    vm: &Vm,
    code: krait_compiler::CodeObject,
    globals: &ObjRef,
    may_exit: bool,
) -> Option<i32> {
    let result = krait_vm::exec_code(vm, code, globals);
    let status = match result {
        Ok(()) => None,
        Err(e) if may_exit && vm.is_instance_of(e.exc(), &vm.exc.system_exit) => {
            Some(krait_vm::handle_uncaught(vm, e))
        }
        Err(e) => {
            let exc = e.into_exc();
            let tb = exc
                .as_exception()
                .and_then(|d| d.traceback.borrow().clone())
                .unwrap_or_else(|| vm.none.clone());
            for (name, value) in [
                ("last_type", exc.class()),
                ("last_value", exc.clone()),
                ("last_traceback", tb),
            ] {
                let _ = vm.setattr(&vm.sys, &vm.new_str(name), &value);
            }
            krait_vm::print_exception(vm, exc);
            None
        }
    };
    krait_vm::object::finalize::run(vm);
    let _ = vm.flush_stream(1);
    status
}
