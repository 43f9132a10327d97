//! `compile()`: source or AST → code object, the front door of the compiler. Follows
//! `_PyAST_Compile`: `__future__` features, AST optimisation, symbol table, code generation.

use krait_syntax::ast::Mod;
use krait_syntax::parser::{
    Mode, ParseError, ParseOptions, ParseWarning, parse_bytes_full, parse_file_full, parse_str_full,
};

use crate::code::CodeObject;
use crate::symtable::{self, SymtableOptions};

/// `compile()`'s arguments besides the source.
#[derive(Clone, Debug)]
pub struct CompileOptions {
    /// `'exec'`, `'eval'` or `'single'`.
    pub mode: Mode,
    /// `optimize`: 0 (`__debug__` true, asserts kept), 1 (`-O`), 2 (`-OO`, docstrings dropped too).
    pub optimize: i32,
    /// `CO_FUTURE_*` flags inherited from the caller.
    pub flags: u32,
    /// The source is a file read by the interpreter (`python3 FILE`) rather than a string.
    pub file_input: bool,
    /// The source was a `str` rather than bytes: UTF-8 text whose coding cookie is ignored
    /// (`PyCF_IGNORE_COOKIE`).
    pub text_input: bool,
}

impl Default for CompileOptions {
    fn default() -> Self {
        CompileOptions {
            mode: Mode::Exec,
            optimize: 0,
            flags: 0,
            file_input: false,
            text_input: false,
        }
    }
}

/// The outcome of a compilation and the warnings issued on the way (parser's, then compiler's).
#[derive(Debug)]
pub struct Compiled {
    /// The module's code object, or the exception.
    pub result: Result<CodeObject, ParseError>,
    /// `SyntaxWarning`s and `DeprecationWarning`s in the order CPython issues them.
    pub warnings: Vec<ParseWarning>,
}

/// `compile(source_bytes, filename, mode, flags, dont_inherit=True, optimize)`.
///
/// Parsing, compiling and dropping the tree all run on one big-stack thread (see
/// [`krait_syntax::stack::with_big_stack`]), not on one each.
pub fn compile_source(source: &[u8], filename: &str, opts: &CompileOptions) -> Compiled {
    krait_syntax::stack::with_big_stack(|| compile_source_here(source, filename, opts))
}

fn compile_source_here(source: &[u8], filename: &str, opts: &CompileOptions) -> Compiled {
    let popts = ParseOptions {
        barry_as_flufl: opts.flags & crate::code::flags::CO_FUTURE_BARRY_AS_BDFL != 0,
        ..ParseOptions::default()
    };
    let text = std::str::from_utf8(source).ok().filter(|_| opts.text_input);
    let parsed = if opts.file_input {
        parse_file_full(source, filename, popts)
    } else if let Some(text) = text {
        parse_str_full(text, opts.mode, popts)
    } else {
        parse_bytes_full(source, opts.mode, popts, filename)
    };
    let mut warnings = parsed.warnings;
    let result = parsed.result.and_then(|mut module| {
        let (code, mut more) = compile_ast(&mut module, filename, opts);
        warnings.append(&mut more);
        code
    });
    Compiled { result, warnings }
}

/// Compiles a parsed module (`_PyAST_Compile`): the tree is optimised in place first, as
/// CPython's is, then its symbol table is built and code generated.
pub fn compile_ast(
    module: &mut Mod,
    filename: &str,
    opts: &CompileOptions,
) -> (Result<CodeObject, ParseError>, Vec<ParseWarning>) {
    krait_syntax::stack::with_big_stack(|| {
        let future = match symtable::future::parse_future(module) {
            Ok(f) => f,
            Err(e) => return (Err(e), Vec::new()),
        };
        let features = future.features | opts.flags;
        if let Err(e) = crate::ast_opt::optimize(module, opts.optimize, features) {
            return (Err(e), Vec::new());
        }
        let st = match symtable::build(
            module,
            SymtableOptions {
                inherited_features: opts.flags,
                ..SymtableOptions::default()
            },
        ) {
            Ok(st) => st,
            Err(e) => return (Err(e), Vec::new()),
        };
        crate::codegen::compile_module(module, &st, filename, opts)
    })
}
