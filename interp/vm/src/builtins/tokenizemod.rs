//! The `_tokenize` module (`Python/Python-tokenize.c`): `TokenizerIter(source)` iterates over
//! the tokens of the parser's own tokenizer, as `tokenize._generate_tokens_from_c_tokenizer`
//! reads them: `(string, type, lineno, end_lineno, col_offset, end_col_offset, line)` with exact
//! operator types, no COMMENT/NL tokens and no ENDMARKER.
//!
//! krait's lexer follows the C tokenizer line by line, so each token's fields come from its
//! state right after the token, as `tokenizeriter_next` reads `tok`: the line buffer (`tok->buf`
//! up to `tok->inp`, which holds the earlier lines of a token spanning lines), the current line
//! (`tok->lineno`, `tok->line_start`) and, for a string, the line it started on. The tokens are
//! computed when the iterator is made; an error the tokenizer raises itself (`syntaxerror()`)
//! is raised at the step where CPython's iterator meets it, and the iteration ends after it.
//! The tokenizer's other failures (end of input inside brackets, a bad dedent) end it silently,
//! as `ERRORTOKEN` without an exception does there.

use std::cell::{Cell, RefCell};

use krait_syntax::TokenType;
use krait_syntax::lexer::{LexError, LexErrorKind, LexMode, LexWarning, Lexer, LineIndex};
use krait_syntax::parser::{ParseError, ParseWarning, SyntaxError};

use crate::object::native::Args;
use crate::object::payload::NativeData;
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::Layout;
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// `tp_name`: the module part makes `__module__` and the repr.
const TYPE_NAME: &str = "_tokenize.TokenizerIter";

/// The tokens made so far and the error that ends them.
struct Tokens {
    items: Vec<ObjRef>,
    /// The tokenizer's warnings (`parser_warn`), each with the index of the step that issues
    /// it: the one producing the token during whose scan it arose.
    warnings: Vec<(usize, ParseWarning)>,
    error: RefCell<Option<SyntaxError>>,
    next: Cell<usize>,
}

/// What [`tokenize`] makes: the token tuples, the warnings by step, the final error.
type Tokenized = (Vec<ObjRef>, Vec<(usize, ParseWarning)>, Option<SyntaxError>);

impl NativeData for Tokens {
    fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        self.items.iter().for_each(f);
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Where a NEWLINE token starts in C: at the comment the tokenizer skipped before it, if any
/// (`tok->start` was set on the `#`), so the token's string is the comment.
fn newline_start(src: &str, prev_end: usize, at: usize) -> usize {
    let gap = src.get(prev_end..at).unwrap_or("");
    gap.find('#').map_or(at, |i| prev_end + i)
}

/// A tokenizer error (`syntaxerror()`), its line shown up to its break as
/// `_syntaxerror_range` shows it.
fn token_error(src: &str, index: &LineIndex, e: LexError) -> SyntaxError {
    let mut err = SyntaxError::from(e);
    let line = err.lineno.and_then(|l| u32::try_from(l).ok());
    err.text = line
        .and_then(|l| index.line_text(src, l))
        .map(str::to_string);
    err
}

/// A tokenizer warning as the compiler's are issued: a `SyntaxWarning`, replaced by the
/// `SyntaxError` `parser_warn` raises when a filter turns it into an error.
fn warning(src: &str, index: &LineIndex, w: LexWarning) -> ParseWarning {
    ParseWarning {
        category: "SyntaxWarning",
        lineno: w.location.lineno,
        as_error: token_error(src, index, w.as_error()),
        message: w.msg,
    }
}

/// Tokenizes `src` as `tokenizeriter_new_impl` (exec input) and `tokenizeriter_next` do.
fn tokenize(vm: &Vm, src: &str) -> Tokenized {
    let mode = LexMode {
        type_comments: false,
        no_final_newline: false,
    };
    let mut lexer = Lexer::new(src, mode);
    let index = LineIndex::new(src);
    let mut items = Vec::new();
    let mut warnings = Vec::new();
    let mut prev_end = 0usize;
    loop {
        let next = lexer.next_token();
        let step = items.len();
        warnings.extend(
            lexer
                .take_warnings()
                .into_iter()
                .map(|w| (step, warning(src, &index, w))),
        );
        let tok = match next {
            Ok(t) => t,
            Err(e) if e.kind == LexErrorKind::Token => {
                return (items, warnings, Some(token_error(src, &index, e)));
            }
            Err(_) => return (items, warnings, None),
        };
        if tok.kind == TokenType::ENDMARKER {
            return (items, warnings, None);
        }
        let (_, line_start, lineno) = lexer.cursor();
        let (mut start, end) = (tok.start as usize, tok.end as usize);
        if tok.kind == TokenType::NEWLINE {
            start = newline_start(src, prev_end, start);
        }
        let no_place = matches!(tok.kind, TokenType::INDENT | TokenType::DEDENT);
        let (first_line, first_start) = if tok.kind == TokenType::STRING {
            let (line, col) = index.line_col(tok.start);
            (line as usize, start - col as usize)
        } else {
            (lineno as usize, line_start)
        };
        let col = |pos: usize, from: usize| -> i64 {
            if no_place || pos < from {
                -1
            } else {
                (pos - from) as i64
            }
        };
        let text = if no_place {
            ""
        } else {
            src.get(start..end.min(src.len())).unwrap_or("")
        };
        items.push(vm.new_tuple(vec![
            vm.new_str(text),
            vm.new_int(tok.kind as i64),
            vm.new_int(first_line as i64),
            vm.new_int(i64::from(lineno)),
            vm.new_int(col(start, first_start)),
            vm.new_int(col(end, line_start)),
            vm.new_str(lexer.buffer_text()),
        ]));
        if !no_place {
            prev_end = end;
        }
    }
}

/// `TokenizerIter(source)`.
fn tokenizer_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let [source] = args.bind(vm, "tokenizeriter", ["source"], 0, 1, 1)?;
    let source = source.unwrap_or_else(|| vm.none.clone());
    let Some(s) = source.as_str() else {
        return Err(vm.type_error(format!(
            "tokenizeriter() argument 'source' must be str, not {}",
            vm.type_name(&source)
        )));
    };
    let text = s.to_string_lossy();
    if text.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    let (items, warnings, error) = tokenize(vm, &text);
    let state = Tokens {
        items,
        warnings,
        error: RefCell::new(error),
        next: Cell::new(0),
    };
    Ok(Obj::new(cls.clone(), Payload::Native(Box::new(state))))
}

fn tokenizer_next(vm: &Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let state = match &o.payload {
        Payload::Native(n) => n.as_any().downcast_ref::<Tokens>(),
        _ => None,
    };
    let Some(state) = state else {
        return Err(vm.internal("_tokenize.TokenizerIter"));
    };
    let i = state.next.get();
    let due: Vec<ParseWarning> = state
        .warnings
        .iter()
        .filter(|(step, _)| *step == i)
        .map(|(_, w)| w.clone())
        .collect();
    if i <= state.items.len() {
        state.next.set(i + 1);
    }
    if let Err(e) = crate::warnings::issue_compile_warnings(vm, &due, "<string>") {
        // The tokenizer failed there (`tok->done = E_ERROR`): nothing follows.
        state.error.borrow_mut().take();
        state.next.set(state.items.len() + 1);
        return Err(e);
    }
    if let Some(v) = state.items.get(i) {
        return Ok(Some(v.clone()));
    }
    let error = state.error.borrow_mut().take();
    match error {
        Some(e) => Err(super::exec::parse_error_to_exc(
            vm,
            &ParseError::Syntax(e),
            "<string>",
        )),
        None => Ok(None),
    }
}

fn self_iter(_vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}

fn make_type(vm: &Vm) -> ObjRef {
    let t = crate::types::new_static_type(
        &vm.types.type_,
        TYPE_NAME,
        &vm.types.object,
        Layout::Opaque,
        0,
    );
    let s = Slots {
        new: Slot::Native(tokenizer_new),
        iter: Slot::Native(self_iter),
        next: Slot::Native(tokenizer_next),
        ..Slots::default()
    };
    crate::object::slot_resolve::install_static(vm, &t, s);
    crate::object::slot_resolve::inherit_static(&t);
    t
}

/// Creates the `_tokenize` module.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_tokenize");
    if let Some(d) = m.dict() {
        let t = vm.native_type(TYPE_NAME, || make_type(vm));
        vm.dict_set_str(&d, "TokenizerIter", t);
    }
    m
}
