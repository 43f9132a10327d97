//! `exec`, `eval` and `compile`: source is compiled by krait's own compiler (a `SyntaxError`
//! becomes the Python exception with its location), code objects run in the given or the
//! caller's namespaces.

use krait_compiler::{CompileOptions, compile_source};
use krait_syntax::parser::{Mode, ParseError};

use crate::eval::code::Code;
use crate::eval::frame::Frame;
use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// Turns a compile error into the exception CPython would raise.
pub fn parse_error_to_exc(vm: &Vm, e: &ParseError, filename: &str) -> crate::object::PyErr {
    match e {
        ParseError::Syntax(s) => {
            let cls = match s.class.name() {
                "IndentationError" => &vm.exc.indentation_error,
                "TabError" => &vm.exc.tab_error,
                _ => &vm.exc.syntax_error,
            };
            if s.lineno.is_none() && s.offset.is_none() && s.text.is_none() {
                // An error with no place (`PyErr_SetString`, as `_Py_SourceAsString` raises
                // the null-byte error): the message alone, no file name.
                return vm.error(cls, s.msg.clone());
            }
            let opt = |v: Option<i64>| v.map_or_else(|| vm.none.clone(), |n| vm.new_int(n));
            // The compiler's and the symbol table's errors carry no text: CPython reads the
            // line from the file the filename names, when there is one.
            let text = s.text_or_program_text(filename);
            let info = vm.new_tuple(vec![
                vm.new_str(filename),
                opt(s.lineno),
                opt(s.offset),
                text.map_or_else(|| vm.none.clone(), |t| vm.new_str(t)),
                opt(s.end_lineno),
                opt(s.end_offset),
            ]);
            let exc = vm.new_exception(cls, vec![vm.new_str(s.msg.clone()), info]);
            vm.raise(exc)
        }
        ParseError::Memory => vm.error_noargs(&vm.exc.memory_error),
        ParseError::Recursion(m) => vm.error(&vm.exc.recursion_error, m.clone()),
        ParseError::UnicodeDecode(m) => vm.error(&vm.exc.unicode_decode_error, m.clone()),
    }
}

/// Compiles source text into a code object.
pub fn compile_text(vm: &Vm, source: &[u8], filename: &str, mode: Mode) -> PyResult<ObjRef> {
    let source = Source {
        bytes: source.to_vec(),
        is_str: false,
    };
    compile_text_opt(vm, &source, filename, mode, -1)
}

/// [`compile_text`] at optimisation level `optimize` (-1: the interpreter's, `sys.flags.optimize`).
fn compile_text_opt(
    vm: &Vm,
    source: &Source,
    filename: &str,
    mode: Mode,
    optimize: i32,
) -> PyResult<ObjRef> {
    let opts = CompileOptions {
        mode,
        optimize: effective_optimize(vm, optimize),
        text_input: source.is_str,
        ..CompileOptions::default()
    };
    let compiled = compile_source(&source.bytes, filename, &opts);
    crate::warnings::issue_compile_warnings(vm, &compiled.warnings, filename)?;
    match compiled.result {
        Ok(co) => {
            let code = Code::new(vm, co)?;
            Ok(Code::object(vm, &code))
        }
        Err(e) => Err(parse_error_to_exc(vm, &e, filename)),
    }
}

/// The source of `exec`, `eval` or `compile`: a `str` is compiled as UTF-8 text whose coding
/// cookie is ignored (`PyCF_IGNORE_COOKIE`), bytes are decoded as the cookie says.
struct Source {
    bytes: Vec<u8>,
    is_str: bool,
}

fn source_bytes(vm: &Vm, o: &ObjRef, what: &str) -> PyResult<Source> {
    if let Some(s) = o.as_str() {
        return Ok(Source {
            bytes: s.as_bytes().to_vec(),
            is_str: true,
        });
    }
    if let Some(b) = crate::types::bytes::buffer(o) {
        return Ok(Source {
            bytes: b,
            is_str: false,
        });
    }
    Err(vm.type_error(format!(
        "{what}() arg 1 must be a string, bytes or code object"
    )))
}

/// What `exec`/`eval` were asked to run: a code object given as the source (rather than
/// compiled from text), and `exec`'s `closure` cells.
struct Runnable {
    code: ObjRef,
    given_code: bool,
    closure: Option<ObjRef>,
}

/// Runs `code` with the namespaces `exec`/`eval` were given or the caller's.
fn run_in(
    vm: &Vm,
    frame: Option<&Frame>,
    run: Runnable,
    globals: Option<ObjRef>,
    locals: Option<ObjRef>,
    who: &str,
) -> PyResult {
    let globals = globals.filter(|g| !vm.is_none(g));
    let locals = locals.filter(|l| !vm.is_none(l));
    let (globals, locals) = match (globals, locals) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g.clone(), g),
        (None, l) => {
            let g = match frame {
                Some(f) => f.globals.clone(),
                None => vm.current_globals().unwrap_or_else(|| vm.new_dict()),
            };
            let l = match l {
                Some(l) => l,
                None => super::introspect::locals_of(vm, frame)?,
            };
            (g, l)
        }
    };
    if globals.as_dict().is_none() {
        return Err(vm.type_error(format!(
            "{who}() globals must be a dict, not {}",
            vm.type_name(&globals)
        )));
    }
    // `PyEval_GetBuiltins()`: the running frame's builtins, a dict (not the module, which only
    // `__main__` holds).
    if vm.dict_get_str(&globals, &vm.names.__builtins__).is_none() {
        let builtins = frame.map_or_else(|| vm.builtins_dict(), |f| f.builtins.clone());
        vm.dict_set(&globals, vm.names.__builtins__.clone(), builtins)?;
    }
    let Some(c) = run.code.as_code().cloned() else {
        return Err(vm.internal("expected code"));
    };
    match checked_closure(vm, &run, c.co.freevars().len(), who)? {
        Some(cells) => {
            let builtins = crate::eval::builtins_of(vm, &globals);
            let func = crate::types::function::new_function(
                vm,
                run.code.clone(),
                globals.clone(),
                builtins,
                None,
                None,
                Some(cells),
                None,
            )?;
            crate::eval::run_code_with_function(vm, c, &globals, &locals, Some(func))
        }
        None => crate::eval::run_module_code(vm, c, &globals, &locals),
    }
}

/// The closure a code object with `nfree` free variables runs with, checked as
/// `builtin_exec_impl` and `builtin_eval_impl` check it: `eval` cannot supply one, `exec` needs
/// a tuple of exactly `nfree` cells, and only for a code object that has free variables.
fn checked_closure(vm: &Vm, run: &Runnable, nfree: usize, who: &str) -> PyResult<Option<ObjRef>> {
    if !run.given_code {
        if run.closure.is_some() {
            return Err(vm.type_error("closure can only be used when source is a code object"));
        }
        return Ok(None);
    }
    if nfree == 0 {
        if run.closure.is_some() {
            return Err(vm.type_error("cannot use a closure with this code object"));
        }
        return Ok(None);
    }
    if who == "eval" {
        return Err(vm.type_error("code object passed to eval() may not contain free variables"));
    }
    let cells = run.closure.clone().filter(|c| {
        c.is_exact(&vm.types.tuple)
            && c.as_tuple()
                .is_some_and(|t| t.len() == nfree && t.iter().all(|x| x.is_exact(&vm.types.cell)))
    });
    match cells {
        Some(c) => Ok(Some(c)),
        None => Err(vm.type_error(format!(
            "code object requires a closure of exactly length {nfree}"
        ))),
    }
}

fn exec_or_eval(vm: &Vm, frame: Option<&Frame>, args: Args<'_>, who: &str, mode: Mode) -> PyResult {
    let (source, globals, locals, closure) = if mode == Mode::Eval {
        // `eval(source, globals=None, locals=None, /)`.
        if args.has_kw() {
            return Err(vm.type_error("eval() takes no keyword arguments"));
        }
        let [s, g, l] = args.bind(vm, who, ["source", "globals", "locals"], 3, 3, 1)?;
        (s, g, l, None)
    } else {
        // `exec(source, globals=None, locals=None, /, *, closure=None)`.
        let names = ["source", "globals", "locals", "closure"];
        let [s, g, l, c] = args.bind(vm, who, names, 3, 3, 1)?;
        (s, g, l, c.filter(|c| !vm.is_none(c)))
    };
    let source = source.ok_or_else(|| vm.internal(who))?;
    let given_code = source.as_code().is_some();
    let code = if given_code {
        source
    } else {
        let mut text = source_bytes(vm, &source, who)?;
        if mode == Mode::Eval {
            // `eval` skips leading spaces and tabs (`builtin_eval_impl`).
            let blank = text
                .bytes
                .iter()
                .take_while(|b| matches!(b, b' ' | b'\t'))
                .count();
            text.bytes.drain(..blank);
        }
        compile_text_opt(vm, &text, "<string>", mode, -1)?
    };
    let run = Runnable {
        code,
        given_code,
        closure,
    };
    let r = run_in(vm, frame, run, globals, locals, who)?;
    Ok(if mode == Mode::Eval {
        r
    } else {
        vm.none.clone()
    })
}

fn exec(vm: &Vm, frame: Option<&Frame>, args: Args<'_>) -> PyResult {
    exec_or_eval(vm, frame, args, "exec", Mode::Exec)
}

fn eval(vm: &Vm, frame: Option<&Frame>, args: Args<'_>) -> PyResult {
    exec_or_eval(vm, frame, args, "eval", Mode::Eval)
}

fn compile(vm: &Vm, args: Args<'_>) -> PyResult {
    let [
        source,
        filename,
        mode,
        flags,
        _dont_inherit,
        optimize,
        _feature_version,
    ] = args.bind(
        vm,
        "compile",
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
        0,
        6,
        3,
    )?;
    let (Some(source), Some(filename), Some(mode)) = (source, filename, mode) else {
        return Err(vm.internal("compile"));
    };
    let flags = match &flags {
        Some(f) => vm.index_isize(f)? as i64,
        None => 0,
    };
    // `PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK`: the `__future__` features, the
    // obsolete `CO_NESTED`, and `PyCF_ONLY_AST`, `PyCF_TYPE_COMMENTS`,
    // `PyCF_ALLOW_TOP_LEVEL_AWAIT`, `PyCF_DONT_IMPLY_DEDENT`, `PyCF_ALLOW_INCOMPLETE_INPUT`.
    const KNOWN_FLAGS: i64 = 0x1fe_0000 | 0x10 | 0x7600;
    if flags & !KNOWN_FLAGS != 0 {
        return Err(vm.value_error("compile(): unrecognised flags"));
    }
    let only_ast = flags & super::ast::PY_CF_ONLY_AST != 0;
    let optimize = match &optimize {
        Some(o) => vm.index_isize(o)?,
        None => -1,
    };
    if !(-1..=2).contains(&optimize) {
        return Err(vm.value_error("compile(): invalid optimize value"));
    }
    let optimize = optimize as i32;
    let mode = match vm.str_lossy(&mode).as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        "func_type" if only_ast => Mode::FuncType,
        "func_type" => {
            return Err(vm.value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST"));
        }
        _ if only_ast => {
            return Err(
                vm.value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
            );
        }
        _ => {
            return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
        }
    };
    let filename = vm.str_lossy(&filename);
    // A tree is returned as it is under `PyCF_ONLY_AST`, else converted back and compiled,
    // as builtin_compile_impl does.
    if super::ast::is_ast(vm, &source)? {
        if only_ast {
            return Ok(source);
        }
        return compile_tree(vm, &source, &filename, mode, optimize);
    }
    let text = source_bytes(vm, &source, "compile")?;
    if only_ast {
        return parse_to_tree(vm, &text, &filename, mode, flags);
    }
    compile_text_opt(vm, &text, &filename, mode, optimize)
}

/// `optimize=-1` stands for the interpreter's own level.
fn effective_optimize(vm: &Vm, optimize: i32) -> i32 {
    if optimize < 0 {
        crate::sys::optimize_level(vm)
    } else {
        optimize
    }
}

/// `compile(source, ..., PyCF_ONLY_AST)`: the parsed tree as `_ast` instances.
fn parse_to_tree(vm: &Vm, text: &Source, filename: &str, mode: Mode, flags: i64) -> PyResult {
    let popts = krait_syntax::parser::ParseOptions {
        type_comments: flags & super::ast::PY_CF_TYPE_COMMENTS != 0,
        ..krait_syntax::parser::ParseOptions::default()
    };
    let utf8 = std::str::from_utf8(&text.bytes)
        .ok()
        .filter(|_| text.is_str);
    let parsed = krait_syntax::stack::with_big_stack(|| match utf8 {
        Some(s) => krait_syntax::parser::parse_str_full(s, mode, popts),
        None => krait_syntax::parser::parse_bytes_full(&text.bytes, mode, popts, filename),
    });
    if let Err(e) = crate::warnings::issue_compile_warnings(vm, &parsed.warnings, filename) {
        krait_syntax::stack::with_big_stack(move || drop(parsed));
        return Err(e);
    }
    match parsed.result {
        Ok(tree) => {
            let obj = super::ast::mod_to_object(vm, &tree);
            krait_syntax::stack::with_big_stack(move || drop(tree));
            obj
        }
        Err(e) => Err(parse_error_to_exc(vm, &e, filename)),
    }
}

/// `compile(tree, filename, mode)`: the `_ast` instances read back into krait's tree, which
/// is then compiled as a parsed source would be.
fn compile_tree(vm: &Vm, source: &ObjRef, filename: &str, mode: Mode, optimize: i32) -> PyResult {
    let mut tree = super::ast::object_to_mod(vm, source, mode)?;
    if let Err(bad) = super::ast::validate::validate_mod(&tree) {
        krait_syntax::stack::with_big_stack(move || drop(tree));
        let cls = if bad.system {
            &vm.exc.system_error
        } else {
            &vm.exc.value_error
        };
        return Err(vm.error(cls, bad.msg));
    }
    let opts = CompileOptions {
        mode,
        optimize: effective_optimize(vm, optimize),
        ..CompileOptions::default()
    };
    let (result, warnings) = krait_compiler::compile_ast(&mut tree, filename, &opts);
    krait_syntax::stack::with_big_stack(move || drop(tree));
    crate::warnings::issue_compile_warnings(vm, &warnings, filename)?;
    match result {
        Ok(co) => {
            let code = Code::new(vm, co)?;
            Ok(Code::object(vm, &code))
        }
        Err(e) => Err(parse_error_to_exc(vm, &e, filename)),
    }
}

/// Registers `exec`, `eval`, `compile`.
pub fn register(vm: &Vm, d: &ObjRef) {
    vm.dict_set_str(d, "exec", vm.new_frame_builtin("exec", exec));
    vm.dict_set_str(d, "eval", vm.new_frame_builtin("eval", eval));
    vm.dict_set_str(d, "compile", vm.new_builtin("compile", compile));
}
