//! The parser: Python 3.11's PEG grammar (`Grammar/python.gram`) as hand-written rules, producing
//! the same AST and raising the same `SyntaxError`s as CPython's generated parser.
//!
//! Each grammar rule is one method named after it (`rule_disjunction` for `disjunction`, ...), its
//! alternatives tried in the grammar's order, so that the tokens looked at — and therefore the
//! location of a generic "invalid syntax" — are CPython's. Like CPython, parsing runs twice on
//! failure: the second pass also tries the `invalid_*` rules that produce targeted messages
//! (see [`core`] for the machinery and `Parser/pegen.c` for the reference behaviour).
//!
//! Rule families live in their own files: [`expressions`], [`targets`], [`statements`],
//! [`params`], [`patterns`], [`strings`] (literal concatenation) and [`fstrings`], with their
//! `invalid_*` rules beside them, and [`actions`] for the helpers the grammar's actions call.

mod actions;
mod atoms;
mod calls;
mod compound;
mod core;
mod error;
mod expressions;
mod fast;
mod fast_stmt;
mod fstrings;
mod invalid_exprs;
mod invalid_params;
mod invalid_stmts;
mod keywords;
mod params;
mod pattern_atoms;
mod patterns;
mod source;
mod statements;
mod strings;
mod targets;

pub use core::ParseWarning;
pub use error::{ParseError, SyntaxError, byte_to_char_offset};
pub use keywords::{Kw, is_soft_keyword};
pub use source::{parse_bytes, parse_bytes_full, parse_file, parse_file_full, parse_str_full};

use crate::ast::{Mod, TypeIgnore};
use crate::token::TokenType;
use core::Parser;

/// The start rule (`compile()`'s mode).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `'exec'`: a module.
    Exec,
    /// `'eval'`: one expression.
    Eval,
    /// `'single'`: one interactive statement.
    Single,
    /// `'func_type'`: a function type comment.
    FuncType,
}

/// Parser options (the `PyCF_*` flags and the tokenizer state that change what is reported).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseOptions {
    /// `PyCF_TYPE_COMMENTS`: keep `# type:` comments (`type_comment` fields, `TypeIgnore`).
    pub type_comments: bool,
    /// Error offsets in characters rather than bytes. CPython counts characters when its
    /// tokenizer knows the source encoding (str input, files, a coding cookie or BOM) and bytes
    /// for plain `bytes` input without a declaration.
    pub char_offsets: bool,
    /// `from __future__ import barry_as_FLUFL` is in effect (`<>` instead of `!=`).
    pub barry_as_flufl: bool,
    /// The source is read by CPython's file tokenizer (`python3 FILE`), whose buffer is empty at
    /// the end of the input, rather than the string tokenizer (`compile()`, `ast.parse`).
    pub file_input: bool,
    /// Parse with the PEG parser alone, without the fast first pass (see `fast.rs`); for
    /// checking that both give the same trees.
    pub pure_peg: bool,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            type_comments: false,
            char_offsets: true,
            barry_as_flufl: false,
            file_input: false,
            pure_peg: false,
        }
    }
}

/// The result of a parse and the warnings CPython would have issued while parsing (in order).
#[derive(Debug)]
pub struct Parsed {
    /// The tree, or the exception.
    pub result: Result<Mod, ParseError>,
    /// `SyntaxWarning`s of the tokenizer and `DeprecationWarning`s of string escapes.
    pub warnings: Vec<ParseWarning>,
    /// The parse stopped on a tokenizer error (CPython's `tok->done` was not OK), as opposed to
    /// the grammar failing.
    pub tokenizer_error: bool,
}

/// Parses `source` (already decoded) in `mode`, as `compile(str)` / `ast.parse(str)` do.
pub fn parse(source: &str, mode: Mode, opts: ParseOptions) -> Result<Mod, ParseError> {
    parse_full(source, mode, opts).result
}

/// [`parse`], with the warnings.
pub fn parse_full(source: &str, mode: Mode, opts: ParseOptions) -> Parsed {
    let source = source::translate_str_newlines(source, mode == Mode::Exec);
    parse_translated(&source, mode, opts)
}

/// Parses text whose line breaks are already `\n` only (see [`source::translate_str_newlines`]).
pub(crate) fn parse_translated(source: &str, mode: Mode, opts: ParseOptions) -> Parsed {
    // Deeply nested input recurses thousands of rules deep before CPython's own limit stops it;
    // give the parser a stack that can always reach that limit.
    crate::stack::with_big_stack(|| parse_on_this_thread(source, mode, opts))
}

/// CPython's `ast2obj` check when `ast.parse` turns the tree into Python objects: a tree nested
/// deeper than `limit` nodes (3 × the recursion limit, minus 3 × the caller's Python frames)
/// raises `RecursionError`. Run it on a big stack ([`crate::stack::with_big_stack`]).
pub fn check_ast_depth(module: &Mod, limit: u32) -> Result<(), ParseError> {
    use crate::ast::dump::Field;
    if module.depth() > limit {
        Err(ParseError::Recursion(
            "maximum recursion depth exceeded during ast construction".into(),
        ))
    } else {
        Ok(())
    }
}

/// Parses text made from undeclared non-UTF-8 bytes (bad bytes replaced, see `source.rs`), whose
/// first undecodable identifier is `bad_name`.
pub(crate) fn parse_with_bad_name(
    source: &str,
    raw: &[u8],
    mode: Mode,
    opts: ParseOptions,
    bad_name: Option<core::BadName>,
) -> Parsed {
    let source = source::translate_str_newlines(source, mode == Mode::Exec);
    // The translation only appends line breaks; the raw bytes get the same ones.
    let mut raw = raw.to_vec();
    raw.resize(source.len().max(raw.len()), b'\n');
    crate::stack::with_big_stack(|| {
        let mut p = Parser::with_raw_bytes(&source, &raw, mode, opts);
        p.bad_name = bad_name;
        finish_parse(p)
    })
}

/// `_PyPegen_run_parser`: a first pass, and on failure a second pass with the `invalid_*` rules.
///
/// The first pass is tried in fast mode first (`Parser::run_fast`); only a clean success is kept.
fn parse_on_this_thread(source: &str, mode: Mode, opts: ParseOptions) -> Parsed {
    if let Some(m) = Parser::new(source, mode, opts).run_fast(Parser::start_rule) {
        return Parsed {
            result: Ok(m),
            warnings: Vec::new(),
            tokenizer_error: false,
        };
    }
    finish_parse(Parser::new(source, mode, opts))
}

fn finish_parse(mut p: Parser<'_>) -> Parsed {
    let result = run_parser(&mut p, Parser::start_rule);
    Parsed {
        result,
        warnings: std::mem::take(&mut p.warnings),
        tokenizer_error: p.tokenizer_failed.is_some(),
    }
}

/// Runs `start` as `_PyPegen_run_parser` runs the start rule: on failure, again with the
/// `invalid_*` rules, then the error is settled as `_Pypegen_set_syntax_error` does.
fn run_parser<'s, T>(
    p: &mut Parser<'s>,
    mut start: impl FnMut(&mut Parser<'s>) -> Option<T>,
) -> Result<T, ParseError> {
    if let Some(m) = start(p)
        && p.error.is_none()
    {
        // `bad_single_statement`: `single` mode accepts one statement only.
        if p.mode == Mode::Single && p.bad_single_statement() {
            p.raise_syntax("multiple statements found while compiling a single statement");
            return Err(p.error.take().unwrap_or(ParseError::Memory));
        }
        return Ok(m);
    }
    if let Some(e @ ParseError::Memory) = p.error.clone() {
        return Err(e);
    }
    let last_token = p.toks.last().copied();
    p.reset_for_error_pass();
    if p.error.is_none() {
        let _ = start(p);
    }
    p.set_syntax_error(last_token);
    Err(p.error.take().unwrap_or(ParseError::Memory))
}

impl Parser<'_> {
    /// Runs the start rule of the mode.
    fn start_rule(&mut self) -> Option<Mod> {
        match self.mode {
            Mode::Exec => self.rule_file(),
            Mode::Eval => self.rule_eval(),
            Mode::Single => self.rule_interactive(),
            Mode::FuncType => self.rule_func_type(),
        }
    }

    /// `file: [statements] ENDMARKER`
    fn rule_file(&mut self) -> Option<Mod> {
        let body = self.rule_statements().unwrap_or_default();
        if self.error.is_some() {
            return None;
        }
        self.expect(TokenType::ENDMARKER)?;
        let type_ignores = self
            .type_ignores
            .iter()
            .map(|(lineno, tag)| TypeIgnore {
                lineno: *lineno,
                tag: tag.clone(),
            })
            .collect();
        Some(Mod::Module { body, type_ignores })
    }

    /// `eval: expressions NEWLINE* ENDMARKER`
    fn rule_eval(&mut self) -> Option<Mod> {
        let body = self.rule_expressions()?;
        while self.expect(TokenType::NEWLINE).is_some() {}
        self.expect(TokenType::ENDMARKER)?;
        Some(Mod::Expression {
            body: Box::new(body),
        })
    }

    /// `interactive: statement_newline`
    fn rule_interactive(&mut self) -> Option<Mod> {
        let body = self.rule_statement_newline()?;
        Some(Mod::Interactive { body })
    }

    /// `func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER`
    fn rule_func_type(&mut self) -> Option<Mod> {
        self.expect(TokenType::LPAR)?;
        let argtypes = self.rule_type_expressions().unwrap_or_default();
        if self.error.is_some() {
            return None;
        }
        self.expect(TokenType::RPAR)?;
        self.expect(TokenType::RARROW)?;
        let returns = self.rule_expression()?;
        while self.expect(TokenType::NEWLINE).is_some() {}
        self.expect(TokenType::ENDMARKER)?;
        Some(Mod::FunctionType {
            argtypes,
            returns: Box::new(returns),
        })
    }
}
