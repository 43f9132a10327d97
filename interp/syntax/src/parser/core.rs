//! The parser's machinery, shared by every grammar rule: the lazily filled token array, marks and
//! backtracking, memoisation, the rule-depth limit, node locations (`EXTRA`) and error raising.
//!
//! It follows the runtime of CPython's generated PEG parser (`Parser/pegen.c`) closely, because what
//! a Python user observes depends on it: tokens are fetched only when a rule looks at them, so the
//! furthest token reached decides where "invalid syntax" points, and a tokenizer error surfaces only
//! when its token is fetched.

use super::error::{ParseError, SyntaxError, byte_to_char_offset};
use super::keywords::Kw;
use super::{Mode, ParseOptions};
use crate::ast::{Expr, ExprContext, ExprKind, Pattern, Range, Stmt};
use crate::lexer::{ErrorClass, LexErrorKind, LexMode, Lexer, LineIndex};
use crate::token::TokenType;

/// CPython's `MAXSTACK`: the parser raises `MemoryError` beyond this many nested rule calls.
const MAX_STACK: usize = 6000;

/// `CURRENT_POS` of `pegen.h`: "the tokenizer's current position" in an error location.
pub(crate) const CURRENT_POS: i64 = -5;

/// One token as the parser keeps it (`Token` of `pegen.h`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    /// The token type; NAMEs that are reserved keywords keep `NAME` here and set `kw`.
    pub kind: TokenType,
    /// The reserved keyword this NAME spells, if any.
    pub kw: Option<Kw>,
    /// Byte range in the source.
    pub start: u32,
    pub end: u32,
    /// 1-based lines and 0-based byte columns; -1 where CPython has no column (INDENT, DEDENT).
    pub lineno: u32,
    pub col: i64,
    pub end_lineno: u32,
    pub end_col: i64,
    /// The tokenizer's bracket depth after this token (`Token.level`).
    pub level: u32,
}

impl Tok {
    /// The token's location as an AST range (columns clamped at 0).
    pub fn range(&self) -> Range {
        Range::new(
            self.lineno,
            self.col.max(0) as u32,
            self.end_lineno,
            self.end_col.max(0) as u32,
        )
    }
}

/// Which memoised rule a cache entry belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Rule {
    Expression,
    Disjunction,
    Conjunction,
    Inversion,
    BitwiseOr,
    BitwiseXor,
    BitwiseAnd,
    ShiftExpr,
    Sum,
    Term,
    Factor,
    AwaitPrimary,
    Primary,
    TPrimary,
    StarExpression,
    StarTarget,
    TargetWithStarAtom,
    DelTarget,
    Strings,
    Arguments,
    InvalidNamedExpression,
    SimpleStmt,
    Block,
    ClosedPattern,
    StarPattern,
    DottedName,
    /// The last rule: [`RULES`] counts the rules by it, so a new rule goes before it.
    Attr,
}

impl Rule {
    /// Whether a success of this rule keeps a copy of its result in the memo. Copying a tree
    /// costs as much as building it, so the rules whose results are seldom asked for again keep
    /// only where they ended ([`Slot::Unstored`]) and are parsed again on the rare hit; the
    /// expression chain, whose results are asked for again often (by `slice`, `group`, the
    /// arguments after a failed `genexp`...), and `strings`, whose action issues warnings, keep it.
    fn keeps_result(self) -> bool {
        !matches!(
            self,
            Rule::SimpleStmt
                | Rule::Block
                | Rule::StarTarget
                | Rule::TargetWithStarAtom
                | Rule::DelTarget
                | Rule::DottedName
        )
    }
}

/// What a memo entry holds: a failure, a reference to another rule's entry, the index of the
/// result in the table's store of its type, or a success whose result was not kept. Entries stay
/// small (the table holds more entries than the source has bytes), and only results that are new
/// trees are stored at all.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Slot {
    Failed,
    /// The same result as another rule's entry at the same position (ending at the same mark):
    /// a rule that passed its child's result through unchanged, e.g. `disjunction` without `or`.
    /// Kept as a reference so that a chain of a dozen levels holds one copy of the tree.
    Same(Rule),
    /// A success of a rule that does not keep its result (see [`Rule::keeps_result`]): a hit
    /// runs the rule again, at the rule depth of the first run. Parsing is deterministic and the
    /// tokens it reads are all fetched already, so the second run has no effect but the result,
    /// and, at the same depth, cannot reach the depth limit that the first run did not reach.
    Unstored,
    Expr(u32),
    Stmt(u32),
    Stmts(u32),
    Pattern(u32),
}

/// A rough lower bound of the source bytes per token, to size the token and memo tables up front
/// (reserved, not written, so a generous size costs nothing). In CPython's Lib a file has 5.5
/// bytes per token at the median and 60% of files have fewer than 6; with 6 here, their tables
/// were regrown and copied as the parse went (measured: 3% of parsing).
const BYTES_PER_TOKEN: usize = 3;

/// About how many memo entries a token position collects.
const ENTRIES_PER_TOKEN: usize = 4;

/// How many memoised rules there are: a position's row of the index has one cell per rule.
const RULES: usize = Rule::Attr as usize + 1;

/// "No entry" in the memo's index.
const NO_MEMO: u32 = u32::MAX;

/// One memoised result (`Memo` of `pegen.h`).
#[derive(Debug)]
struct MemoEntry {
    slot: Slot,
    /// The mark after the rule.
    end: u32,
    /// The rule depth the rule was called at (to run an [`Slot::Unstored`] rule again).
    level: u32,
}

/// The memo table: an index with one row of [`RULES`] cells per token position that has entries,
/// each cell the entry of that rule at that position or [`NO_MEMO`]. CPython links a token's
/// entries in a list and walks it; with a dozen expression levels memoised at most positions, that
/// walk (a cache miss per link) was the parser's most expensive single function, so the index goes
/// straight to the entry. Rows are made only for positions that get an entry: in fast mode (see
/// `fast.rs`) only statements are memoised, and a row for every token was most of the memory the
/// parse wrote.
#[derive(Debug, Default)]
pub(crate) struct MemoTable {
    /// The row of each token position, or [`NO_MEMO`].
    rows: Vec<u32>,
    /// [`RULES`] cells per row.
    index: Vec<u32>,
    entries: Vec<MemoEntry>,
    exprs: Vec<Expr>,
    stmts: Vec<Stmt>,
    stmt_lists: Vec<Vec<Stmt>>,
    patterns: Vec<Pattern>,
}

impl MemoTable {
    /// A table for about `tokens` token positions. Growing the tables by doubling as the parse
    /// goes copied them over and over, which showed in profiles.
    fn with_capacity(tokens: usize) -> Self {
        MemoTable {
            rows: Vec::with_capacity(tokens),
            index: Vec::with_capacity(tokens * RULES),
            entries: Vec::with_capacity(tokens * ENTRIES_PER_TOKEN),
            ..MemoTable::default()
        }
    }

    #[inline]
    fn find(&self, pos: usize, rule: Rule) -> Option<&MemoEntry> {
        let row = *self.rows.get(pos).filter(|&&r| r != NO_MEMO)? as usize;
        let i = *self.index.get(row * RULES + rule as usize)?;
        self.entries.get(i as usize)
    }

    fn insert(&mut self, pos: usize, rule: Rule, end: usize, level: usize, slot: Slot) {
        let (end, level) = (end as u32, level as u32);
        debug_assert!(
            (rule as usize) < RULES,
            "Rule::Attr must stay the last rule"
        );
        if self.rows.len() <= pos {
            self.rows.resize(pos + 1, NO_MEMO);
        }
        if self.rows[pos] == NO_MEMO {
            self.rows[pos] = (self.index.len() / RULES) as u32;
            self.index.extend([NO_MEMO; RULES]);
        }
        let cell = self.rows[pos] as usize * RULES + rule as usize;
        let entry = MemoEntry { slot, end, level };
        match self.index[cell] {
            NO_MEMO => {
                self.index[cell] = self.entries.len() as u32;
                self.entries.push(entry);
            }
            i => self.entries[i as usize] = entry,
        }
    }

    fn clear(&mut self) {
        self.rows.clear();
        self.index.clear();
        self.entries.clear();
        self.exprs.clear();
        self.stmts.clear();
        self.stmt_lists.clear();
        self.patterns.clear();
    }
}

/// An identifier holding bytes that are not UTF-8, in undeclared bytes source. CPython's tokenizer
/// takes such bytes as identifier characters and decodes the identifier strictly when it produces
/// the token (`verify_identifier`): fetched by the parser, that is a `SyntaxError`
/// ("(unicode error) ..."); met while scanning the rest of the source after a grammar error, the
/// `UnicodeDecodeError` itself.
#[derive(Clone, Debug)]
pub(crate) struct BadName {
    /// Byte offset of a bad byte inside the identifier.
    pub at: u32,
    /// The error when the parser fetches the token.
    pub fetch_error: SyntaxError,
    /// `str()` of the `UnicodeDecodeError`.
    pub decode_message: String,
}

/// The parser state (`Parser` of `pegen.h`).
pub(crate) struct Parser<'s> {
    pub src: &'s str,
    lexer: Lexer<'s>,
    pub index: LineIndex,
    pub toks: Vec<Tok>,
    pub mark: usize,
    pub error: Option<ParseError>,
    /// Second pass: the `invalid_*` rules are tried.
    pub call_invalid_rules: bool,
    memo: MemoTable,
    /// Set by a memoised rule's body right before it returns its child's result unchanged: the
    /// child rule, and the position the child started at (see [`Slot::Same`]).
    alias: Option<(Rule, usize)>,
    level: usize,
    pub opts: ParseOptions,
    pub mode: Mode,
    /// `# type: ignore` comments seen so far: (line, tag).
    pub type_ignores: Vec<(u32, String)>,
    /// The tokenizer reported an error (as opposed to the grammar failing).
    pub tokenizer_failed: Option<LexErrorKind>,
    /// The first identifier of undeclared non-UTF-8 source that does not decode (see
    /// [`BadName`]); `None` for valid text.
    pub bad_name: Option<BadName>,
    /// `parsing_started` of `_PyPegen_fill_token`: a token other than the `single`-mode NEWLINE
    /// made of the end of input was fetched last.
    parsing_started: bool,
    /// Warnings issued while parsing, in order (CPython issues them as it parses, first pass only).
    pub warnings: Vec<ParseWarning>,
    /// Where an f-string expression sub-parser sits in the enclosing source (`None` for a top-level
    /// parser): see [`FStringOrigin`].
    pub fstring: Option<FStringOrigin>,
    /// Fast mode: the first pass parses expressions with the engine of `fast.rs`.
    pub fast: bool,
    /// How deep the fast engine is nested.
    pub fx_depth: u32,
    /// The 0-based line of the last token made (see [`LineIndex::line_col_from`]).
    line_hint: u32,
}

/// A warning raised while parsing (`PyErr_WarnExplicitObject` in the parser).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseWarning {
    /// The warning class, e.g. `DeprecationWarning`.
    pub category: &'static str,
    /// The message.
    pub message: String,
    /// The line the warning is attributed to.
    pub lineno: u32,
    /// The `SyntaxError` CPython raises in its place when a warnings filter turns it into an
    /// error (`parser_warn`, `warn_invalid_escape_sequence` and `compiler_warn` all replace the
    /// warning exception with one pointing at the offending code).
    pub as_error: SyntaxError,
}

/// The position of an f-string expression sub-parser's source (`(expr)`) in the enclosing file:
/// CPython's `Py_fstring_input` parser with `tok->lineno`, `p->starting_lineno` and
/// `p->starting_col_offset` set by `fstring_compile_expr`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FStringOrigin {
    /// Added to the sub-source's 1-based line numbers (the tokenizer's initial `lineno`).
    pub line_base: u32,
    /// `starting_lineno`: tokens ending on this (absolute) line are shifted right...
    pub starting_lineno: u32,
    /// ...by `starting_col_offset` bytes; error columns are shifted back left by it.
    pub starting_col_offset: i64,
}

impl<'s> Parser<'s> {
    pub fn new(src: &'s str, mode: Mode, opts: ParseOptions) -> Self {
        Parser::with_raw_bytes(src, src.as_bytes(), mode, opts)
    }

    /// A parser over `src` whose tokenizer scans `raw` (see [`Lexer::with_raw_bytes`]).
    pub fn with_raw_bytes(src: &'s str, raw: &'s [u8], mode: Mode, opts: ParseOptions) -> Self {
        Parser {
            src,
            lexer: Lexer::with_raw_bytes(
                src,
                raw,
                LexMode {
                    type_comments: opts.type_comments,
                    no_final_newline: mode != Mode::Exec && !opts.file_input,
                },
            ),
            index: LineIndex::new(src),
            toks: Vec::with_capacity(src.len() / BYTES_PER_TOKEN),
            mark: 0,
            error: None,
            call_invalid_rules: false,
            memo: MemoTable::with_capacity(src.len() / BYTES_PER_TOKEN),
            alias: None,
            level: 0,
            opts,
            mode,
            type_ignores: Vec::new(),
            tokenizer_failed: None,
            bad_name: None,
            parsing_started: false,
            warnings: Vec::new(),
            fstring: None,
            fast: false,
            fx_depth: 0,
            line_hint: 0,
        }
    }

    /// A sub-parser for one f-string expression, `src` being `(expr)\n`. Like CPython's, it reports
    /// error columns in bytes: its tokenizer has no source encoding.
    pub fn new_fstring(src: &'s str, opts: ParseOptions, origin: FStringOrigin) -> Self {
        let opts = ParseOptions {
            char_offsets: false,
            ..opts
        };
        let mut p = Parser::new(src, Mode::Eval, opts);
        p.fstring = Some(origin);
        p
    }

    /// An absolute line number from a line number of this parser's source.
    pub fn abs_line(&self, local: u32) -> u32 {
        local + self.fstring.map_or(0, |o| o.line_base)
    }

    /// A line number of this parser's source from an absolute one.
    fn local_line(&self, abs: i64) -> i64 {
        abs - i64::from(self.fstring.map_or(0, |o| o.line_base))
    }

    /// A tokenizer error as a `SyntaxError`: lines are absolute, columns the tokenizer's own.
    fn lex_syntax_error(&self, e: crate::lexer::LexError) -> SyntaxError {
        let kind = e.kind;
        // Without a known encoding pegen does not convert these offsets to characters.
        let byte_offset = e.byte_offset.filter(|_| !self.opts.char_offsets);
        let mut err = SyntaxError::from(e);
        if let Some(b) = byte_offset {
            err.offset = Some(b);
        }
        // The tokenizer's lines are its own source's (an f-string expression's, for a
        // sub-parser), so its error line is read from that source before the lines are shifted.
        if kind != LexErrorKind::NullBytes
            && let Some(l) = err.lineno
            && let Some(line) = self.raw_line_with_break(l)
        {
            let line = line.as_str();
            let without_break = line.trim_end_matches(['\n', '\r']);
            let text = match kind {
                // `_syntaxerror_range` takes the tokenizer's line up to its break.
                LexErrorKind::Token => without_break,
                // "'(' was never closed" comes from `raise_unclosed_parentheses_error`, through
                // `_PyPegen_raise_error_known_location`: for source that is not a file, a
                // bracket opened before the tokenizer's last line shows its line from the
                // buffers, without its break (see `raise_known`).
                LexErrorKind::UnclosedBracket
                    if !self.opts.file_input && i64::from(self.tokenizer_cursor().2) > l =>
                {
                    without_break
                }
                _ => line,
            };
            err.text = Some(text.to_string());
        }
        let shift = |l: Option<i64>| l.map(|l| l + i64::from(self.abs_line(0)));
        err.lineno = shift(err.lineno);
        err.end_lineno = shift(err.end_lineno);
        err
    }

    // ----- tokens ---------------------------------------------------------------------------

    /// `_PyPegen_fill_token`: reads one more token; false (with the error set) on a tokenizer error.
    fn fill(&mut self) -> bool {
        if self.error.is_some() {
            return false;
        }
        loop {
            match self.lexer.next_token() {
                Ok(t) if t.kind == TokenType::TYPE_IGNORE => {
                    let (line, _) = self.index.line_col(t.start);
                    self.type_ignores.push((line, t.text(self.src).to_string()));
                }
                Ok(t) if self.is_bad_name(t.kind, t.start, t.end) => {
                    let err = self.bad_name.as_ref().map(|b| b.fetch_error.clone());
                    let tok = self.make_tok(TokenType::ERRORTOKEN, t.end, t.end);
                    self.toks.push(tok);
                    self.tokenizer_failed = Some(LexErrorKind::Token);
                    self.error = err.map(ParseError::Syntax);
                    return false;
                }
                Ok(t) => {
                    self.take_lexer_warnings();
                    let mut tok = self.make_tok(t.kind, t.start, t.end);
                    // In `single` mode the first end of input is a NEWLINE, which ends the
                    // interactive statement (`statement_newline: compound_stmt NEWLINE`); the
                    // next fetch sees the ENDMARKER again.
                    if self.mode == Mode::Single
                        && t.kind == TokenType::ENDMARKER
                        && self.parsing_started
                    {
                        tok.kind = TokenType::NEWLINE;
                        self.parsing_started = false;
                        self.lexer.imply_dedents();
                    } else {
                        self.parsing_started = true;
                    }
                    self.toks.push(tok);
                    return true;
                }
                Err(e) => {
                    // The ERRORTOKEN is stored, as CPython stores it, before the error is raised.
                    let (pos, line_start, lineno) = self.lexer.cursor();
                    let col = pos.saturating_sub(line_start) as i64;
                    let lineno = self.abs_line(lineno);
                    self.toks.push(Tok {
                        kind: TokenType::ERRORTOKEN,
                        kw: None,
                        start: pos as u32,
                        end: pos as u32,
                        lineno,
                        col,
                        end_lineno: lineno,
                        end_col: col,
                        level: self.lexer.open_brackets().len() as u32,
                    });
                    self.tokenizer_failed = Some(e.kind);
                    self.error = Some(ParseError::Syntax(self.lex_syntax_error(e)));
                    return false;
                }
            }
        }
    }

    /// Whether a token is the identifier of [`Parser::bad_name`].
    fn is_bad_name(&self, kind: TokenType, start: u32, end: u32) -> bool {
        kind == TokenType::NAME
            && self
                .bad_name
                .as_ref()
                .is_some_and(|b| (start..end).contains(&b.at))
    }

    /// The tokenizer's warnings (`parser_warn` in `tokenizer.c`: "invalid decimal literal" and
    /// the like for a number run into a keyword), issued as `SyntaxWarning`s when they occur.
    fn take_lexer_warnings(&mut self) {
        for w in self.lexer.take_warnings() {
            let lineno = self.abs_line(w.location.lineno);
            let as_error = self.lex_syntax_error(w.as_error());
            self.warnings.push(ParseWarning {
                category: "SyntaxWarning",
                message: w.msg,
                lineno,
                as_error,
            });
        }
    }

    fn make_tok(&mut self, kind: TokenType, start: u32, end: u32) -> Tok {
        let level = self.lexer.open_brackets().len() as u32;
        let (mut lineno, col) = self.index.line_col_from(&mut self.line_hint, start);
        let (mut end_lineno, end_col) = self.index.line_col_from(&mut self.line_hint, end);
        let (mut col, mut end_col) = (i64::from(col), i64::from(end_col));
        match kind {
            TokenType::INDENT | TokenType::DEDENT | TokenType::ENDMARKER => {
                // CPython takes the line from `tok->lineno` and has no start for these tokens
                // (column -1): the DEDENTs and ENDMARKER at the end of the input stay on the last
                // line read, and errors at them take their column from the tokenizer's cursor.
                lineno = self.lexer.lineno();
                end_lineno = lineno;
                col = -1;
                end_col = -1;
                // The DEDENTs at the end of input are on the last line, as the ENDMARKER.
                if start as usize == self.src.len() && self.src.ends_with(['\n', '\r']) {
                    lineno = self.index.line_count() - 1;
                    end_lineno = lineno;
                }
            }
            _ => {}
        }
        if let Some(origin) = self.fstring {
            lineno += origin.line_base;
            end_lineno += origin.line_base;
            // `initialize_token` shifts both columns when the tokenizer's line (the token's last
            // line) is the expression's first line.
            if end_lineno == origin.starting_lineno {
                if col >= 0 {
                    col += origin.starting_col_offset;
                }
                if end_col >= 0 {
                    end_col += origin.starting_col_offset;
                }
            }
        }
        let kw = if kind == TokenType::NAME {
            Kw::from_name(&self.src[start as usize..end as usize])
        } else {
            None
        };
        Tok {
            kind,
            kw,
            start,
            end,
            lineno,
            col,
            end_lineno,
            end_col,
            level,
        }
    }

    /// The token at index `i`, fetching tokens as needed. Every rule looks at tokens through
    /// here, nearly always at one fetched already: that path is kept small enough to inline.
    #[inline]
    pub fn tok_at(&mut self, i: usize) -> Option<Tok> {
        match self.toks.get(i) {
            Some(t) => Some(*t),
            None => self.fetch_to(i),
        }
    }

    /// [`Parser::tok_at`] for a token not fetched yet.
    #[cold]
    #[inline(never)]
    fn fetch_to(&mut self, i: usize) -> Option<Tok> {
        while self.toks.len() <= i {
            if !self.fill() {
                return None;
            }
        }
        Some(self.toks[i])
    }

    /// The token at the mark.
    #[inline]
    pub fn peek(&mut self) -> Option<Tok> {
        self.tok_at(self.mark)
    }

    /// The tokenizer's cursor as C's `tok->cur`, `tok->line_start` and `tok->lineno`. At the end
    /// of a source ending in a line break, CPython's tokenizer reads no further line: it stays on
    /// the last one, past its break.
    fn tokenizer_cursor(&self) -> (usize, usize, u32) {
        let (pos, line_start, lineno) = self.lexer.cursor();
        if pos == self.src.len()
            && line_start == pos
            && lineno > 1
            && let Some(start) = self.index.line_start(lineno - 1)
        {
            return (pos, start as usize, lineno - 1);
        }
        (pos, line_start, lineno)
    }

    /// The source the tokenizer has not read yet (from C's `tok->cur`).
    pub fn unread_source(&self) -> &'s str {
        let (pos, _, _) = self.lexer.cursor();
        self.src.get(pos..).unwrap_or("")
    }

    /// The text of a token.
    pub fn text(&self, t: &Tok) -> &'s str {
        &self.src[t.start as usize..t.end as usize]
    }

    /// `_PyPegen_expect_token`: consumes a token of type `kind` (never a keyword NAME for `NAME`).
    pub fn expect(&mut self, kind: TokenType) -> Option<Tok> {
        let t = self.peek()?;
        if t.kind == kind && t.kw.is_none() {
            self.mark += 1;
            Some(t)
        } else {
            None
        }
    }

    /// Consumes the reserved keyword `kw`.
    pub fn expect_kw(&mut self, kw: Kw) -> Option<Tok> {
        let t = self.peek()?;
        if t.kw == Some(kw) {
            self.mark += 1;
            Some(t)
        } else {
            None
        }
    }

    /// `_PyPegen_expect_soft_keyword`: consumes a NAME spelled `word`.
    pub fn expect_soft(&mut self, word: &str) -> Option<Tok> {
        let t = self.peek()?;
        if t.kind == TokenType::NAME && t.kw.is_none() && self.text(&t) == word {
            self.mark += 1;
            Some(t)
        } else {
            None
        }
    }

    /// `&&tok` (forced token): consumes `kind` or raises "expected 'X'" at the current token.
    pub fn expect_forced(&mut self, kind: TokenType, what: &str) -> Option<Tok> {
        if self.error.is_some() {
            return None;
        }
        match self.expect(kind) {
            Some(t) => Some(t),
            None => {
                if self.error.is_none() {
                    let t = self.peek()?;
                    self.raise_location(
                        ErrorClass::SyntaxError,
                        t.lineno as i64,
                        t.col,
                        t.end_lineno as i64,
                        t.end_col,
                        &format!("expected '{what}'"),
                    );
                }
                None
            }
        }
    }

    /// Whether the token at the mark has type `kind` (a positive lookahead that consumes nothing).
    pub fn at(&mut self, kind: TokenType) -> bool {
        self.peek()
            .is_some_and(|t| t.kind == kind && t.kw.is_none())
    }

    /// Whether the token at the mark is the keyword `kw`.
    pub fn at_kw(&mut self, kw: Kw) -> bool {
        self.peek().is_some_and(|t| t.kw == Some(kw))
    }

    /// Runs `f` as a lookahead: the mark is restored; the result says whether `f` matched.
    pub fn lookahead<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> bool {
        let m = self.mark;
        let r = f(self).is_some();
        self.mark = m;
        r
    }

    /// `_PyPegen_name_token`: a NAME (not a keyword) as a `Name` expression in Load context, its
    /// identifier NFKC-normalised.
    pub fn name(&mut self) -> Option<Expr> {
        let t = self.peek()?;
        if t.kind != TokenType::NAME || t.kw.is_some() {
            return None;
        }
        self.mark += 1;
        let id = crate::ast::ident::normalize_identifier(self.text(&t)).into_owned();
        Some(Expr::new(
            ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            },
            t.range(),
        ))
    }

    // ----- rule bookkeeping -----------------------------------------------------------------

    /// Enters a rule: false when the parse has already failed, or (raising `MemoryError`) when the
    /// rule depth reaches CPython's limit. Every `enter` must be paired with [`Parser::leave`].
    pub fn enter(&mut self) -> bool {
        self.level += 1;
        if self.level == MAX_STACK && self.error.is_none() {
            self.error = Some(ParseError::Memory);
        }
        self.error.is_none()
    }

    /// Leaves a rule entered with [`Parser::enter`].
    pub fn leave(&mut self) {
        self.level -= 1;
    }

    /// The memoised result of `rule` at the mark (references followed), the mark after it and the
    /// depth `rule` was called at.
    fn memo_get(&self, rule: Rule) -> Option<(Slot, usize, usize)> {
        let first = self.memo.find(self.mark, rule)?;
        let mut entry = first;
        while let Slot::Same(child) = entry.slot {
            entry = self.memo.find(self.mark, child)?;
        }
        Some((entry.slot, entry.end as usize, first.level as usize))
    }

    /// Called by a memoised rule's body as it returns, unchanged, the result of the memoised
    /// `child` rule that started at `start`: the rule's memo entry then refers to the child's.
    pub fn pass_through(&mut self, child: Rule, start: usize) {
        self.alias = Some((child, start));
    }

    /// Forgets every memoised result (before the second pass).
    pub fn reset_for_error_pass(&mut self) {
        self.memo.clear();
        self.mark = 0;
        self.call_invalid_rules = true;
    }

    /// `EXTRA`: the location from the token at `start` to the last non-whitespace token consumed.
    pub fn extra(&mut self, start: usize) -> Range {
        let first = self.tok_at(start).unwrap_or(Tok {
            kind: TokenType::ENDMARKER,
            kw: None,
            start: 0,
            end: 0,
            lineno: 1,
            col: 0,
            end_lineno: 1,
            end_col: 0,
            level: 0,
        });
        let last = self.last_non_whitespace().unwrap_or(first);
        Range::new(
            first.lineno,
            first.col.max(0) as u32,
            last.end_lineno,
            last.end_col.max(0) as u32,
        )
    }

    /// `_PyPegen_get_last_nonnwhitespace_token`: the last consumed token that is not ENDMARKER,
    /// NEWLINE, INDENT or DEDENT.
    pub fn last_non_whitespace(&self) -> Option<Tok> {
        let mut found = None;
        for t in self.toks[..self.mark.min(self.toks.len())].iter().rev() {
            found = Some(*t);
            if !matches!(
                t.kind,
                TokenType::ENDMARKER | TokenType::NEWLINE | TokenType::INDENT | TokenType::DEDENT
            ) {
                break;
            }
        }
        found
    }

    // ----- errors ---------------------------------------------------------------------------

    /// [`Parser::line_with_break`] from the bytes the tokenizer reads, decoded with replacement
    /// (what C's tokenizer buffer shows of a source that is not UTF-8).
    fn raw_line_with_break(&self, lineno: i64) -> Option<String> {
        let (start, end) = self.line_span(lineno)?;
        Some(self.lexer.raw_text(start, end))
    }

    /// The source line `lineno` including its line break (what CPython's error line holds).
    fn line_with_break(&self, lineno: i64) -> Option<&'s str> {
        let (start, end) = self.line_span(lineno)?;
        self.src.get(start..end)
    }

    /// The byte range of line `lineno`, its line break included.
    fn line_span(&self, lineno: i64) -> Option<(usize, usize)> {
        let l = u32::try_from(lineno).ok()?;
        let start = self.index.line_start(l)? as usize;
        let end = self
            .index
            .line_start(l + 1)
            .map_or(self.src.len(), |e| e as usize);
        Some((start, end))
    }

    /// `_PyPegen_raise_error_known_location`: `col` and `end_col` are 1-based byte offsets (or
    /// [`CURRENT_POS`]), converted to characters when the source was text.
    pub fn raise_known(
        &mut self,
        class: ErrorClass,
        lineno: i64,
        col: i64,
        end_lineno: i64,
        end_col: i64,
        msg: &str,
    ) {
        if self.error.is_some() {
            return;
        }
        let (pos, line_start, tok_lineno) = self.tokenizer_cursor();
        let end_lineno = if end_lineno == CURRENT_POS {
            i64::from(self.abs_line(tok_lineno))
        } else {
            end_lineno
        };
        let mut end_col = if end_col == CURRENT_POS {
            pos.saturating_sub(line_start) as i64
        } else {
            end_col
        };
        let mut col = col;
        let mut msg = msg.to_string();
        if let Some(origin) = self.fstring {
            // `_PyPegen_raise_error_known_location` in `Py_fstring_input` mode.
            msg.insert_str(0, "f-string: ");
            col -= origin.starting_col_offset;
            end_col -= origin.starting_col_offset;
        }
        // CPython's error line: the tokenizer's buffer when the error is on its current line (the
        // line with its break, after the earlier lines of a token spanning lines), else the line
        // from the source buffers without its break. Both offsets are counted on it, so an end
        // on a later line is clamped to its length plus one.
        let local = self.local_line(lineno);
        // A file's error line is read back from the file itself (`_PyErr_ProgramDecodedTextObject`),
        // always with its break.
        let buffer;
        let line = if self.opts.file_input {
            self.line_with_break(local)
        } else if i64::from(tok_lineno) <= local {
            buffer = self.lexer.buffer_text();
            Some(buffer.as_str())
        } else {
            self.line_with_break(local)
                .map(|l| l.trim_end_matches(['\n', '\r']))
        }
        .unwrap_or("");
        let (mut offset, mut end_offset) = (col, end_col);
        if self.opts.char_offsets {
            offset = byte_to_char_offset(line, col);
            // CPython converts the end column with the error's first line too.
            if end_offset > 0 {
                end_offset = byte_to_char_offset(line, end_col);
            }
        }
        self.error = Some(ParseError::Syntax(SyntaxError {
            class,
            msg,
            lineno: Some(lineno),
            offset: Some(offset),
            end_lineno: Some(end_lineno),
            end_offset: Some(end_offset),
            text: Some(line.to_string()),
        }));
    }

    /// `RAISE_ERROR_KNOWN_LOCATION`: 0-based byte columns (or [`CURRENT_POS`]).
    pub fn raise_location(
        &mut self,
        class: ErrorClass,
        lineno: i64,
        col: i64,
        end_lineno: i64,
        end_col: i64,
        msg: &str,
    ) {
        let plus_one = |c: i64| if c == CURRENT_POS { c } else { c + 1 };
        self.raise_known(
            class,
            lineno,
            plus_one(col),
            end_lineno,
            plus_one(end_col),
            msg,
        );
    }

    /// A `SyntaxError` over token `t`'s span.
    pub(crate) fn raise_at_token(&mut self, t: &Tok, msg: &str) {
        self.raise_location(
            ErrorClass::SyntaxError,
            i64::from(t.lineno),
            t.col,
            i64::from(t.end_lineno),
            t.end_col,
            msg,
        );
    }

    /// `RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg)`.
    pub fn raise_at(&mut self, a: Range, msg: &str) -> Option<std::convert::Infallible> {
        self.raise_range(a, a, msg)
    }

    /// `RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg)`.
    pub fn raise_range(
        &mut self,
        a: Range,
        b: Range,
        msg: &str,
    ) -> Option<std::convert::Infallible> {
        self.raise_location(
            ErrorClass::SyntaxError,
            i64::from(a.lineno),
            i64::from(a.col_offset),
            i64::from(b.end_lineno),
            i64::from(b.end_col_offset),
            msg,
        );
        None
    }

    /// `RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg)`: from `a` to the tokenizer's position.
    pub fn raise_starting_from(&mut self, a: Range, msg: &str) -> Option<std::convert::Infallible> {
        self.raise_location(
            ErrorClass::SyntaxError,
            i64::from(a.lineno),
            i64::from(a.col_offset),
            CURRENT_POS,
            CURRENT_POS,
            msg,
        );
        None
    }

    /// `_PyPegen_raise_error` (`RAISE_SYNTAX_ERROR`, `RAISE_INDENTATION_ERROR`): at the last token
    /// fetched.
    pub fn raise_error(
        &mut self,
        class: ErrorClass,
        msg: &str,
    ) -> Option<std::convert::Infallible> {
        if self.error.is_some() {
            return None;
        }
        let Some(t) = self.toks.last().copied() else {
            self.raise_known(class, 0, 0, 0, -1, msg);
            return None;
        };
        let col = if t.col == -1 {
            let (pos, line_start, _) = self.tokenizer_cursor();
            // The file tokenizer empties its buffer once it has read the whole file, so at the
            // end of a file `tok->cur == tok->buf` and the column is 0 (no caret is printed).
            if self.opts.file_input && pos >= self.src.len() {
                0
            } else {
                pos.saturating_sub(line_start) as i64
            }
        } else {
            t.col + 1
        };
        let end_col = if t.end_col == -1 { -1 } else { t.end_col + 1 };
        self.raise_known(
            class,
            i64::from(t.lineno),
            col,
            i64::from(t.end_lineno),
            end_col,
            msg,
        );
        None
    }

    /// `RAISE_SYNTAX_ERROR(msg)`.
    pub fn raise_syntax(&mut self, msg: &str) -> Option<std::convert::Infallible> {
        self.raise_error(ErrorClass::SyntaxError, msg)
    }

    /// `RAISE_INDENTATION_ERROR(msg)`.
    pub fn raise_indentation(&mut self, msg: &str) -> Option<std::convert::Infallible> {
        self.raise_error(ErrorClass::IndentationError, msg)
    }

    /// `raise_unclosed_parentheses_error`: "'(' was never closed" at the innermost open bracket.
    fn raise_unclosed(&mut self) -> bool {
        let Some(b) = self.lexer.open_brackets().last().copied() else {
            return false;
        };
        let lineno = i64::from(self.abs_line(b.lineno));
        self.raise_location(
            ErrorClass::SyntaxError,
            lineno,
            i64::from(b.col),
            lineno,
            -1,
            &format!("'{}' was never closed", b.ch as char),
        );
        true
    }

    /// `_PyPegen_tokenize_full_source_to_check_for_errors`: reads the rest of the source. An error
    /// the tokenizer raises itself (an invalid character, an unterminated string...) replaces the
    /// parser's error; so does an unclosed bracket opened on a line before the last token fetched.
    fn check_rest_of_source(&mut self) {
        let err_line = self.toks.last().map_or(0, |t| t.lineno);
        loop {
            match self.lexer.next_token() {
                Ok(t) if t.kind == TokenType::ENDMARKER => return,
                Ok(t) if self.is_bad_name(t.kind, t.start, t.end) => {
                    let message = self.bad_name.as_ref().map(|b| b.decode_message.clone());
                    self.error = message.map(ParseError::UnicodeDecode);
                    return;
                }
                Ok(_) => {}
                Err(e) => {
                    if e.kind == LexErrorKind::Token {
                        self.error = Some(ParseError::Syntax(self.lex_syntax_error(e)));
                    } else if e.kind == LexErrorKind::UnclosedBracket {
                        let opened = self
                            .lexer
                            .open_brackets()
                            .last()
                            .map(|b| self.abs_line(b.lineno));
                        if opened.is_some_and(|l| err_line > l) {
                            self.error = None;
                            self.raise_unclosed();
                        }
                    }
                    return;
                }
            }
        }
    }

    /// `_Pypegen_set_syntax_error`: the final error after the second pass.
    pub fn set_syntax_error(&mut self, last_token: Option<Tok>) {
        if self.error.is_some() {
            if self.tokenizer_failed.is_none() && matches!(self.error, Some(ParseError::Syntax(_)))
            {
                self.check_rest_of_source();
            }
            return;
        }
        let Some(last) = last_token else {
            self.raise_syntax("error at start before reading any input");
            return;
        };
        if last.kind == TokenType::INDENT || last.kind == TokenType::DEDENT {
            let msg = if last.kind == TokenType::INDENT {
                "unexpected indent"
            } else {
                "unexpected unindent"
            };
            self.raise_indentation(msg);
            return;
        }
        self.raise_at_token(&last, "invalid syntax");
        self.check_rest_of_source();
    }
}

/// A rule result that can be memoised.
pub(crate) trait Memoable: Sized + Clone {
    /// Moves a copy into the table's store of this type.
    fn store(&self, table: &mut MemoTable) -> Slot;
    /// A copy of the stored result, if `slot` holds one of this type.
    fn load(slot: Slot, table: &MemoTable) -> Option<Self>;
}

macro_rules! memoable {
    ($t:ty, $variant:ident, $store:ident) => {
        impl Memoable for $t {
            fn store(&self, table: &mut MemoTable) -> Slot {
                let index = table.$store.len() as u32;
                table.$store.push(self.clone());
                Slot::$variant(index)
            }
            fn load(slot: Slot, table: &MemoTable) -> Option<Self> {
                match slot {
                    Slot::$variant(i) => table.$store.get(i as usize).cloned(),
                    _ => None,
                }
            }
        }
    };
}

memoable!(Expr, Expr, exprs);
memoable!(Stmt, Stmt, stmts);
memoable!(Vec<Stmt>, Stmts, stmt_lists);
memoable!(Pattern, Pattern, patterns);

impl Parser<'_> {
    /// Runs one rule body: checks the error state and the depth limit around it. A rule that
    /// raised an error returns `None`, whatever its body returned.
    pub fn rule<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        if !self.enter() {
            self.leave();
            return None;
        }
        let r = f(self);
        self.leave();
        if self.error.is_some() { None } else { r }
    }

    /// A memoised rule (`(memo)` in the grammar, and every left-recursive rule).
    pub fn memoized<T: Memoable>(
        &mut self,
        rule: Rule,
        f: impl FnOnce(&mut Self) -> Option<T>,
    ) -> Option<T> {
        if self.error.is_some() {
            return None;
        }
        match self.memo_get(rule) {
            Some((Slot::Failed, end, _)) => {
                self.mark = end;
                return None;
            }
            Some((Slot::Unstored, end, level)) => return self.parse_again(level, end, f),
            Some((slot, end, _)) => {
                if let Some(v) = T::load(slot, &self.memo) {
                    self.mark = end;
                    return Some(v);
                }
            }
            None => {}
        }
        let (start, level) = (self.mark, self.level);
        let r = self.rule(f);
        let alias = self.alias.take();
        if self.error.is_none() {
            let slot = match (&r, alias) {
                (Some(_), Some((child, s))) if s == start => Slot::Same(child),
                (Some(_), _) if !rule.keeps_result() => Slot::Unstored,
                (Some(v), _) => v.store(&mut self.memo),
                (None, _) => Slot::Failed,
            };
            self.memo.insert(start, rule, self.mark, level, slot);
        }
        r
    }

    /// A hit on an [`Slot::Unstored`] entry: runs the rule again at the depth it first ran at.
    fn parse_again<T>(
        &mut self,
        level: usize,
        end: usize,
        f: impl FnOnce(&mut Self) -> Option<T>,
    ) -> Option<T> {
        let caller_level = std::mem::replace(&mut self.level, level);
        let r = self.rule(f);
        self.level = caller_level;
        self.alias = None;
        debug_assert!(
            r.is_none() || self.mark == end,
            "a rule parsed again ends elsewhere"
        );
        r
    }

    /// Tries one alternative: on failure the mark goes back to where it was.
    pub fn alt<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        if self.error.is_some() {
            return None;
        }
        let m = self.mark;
        let r = f(self);
        if r.is_none() {
            self.mark = m;
        }
        r
    }

    /// Tries an `invalid_*` alternative, only in the second pass. It never produces a value that
    /// the caller uses: a matching invalid rule raises an error.
    pub fn invalid<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        if !self.call_invalid_rules {
            return None;
        }
        self.alt(f)
    }

    /// `e*`: zero or more.
    pub fn repeat<T>(&mut self, mut f: impl FnMut(&mut Self) -> Option<T>) -> Vec<T> {
        let mut out = Vec::new();
        while let Some(x) = self.alt(&mut f) {
            out.push(x);
        }
        out
    }

    /// `e+`: one or more.
    pub fn repeat1<T>(&mut self, f: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let v = self.repeat(f);
        if v.is_empty() { None } else { Some(v) }
    }

    /// `s.e+`: one or more `e` separated by the token `sep` (a trailing separator is not consumed).
    pub fn gather<T>(
        &mut self,
        sep: TokenType,
        mut f: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        let first = self.alt(&mut f)?;
        let mut out = vec![first];
        loop {
            let m = self.mark;
            if self.expect(sep).is_none() {
                break;
            }
            match self.alt(&mut f) {
                Some(x) => out.push(x),
                None => {
                    self.mark = m;
                    break;
                }
            }
        }
        Some(out)
    }
}
