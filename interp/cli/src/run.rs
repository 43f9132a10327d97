//! Running programs: a parsed module compiled by krait's compiler, or a `.pyc` file's code
//! object, executed by the VM as `__main__` with the command's streams.

use crate::{Io, syntax_error, warnings};
use krait_compiler::{CompileOptions, compile_ast};
use krait_syntax::ast::Mod;
use krait_vm::{MainInfo, Streams, run_main};

/// Whether `python3` would treat the file as compiled code (`maybe_pyc_file`): a `.pyc`
/// extension, or the magic number's first two bytes at the start.
pub fn is_pyc(path: &str, data: &[u8]) -> bool {
    path.ends_with(".pyc") || data.starts_with(&krait_compiler::pyc::MAGIC[..2])
}

fn streams<'a>(io: &'a mut Io<'_>) -> Streams<'a> {
    Streams {
        stdin: &mut *io.stdin,
        stdout: &mut *io.stdout,
        stderr: &mut *io.stderr,
    }
}

/// Compiles a parsed module (printing the compiler's warnings, or its error as CPython prints
/// a `SyntaxError`) and runs it. `file` is `__file__`; `text` the source for warning lines.
pub fn compile_and_run(
    module: Mod,
    filename: &str,
    file: Option<&str>,
    text: Option<&str>,
    argv: &[String],
    io: &mut Io<'_>,
) -> i32 {
    let Some(code) = compile_module(module, filename, file.is_some(), text, io) else {
        return 1;
    };
    let main = MainInfo {
        file: file.map(str::to_string),
    };
    run_main(streams(io), code, &main, argv)
}

/// Compiles a parsed module in mode `'exec'`, printing the compiler's warnings and, on
/// failure, its error; `file_input` says the source is a file read by the interpreter.
pub fn compile_module(
    mut module: Mod,
    filename: &str,
    file_input: bool,
    text: Option<&str>,
    io: &mut Io<'_>,
) -> Option<krait_compiler::CodeObject> {
    let opts = CompileOptions {
        file_input,
        optimize: krait_vm::sys::process_optimize(),
        ..CompileOptions::default()
    };
    let (result, compile_warnings) = compile_ast(&mut module, filename, &opts);
    let _ = warnings::print_compile_warnings(&compile_warnings, filename, text, io.stderr);
    match result {
        Ok(code) => Some(code),
        Err(e) => {
            let _ = syntax_error::print(&e, filename, io.stderr);
            None
        }
    }
}

/// `python3 -m NAME ARGS...`: the module found on `sys.path` runs as `__main__` (runpy).
pub fn run_module(name: &str, rest: &[String], io: &mut Io<'_>) -> i32 {
    krait_vm::run_module_main(streams(io), name, rest)
}

/// `python3 FILE.pyc`: checks the magic number, loads the code object and runs it with
/// `__file__` set to the `.pyc` path.
pub fn run_pyc(data: &[u8], path: &str, argv: &[String], io: &mut Io<'_>) -> i32 {
    match krait_compiler::pyc::read_pyc(data) {
        Ok((_, code)) => {
            let main = MainInfo {
                file: Some(path.to_string()),
            };
            run_main(streams(io), code, &main, argv)
        }
        Err(krait_compiler::pyc::PycError::BadMagic(_)) => {
            let _ = writeln!(io.stderr, "RuntimeError: Bad magic number in .pyc file");
            1
        }
        Err(e) => {
            let _ = writeln!(io.stderr, "krait: can't load {path}: {e}");
            1
        }
    }
}
