//! The first pass's fast expression engine: the grammar's expression rules (`star_expressions`
//! down to `atom`, calls, slices, displays, comprehensions and assignment targets) parsed by
//! recursive descent with one-token decisions, no memo and no tree copies.
//!
//! CPython's parser is a PEG parser that memoises a dozen expression levels at every token; doing
//! the same cost krait five times its lexing time. For the first pass of a parse (no `invalid_*`
//! rules) the expression grammar needs no backtracking: every choice is decided by the next token
//! or two. So, in [`Parser::fast`] mode, the PEG rules that enter the expression grammar hand over
//! to this engine, which keeps one contract:
//!
//! * where it returns a result, the PEG rule would have returned the same tree (locations
//!   included) and ended at the same token;
//! * where the PEG rule would fail without consuming anything (the first token cannot start it),
//!   it returns `None` the same way;
//! * anywhere else it is unsure, it *aborts* ([`Parser::fx_abort`]): the whole parse is
//!   abandoned and run again by the plain PEG parser, which then decides, errors included. Valid
//!   code hardly ever needs an abort (no file of CPython's `Lib` does), so it costs time on code
//!   that fails to parse, nests deeper than [`FX_MAX_DEPTH`] or draws a warning.
//!
//! Aborting rather than imitating the PEG's failure paths is what keeps the engine small: how far
//! the tokenizer has read, which error the second pass raises and which warnings are issued all
//! stay the PEG parser's business.

use super::actions::{name_id, set_context};
use super::core::{Parser, Tok};
use super::error::ParseError;
use super::keywords::Kw;
use crate::ast::{
    BoolOp, CmpOp, Comprehension, Constant, Expr, ExprContext, ExprKind, Keyword, Operator, UnaryOp,
};
use crate::token::TokenType as T;

/// How deep the engine nests (bracketed atoms, trailers, unary operators, lambdas) before it
/// aborts. Each level stands for at most about 25 rule calls of the PEG parser, so below this the
/// PEG parser could never have reached CPython's limit of 6000 (a `MemoryError`), which the
/// engine does not count itself.
const FX_MAX_DEPTH: u32 = 150;

/// Binary operators of `bitwise_or` .. `term`, with their binding power (higher binds tighter).
fn binary_op(kind: T) -> Option<(Operator, u8)> {
    Some(match kind {
        T::VBAR => (Operator::BitOr, 1),
        T::CIRCUMFLEX => (Operator::BitXor, 2),
        T::AMPER => (Operator::BitAnd, 3),
        T::LEFTSHIFT => (Operator::LShift, 4),
        T::RIGHTSHIFT => (Operator::RShift, 4),
        T::PLUS => (Operator::Add, 5),
        T::MINUS => (Operator::Sub, 5),
        T::STAR => (Operator::Mult, 6),
        T::SLASH => (Operator::Div, 6),
        T::DOUBLESLASH => (Operator::FloorDiv, 6),
        T::PERCENT => (Operator::Mod, 6),
        T::AT => (Operator::MatMult, 6),
        _ => return None,
    })
}

/// Whether `t` can start an `atom` (and so a `primary` or an assignment target).
fn starts_atom(t: &Tok) -> bool {
    match t.kind {
        T::NAME => matches!(t.kw, None | Some(Kw::True | Kw::False | Kw::None)),
        T::NUMBER | T::STRING | T::LPAR | T::LSQB | T::LBRACE | T::ELLIPSIS => true,
        _ => false,
    }
}

/// Whether `t` can start a `star_target`.
pub(super) fn starts_star_target(t: &Tok) -> bool {
    t.kind == T::STAR || starts_atom(t)
}

/// Whether `t` can start a `bitwise_or` (an operand of a comparison).
pub(super) fn starts_bitwise_or(t: &Tok) -> bool {
    starts_atom(t) || matches!(t.kind, T::MINUS | T::PLUS | T::TILDE | T::AWAIT)
}

/// Whether `t` can start a `disjunction`.
pub(super) fn starts_disjunction(t: &Tok) -> bool {
    starts_bitwise_or(t) || t.kw == Some(Kw::Not)
}

/// Whether `t` can start an `expression` (or a `named_expression`).
pub(super) fn starts_expression(t: &Tok) -> bool {
    starts_disjunction(t) || t.kw == Some(Kw::Lambda)
}

/// Whether `t` can start a `star_expression` (or a `star_named_expression`).
pub(super) fn starts_star_expression(t: &Tok) -> bool {
    starts_expression(t) || t.kind == T::STAR
}

impl Parser<'_> {
    /// Whether the PEG rules hand over to this engine: fast mode, first pass.
    #[inline]
    pub(super) fn fx_on(&self) -> bool {
        self.fast && !self.call_invalid_rules
    }

    /// Runs `start` as a fast first pass on this fresh parser: its result when it parsed without
    /// an error (an abort included) or a warning, else `None`, and the caller parses again with
    /// the PEG parser alone, so that the tokens read, the errors and the warnings are CPython's.
    /// `single` mode, type comments and [`super::ParseOptions::pure_peg`] never use fast mode.
    pub(super) fn run_fast<U>(mut self, start: impl FnOnce(&mut Self) -> Option<U>) -> Option<U> {
        if self.mode == super::Mode::Single || self.opts.type_comments || self.opts.pure_peg {
            return None;
        }
        self.fast = true;
        let r = start(&mut self)?;
        (self.error.is_none() && self.warnings.is_empty()).then_some(r)
    }

    /// Abandons the fast parse: the error state stops every rule, and the driver, which keeps
    /// only a fast parse that ends without an error, parses again with the PEG parser alone.
    #[cold]
    pub(super) fn fx_abort<U>(&mut self) -> Option<U> {
        if self.error.is_none() {
            self.error = Some(ParseError::Memory);
        }
        None
    }

    /// The token at the mark, or an abort when the tokenizer failed.
    #[inline]
    fn fx_peek(&mut self) -> Option<Tok> {
        match self.peek() {
            Some(t) => Some(t),
            None => self.fx_abort(),
        }
    }

    /// The token after the mark.
    fn fx_peek2(&mut self) -> Option<Tok> {
        match self.tok_at(self.mark + 1) {
            Some(t) => Some(t),
            None => self.fx_abort(),
        }
    }

    /// Consumes a token of type `kind` (not a keyword) or aborts.
    fn fx_expect(&mut self, kind: T) -> Option<Tok> {
        let t = self.fx_peek()?;
        if t.kind == kind && t.kw.is_none() {
            self.mark += 1;
            Some(t)
        } else {
            self.fx_abort()
        }
    }

    /// Consumes the keyword `kw` if it is next.
    fn fx_eat_kw(&mut self, kw: Kw) -> Option<bool> {
        let t = self.fx_peek()?;
        if t.kw == Some(kw) {
            self.mark += 1;
            Some(true)
        } else {
            Some(false)
        }
    }

    /// Consumes a token of type `kind` if it is next.
    fn fx_eat(&mut self, kind: T) -> Option<bool> {
        let t = self.fx_peek()?;
        if t.kind == kind && t.kw.is_none() {
            self.mark += 1;
            Some(true)
        } else {
            Some(false)
        }
    }

    /// Runs `f` one nesting level deeper, aborting beyond [`FX_MAX_DEPTH`].
    fn fx_nested<U>(&mut self, f: impl FnOnce(&mut Self) -> Option<U>) -> Option<U> {
        if self.fx_depth >= FX_MAX_DEPTH {
            return self.fx_abort();
        }
        self.fx_depth += 1;
        let r = f(self);
        self.fx_depth -= 1;
        r
    }

    /// Runs a fast rule for a PEG rule: `None` without consuming anything when the next token
    /// cannot start the rule (`starts`), else the fast rule's result.
    pub(super) fn fx_entry<U>(
        &mut self,
        starts: fn(&Tok) -> bool,
        f: impl FnOnce(&mut Self) -> Option<U>,
    ) -> Option<U> {
        if self.error.is_some() {
            return None;
        }
        let t = self.peek()?;
        if !starts(&t) {
            return None;
        }
        f(self)
    }

    // ----- expressions ----------------------------------------------------------------------

    /// `star_expressions: star_expression (',' star_expression)+ [','] | star_expression ','
    ///     | star_expression`
    pub(super) fn fx_star_expressions(&mut self) -> Option<Expr> {
        self.fx_tuple_of(
            Self::fx_star_expression,
            starts_star_expression,
            ExprContext::Load,
        )
    }

    /// `item (',' item)* [',']`: the one item, or a Tuple of them in context `ctx` when there
    /// is a comma.
    fn fx_tuple_of(
        &mut self,
        item: fn(&mut Self) -> Option<Expr>,
        starts: fn(&Tok) -> bool,
        ctx: ExprContext,
    ) -> Option<Expr> {
        let start = self.mark;
        let first = item(self)?;
        if !self.fx_eat(T::COMMA)? {
            return Some(first);
        }
        let mut elts = vec![first];
        while starts(&self.fx_peek()?) {
            elts.push(item(self)?);
            if !self.fx_eat(T::COMMA)? {
                break;
            }
        }
        let range = self.extra(start);
        Some(Expr::new(ExprKind::Tuple { elts, ctx }, range))
    }

    /// `star_expression: '*' bitwise_or | expression`
    pub(super) fn fx_star_expression(&mut self) -> Option<Expr> {
        if self.fx_peek()?.kind == T::STAR {
            self.fx_starred(|p| p.fx_bitwise_or())
        } else {
            self.fx_expression()
        }
    }

    /// `'*' operand` as a Starred in Load context.
    fn fx_starred(&mut self, operand: impl FnOnce(&mut Self) -> Option<Expr>) -> Option<Expr> {
        let start = self.mark;
        self.fx_expect(T::STAR)?;
        let value = operand(self)?;
        let range = self.extra(start);
        Some(Expr::new(
            ExprKind::Starred {
                value: Box::new(value),
                ctx: ExprContext::Load,
            },
            range,
        ))
    }

    /// `star_named_expression: '*' bitwise_or | named_expression`
    pub(super) fn fx_star_named_expression(&mut self) -> Option<Expr> {
        if self.fx_peek()?.kind == T::STAR {
            self.fx_starred(|p| p.fx_bitwise_or())
        } else {
            self.fx_named_expression()
        }
    }

    /// `star_named_expressions: ','.star_named_expression+ [',']`
    pub(super) fn fx_star_named_expressions(&mut self) -> Option<Vec<Expr>> {
        let mut elts = vec![self.fx_star_named_expression()?];
        self.fx_more_elements(&mut elts)?;
        Some(elts)
    }

    /// Whether the mark is at `NAME ':='` (an unparenthesised assignment expression).
    fn fx_at_walrus(&mut self) -> Option<bool> {
        let t = self.fx_peek()?;
        if t.kind != T::NAME || t.kw.is_some() {
            return Some(false);
        }
        Some(self.fx_peek2()?.kind == T::COLONEQUAL)
    }

    /// `named_expression: assignment_expression | expression !':='`
    pub(super) fn fx_named_expression(&mut self) -> Option<Expr> {
        if self.fx_at_walrus()? {
            let start = self.mark;
            let target = self.name()?;
            self.mark += 1;
            let value = self.fx_expression()?;
            let range = self.extra(start);
            return Some(Expr::new(
                ExprKind::NamedExpr {
                    target: Box::new(set_context(target, ExprContext::Store)),
                    value: Box::new(value),
                },
                range,
            ));
        }
        let e = self.fx_expression()?;
        if self.fx_peek()?.kind == T::COLONEQUAL {
            return self.fx_abort();
        }
        Some(e)
    }

    /// `expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef`
    pub(super) fn fx_expression(&mut self) -> Option<Expr> {
        let t = self.fx_peek()?;
        if t.kw == Some(Kw::Lambda) {
            return self.fx_nested(|p| match p.rule_lambdef() {
                Some(e) => Some(e),
                None => p.fx_abort(),
            });
        }
        let start = self.mark;
        let body = self.fx_disjunction()?;
        if !self.fx_eat_kw(Kw::If)? {
            return Some(body);
        }
        let test = self.fx_disjunction()?;
        if !self.fx_eat_kw(Kw::Else)? {
            return self.fx_abort();
        }
        let orelse = self.fx_nested(|p| p.fx_expression())?;
        let range = self.extra(start);
        Some(Expr::new(
            ExprKind::IfExp {
                test: Box::new(test),
                body: Box::new(body),
                orelse: Box::new(orelse),
            },
            range,
        ))
    }

    /// `disjunction: conjunction ('or' conjunction)+ | conjunction`
    pub(super) fn fx_disjunction(&mut self) -> Option<Expr> {
        self.fx_bool_chain(Kw::Or, BoolOp::Or, |p| {
            p.fx_bool_chain(Kw::And, BoolOp::And, |p| p.fx_inversion())
        })
    }

    fn fx_bool_chain(
        &mut self,
        kw: Kw,
        op: BoolOp,
        mut operand: impl FnMut(&mut Self) -> Option<Expr>,
    ) -> Option<Expr> {
        let start = self.mark;
        let first = operand(self)?;
        if self.fx_peek()?.kw != Some(kw) {
            return Some(first);
        }
        let mut values = vec![first];
        while self.fx_eat_kw(kw)? {
            values.push(operand(self)?);
        }
        let range = self.extra(start);
        Some(Expr::new(ExprKind::BoolOp { op, values }, range))
    }

    /// `inversion: 'not' inversion | comparison`
    fn fx_inversion(&mut self) -> Option<Expr> {
        let start = self.mark;
        if self.fx_eat_kw(Kw::Not)? {
            let operand = self.fx_nested(|p| p.fx_inversion())?;
            let range = self.extra(start);
            return Some(Expr::new(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(operand),
                },
                range,
            ));
        }
        self.fx_comparison()
    }

    /// `comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or`
    fn fx_comparison(&mut self) -> Option<Expr> {
        let start = self.mark;
        let left = self.fx_bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.fx_compare_op()? {
            ops.push(op);
            comparators.push(self.fx_bitwise_or()?);
        }
        if ops.is_empty() {
            return Some(left);
        }
        let range = self.extra(start);
        Some(Expr::new(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            range,
        ))
    }

    /// A comparison operator, consumed (`Some(None)` when none is next).
    fn fx_compare_op(&mut self) -> Option<Option<CmpOp>> {
        let t = self.fx_peek()?;
        let op = match (t.kind, t.kw) {
            (T::EQEQUAL, _) => CmpOp::Eq,
            (T::NOTEQUAL, _) => {
                if !self.notequal_allowed(&t) {
                    return self.fx_abort();
                }
                CmpOp::NotEq
            }
            (T::LESSEQUAL, _) => CmpOp::LtE,
            (T::LESS, _) => CmpOp::Lt,
            (T::GREATEREQUAL, _) => CmpOp::GtE,
            (T::GREATER, _) => CmpOp::Gt,
            (_, Some(Kw::In)) => CmpOp::In,
            (_, Some(Kw::Not)) => {
                if self.fx_peek2()?.kw != Some(Kw::In) {
                    return self.fx_abort();
                }
                self.mark += 1;
                CmpOp::NotIn
            }
            (_, Some(Kw::Is)) => {
                if self.fx_peek2()?.kw == Some(Kw::Not) {
                    self.mark += 1;
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                }
            }
            _ => return Some(None),
        };
        self.mark += 1;
        Some(Some(op))
    }

    /// `bitwise_or` (and the levels below it down to `term`): left-nested binary operations,
    /// each node spanning from its leftmost operand's first token.
    pub(super) fn fx_bitwise_or(&mut self) -> Option<Expr> {
        self.fx_binary(1)
    }

    fn fx_binary(&mut self, min: u8) -> Option<Expr> {
        let start = self.mark;
        let mut left = self.fx_factor()?;
        loop {
            let t = self.fx_peek()?;
            let Some((op, power)) = binary_op(t.kind) else {
                break;
            };
            if power < min {
                break;
            }
            self.mark += 1;
            let right = if power == 6 {
                self.fx_factor()?
            } else {
                self.fx_nested(|p| p.fx_binary(power + 1))?
            };
            let range = self.extra(start);
            left = Expr::new(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                range,
            );
        }
        Some(left)
    }

    /// `factor: '+' factor | '-' factor | '~' factor | power`
    fn fx_factor(&mut self) -> Option<Expr> {
        let t = self.fx_peek()?;
        let op = match t.kind {
            T::PLUS => UnaryOp::UAdd,
            T::MINUS => UnaryOp::USub,
            T::TILDE => UnaryOp::Invert,
            _ => return self.fx_power(),
        };
        let start = self.mark;
        self.mark += 1;
        let operand = self.fx_nested(|p| p.fx_factor())?;
        let range = self.extra(start);
        Some(Expr::new(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
            range,
        ))
    }

    /// `power: await_primary '**' factor | await_primary`;
    /// `await_primary: AWAIT primary | primary`
    fn fx_power(&mut self) -> Option<Expr> {
        let start = self.mark;
        let left = if self.fx_eat(T::AWAIT)? {
            let value = self.fx_primary()?;
            let range = self.extra(start);
            Expr::new(
                ExprKind::Await {
                    value: Box::new(value),
                },
                range,
            )
        } else {
            self.fx_primary()?
        };
        if !self.fx_eat(T::DOUBLESTAR)? {
            return Some(left);
        }
        let right = self.fx_nested(|p| p.fx_factor())?;
        let range = self.extra(start);
        Some(Expr::new(
            ExprKind::BinOp {
                left: Box::new(left),
                op: Operator::Pow,
                right: Box::new(right),
            },
            range,
        ))
    }

    /// `primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
    ///     | primary '[' slices ']' | atom`
    pub(super) fn fx_primary(&mut self) -> Option<Expr> {
        let start = self.mark;
        let mut e = self.fx_atom()?;
        loop {
            let t = self.fx_peek()?;
            let kind = match t.kind {
                T::DOT => {
                    self.mark += 1;
                    let t = self.fx_peek()?;
                    if t.kind != T::NAME || t.kw.is_some() {
                        return self.fx_abort();
                    }
                    let attr = self.name()?;
                    ExprKind::Attribute {
                        value: Box::new(e),
                        attr: name_id(&attr),
                        ctx: ExprContext::Load,
                    }
                }
                T::LPAR => {
                    let (args, keywords) = self.fx_nested(|p| p.fx_call_args())?;
                    ExprKind::Call {
                        func: Box::new(e),
                        args,
                        keywords,
                    }
                }
                T::LSQB => {
                    self.mark += 1;
                    let slice = self.fx_nested(|p| p.fx_slices())?;
                    self.fx_expect(T::RSQB)?;
                    ExprKind::Subscript {
                        value: Box::new(e),
                        slice: Box::new(slice),
                        ctx: ExprContext::Load,
                    }
                }
                _ => return Some(e),
            };
            let range = self.extra(start);
            e = Expr::new(kind, range);
        }
    }

    /// `atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp
    ///     | list | listcomp | dict | set | dictcomp | setcomp | '...'`
    fn fx_atom(&mut self) -> Option<Expr> {
        let t = self.fx_peek()?;
        let constant = |value| ExprKind::Constant { value, kind: None };
        match (t.kind, t.kw) {
            (T::NAME, None) => self.name(),
            (T::NAME, Some(Kw::True)) => self.fx_token_node(constant(Constant::Bool(true))),
            (T::NAME, Some(Kw::False)) => self.fx_token_node(constant(Constant::Bool(false))),
            (T::NAME, Some(Kw::None)) => self.fx_token_node(constant(Constant::None)),
            (T::ELLIPSIS, _) => self.fx_token_node(constant(Constant::Ellipsis)),
            (T::NUMBER, _) => match self.number() {
                Some(e) => Some(e),
                None => self.fx_abort(),
            },
            (T::STRING, _) => {
                let first = self.mark;
                while self.fx_peek()?.kind == T::STRING {
                    self.mark += 1;
                }
                let toks = self.toks[first..self.mark].to_vec();
                match self.concatenate_strings(&toks) {
                    Some(e) if self.error.is_none() => Some(e),
                    _ => self.fx_abort(),
                }
            }
            (T::LPAR, _) => self.fx_nested(|p| p.fx_paren()),
            (T::LSQB, _) => self.fx_nested(|p| p.fx_list()),
            (T::LBRACE, _) => self.fx_nested(|p| p.fx_brace()),
            _ => self.fx_abort(),
        }
    }

    /// A node made of the token at the mark alone.
    fn fx_token_node(&mut self, kind: ExprKind) -> Option<Expr> {
        let t = self.fx_peek()?;
        self.mark += 1;
        Some(Expr::new(kind, t.range()))
    }

    /// `tuple | group | genexp`: `'(' [star_named_expression ',' [star_named_expressions]] ')'`,
    /// `'(' (yield_expr | named_expression) ')'`, `'(' named_expression for_if_clauses ')'`.
    fn fx_paren(&mut self) -> Option<Expr> {
        let start = self.mark;
        self.fx_expect(T::LPAR)?;
        if self.fx_eat(T::RPAR)? {
            return Some(self.fx_tuple(Vec::new(), start));
        }
        if self.fx_peek()?.kw == Some(Kw::Yield) {
            let e = self.fx_yield_expr()?;
            self.fx_expect(T::RPAR)?;
            return Some(e);
        }
        let first = self.fx_star_named_expression()?;
        let t = self.fx_peek()?;
        let starred = matches!(first.kind, ExprKind::Starred { .. });
        match t.kind {
            T::COMMA => {
                let mut elts = vec![first];
                self.fx_more_elements(&mut elts)?;
                self.fx_expect(T::RPAR)?;
                Some(self.fx_tuple(elts, start))
            }
            T::RPAR if !starred => {
                self.mark += 1;
                Some(first)
            }
            _ if !starred && self.fx_at_for()? => {
                self.fx_comprehension(first, start, T::RPAR, genexp)
            }
            _ => self.fx_abort(),
        }
    }

    /// A Tuple in Load context from `start` to the mark.
    fn fx_tuple(&mut self, elts: Vec<Expr>, start: usize) -> Expr {
        let range = self.extra(start);
        Expr::new(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            range,
        )
    }

    /// `list: '[' [star_named_expressions] ']'`; `listcomp: '[' named_expression for_if_clauses ']'`
    fn fx_list(&mut self) -> Option<Expr> {
        let start = self.mark;
        self.fx_expect(T::LSQB)?;
        if self.fx_eat(T::RSQB)? {
            let range = self.extra(start);
            return Some(Expr::new(
                ExprKind::List {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                range,
            ));
        }
        let first = self.fx_star_named_expression()?;
        self.fx_display_rest(
            first,
            start,
            T::RSQB,
            |elt, generators| ExprKind::ListComp { elt, generators },
            |elts| ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            },
        )
    }

    /// A list or set display, or its comprehension, after its first element: the comprehension
    /// clauses or the other elements, and the closing bracket.
    fn fx_display_rest(
        &mut self,
        first: Expr,
        start: usize,
        close: T,
        comprehension: fn(Box<Expr>, Vec<Comprehension>) -> ExprKind,
        display: fn(Vec<Expr>) -> ExprKind,
    ) -> Option<Expr> {
        if !matches!(first.kind, ExprKind::Starred { .. }) && self.fx_at_for()? {
            return self.fx_comprehension(first, start, close, comprehension);
        }
        let mut elts = vec![first];
        self.fx_more_elements(&mut elts)?;
        self.fx_expect(close)?;
        let range = self.extra(start);
        Some(Expr::new(display(elts), range))
    }

    /// The `for_if_clauses` and the closing `close` after the element `elt` of a comprehension
    /// whose bracket is at `start`.
    fn fx_comprehension(
        &mut self,
        elt: Expr,
        start: usize,
        close: T,
        make: fn(Box<Expr>, Vec<Comprehension>) -> ExprKind,
    ) -> Option<Expr> {
        let generators = self.fx_for_if_clauses()?;
        self.fx_expect(close)?;
        let range = self.extra(start);
        Some(Expr::new(make(Box::new(elt), generators), range))
    }

    /// `(',' star_named_expression)* [',']` after the elements `elts`.
    fn fx_more_elements(&mut self, elts: &mut Vec<Expr>) -> Option<()> {
        while self.fx_eat(T::COMMA)? {
            if !starts_star_expression(&self.fx_peek()?) {
                break;
            }
            elts.push(self.fx_star_named_expression()?);
        }
        Some(())
    }

    /// `dict | set | dictcomp | setcomp`, all starting with `{`.
    fn fx_brace(&mut self) -> Option<Expr> {
        let start = self.mark;
        self.fx_expect(T::LBRACE)?;
        let t = self.fx_peek()?;
        if t.kind == T::RBRACE {
            self.mark += 1;
            let range = self.extra(start);
            return Some(Expr::new(
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                range,
            ));
        }
        if t.kind == T::DOUBLESTAR {
            return self.fx_dict_items(Vec::new(), Vec::new(), start);
        }
        if t.kind == T::STAR || self.fx_at_walrus()? {
            let first = self.fx_star_named_expression()?;
            return self.fx_set_rest(first, start);
        }
        let first = self.fx_expression()?;
        match self.fx_peek()?.kind {
            T::COLON => {
                self.mark += 1;
                let value = self.fx_expression()?;
                if self.fx_at_for()? {
                    let generators = self.fx_for_if_clauses()?;
                    self.fx_expect(T::RBRACE)?;
                    let range = self.extra(start);
                    return Some(Expr::new(
                        ExprKind::DictComp {
                            key: Box::new(first),
                            value: Box::new(value),
                            generators,
                        },
                        range,
                    ));
                }
                self.fx_dict_items(vec![Some(first)], vec![value], start)
            }
            T::COLONEQUAL => self.fx_abort(),
            _ => self.fx_set_rest(first, start),
        }
    }

    /// The rest of a dict display after its first entries: `(',' double_starred_kvpair)* [','] '}'`.
    fn fx_dict_items(
        &mut self,
        mut keys: Vec<Option<Expr>>,
        mut values: Vec<Expr>,
        start: usize,
    ) -> Option<Expr> {
        loop {
            if !keys.is_empty() {
                if !self.fx_eat(T::COMMA)? {
                    break;
                }
                if self.fx_peek()?.kind == T::RBRACE {
                    break;
                }
            }
            if self.fx_eat(T::DOUBLESTAR)? {
                keys.push(None);
                values.push(self.fx_bitwise_or()?);
            } else {
                keys.push(Some(self.fx_expression()?));
                self.fx_expect(T::COLON)?;
                values.push(self.fx_expression()?);
            }
        }
        self.fx_expect(T::RBRACE)?;
        let range = self.extra(start);
        Some(Expr::new(ExprKind::Dict { keys, values }, range))
    }

    /// A set display or comprehension after its first element.
    fn fx_set_rest(&mut self, first: Expr, start: usize) -> Option<Expr> {
        self.fx_display_rest(
            first,
            start,
            T::RBRACE,
            |elt, generators| ExprKind::SetComp { elt, generators },
            |elts| ExprKind::Set { elts },
        )
    }

    /// Whether a comprehension clause (`for` or `async for`) starts at the mark.
    fn fx_at_for(&mut self) -> Option<bool> {
        let t = self.fx_peek()?;
        Some(t.kw == Some(Kw::For) || t.kind == T::ASYNC)
    }

    /// `for_if_clauses: for_if_clause+`; `for_if_clause: [ASYNC] 'for' star_targets 'in'
    ///     disjunction ('if' disjunction)*`
    fn fx_for_if_clauses(&mut self) -> Option<Vec<Comprehension>> {
        let mut out = Vec::new();
        while self.fx_at_for()? {
            let is_async = self.fx_eat(T::ASYNC)?;
            if !self.fx_eat_kw(Kw::For)? {
                return self.fx_abort();
            }
            let target = self.fx_star_targets()?;
            if !self.fx_eat_kw(Kw::In)? {
                return self.fx_abort();
            }
            let iter = self.fx_disjunction()?;
            let mut ifs = Vec::new();
            while self.fx_eat_kw(Kw::If)? {
                ifs.push(self.fx_disjunction()?);
            }
            out.push(Comprehension {
                target,
                iter,
                ifs,
                is_async: u32::from(is_async),
            });
        }
        if out.is_empty() {
            return self.fx_abort();
        }
        Some(out)
    }

    /// `yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]`
    pub(super) fn fx_yield_expr(&mut self) -> Option<Expr> {
        let start = self.mark;
        if !self.fx_eat_kw(Kw::Yield)? {
            return self.fx_abort();
        }
        if self.fx_eat_kw(Kw::From)? {
            let value = self.fx_expression()?;
            let range = self.extra(start);
            return Some(Expr::new(
                ExprKind::YieldFrom {
                    value: Box::new(value),
                },
                range,
            ));
        }
        let value = if starts_star_expression(&self.fx_peek()?) {
            Some(Box::new(self.fx_star_expressions()?))
        } else {
            None
        };
        let range = self.extra(start);
        Some(Expr::new(ExprKind::Yield { value }, range))
    }

    /// `(yield_expr | star_expressions)`
    pub(super) fn fx_yield_or_star_expressions(&mut self) -> Option<Expr> {
        if self.fx_peek()?.kw == Some(Kw::Yield) {
            self.fx_yield_expr()
        } else {
            self.fx_star_expressions()
        }
    }

    // ----- calls and subscripts -------------------------------------------------------------

    /// `'(' [arguments] ')'` or a `genexp` after a primary: the call's arguments and keywords.
    fn fx_call_args(&mut self) -> Option<(Vec<Expr>, Vec<Keyword>)> {
        let open = self.mark;
        self.fx_expect(T::LPAR)?;
        if self.fx_eat(T::RPAR)? {
            return Some((Vec::new(), Vec::new()));
        }
        let t = self.fx_peek()?;
        let mut args = Vec::new();
        if !matches!(t.kind, T::STAR | T::DOUBLESTAR) && !self.fx_at_keyword_argument()? {
            let first = self.fx_named_expression()?;
            if self.fx_at_for()? {
                let g = self.fx_comprehension(first, open, T::RPAR, genexp)?;
                return Some((vec![g], Vec::new()));
            }
            args.push(first);
        }
        let r = self.fx_arguments_after(args)?;
        self.fx_expect(T::RPAR)?;
        Some(r)
    }

    /// Whether the mark is at `NAME '='` (a keyword argument).
    fn fx_at_keyword_argument(&mut self) -> Option<bool> {
        let t = self.fx_peek()?;
        Some(t.kind == T::NAME && t.kw.is_none() && self.fx_peek2()?.kind == T::EQUAL)
    }

    /// `arguments: args [','] &')'`: the items up to the closing parenthesis (not consumed),
    /// after the positional arguments `args` already parsed (then the mark is after the last).
    pub(super) fn fx_arguments_after(
        &mut self,
        mut args: Vec<Expr>,
    ) -> Option<(Vec<Expr>, Vec<Keyword>)> {
        let mut keywords = Vec::new();
        // 0: positional arguments; 1: `kwarg_or_starred`; 2: `kwarg_or_double_starred`.
        let mut phase = 0u8;
        loop {
            if !args.is_empty() || !keywords.is_empty() {
                if !self.fx_eat(T::COMMA)? {
                    break;
                }
                if self.fx_peek()?.kind == T::RPAR {
                    break;
                }
            }
            let start = self.mark;
            let t = self.fx_peek()?;
            if t.kind == T::STAR {
                if phase == 2 {
                    return self.fx_abort();
                }
                args.push(self.fx_starred(|p| p.fx_expression())?);
            } else if t.kind == T::DOUBLESTAR {
                phase = 2;
                self.mark += 1;
                let value = self.fx_expression()?;
                let range = self.extra(start);
                keywords.push(Keyword {
                    arg: None,
                    value,
                    range,
                });
            } else if self.fx_at_keyword_argument()? {
                phase = phase.max(1);
                let name = self.name()?;
                self.mark += 1;
                let value = self.fx_expression()?;
                let range = self.extra(start);
                keywords.push(Keyword {
                    arg: Some(name_id(&name)),
                    value,
                    range,
                });
            } else if phase == 0 {
                args.push(self.fx_named_expression()?);
            } else {
                return self.fx_abort();
            }
        }
        if self.fx_peek()?.kind != T::RPAR {
            return self.fx_abort();
        }
        Some((args, keywords))
    }

    /// `slices: slice !',' | ','.(slice | starred_expression)+ [',']`
    pub(super) fn fx_slices(&mut self) -> Option<Expr> {
        let start = self.mark;
        let first = self.fx_slice_item()?;
        let starred = matches!(first.kind, ExprKind::Starred { .. });
        if !starred && self.fx_peek()?.kind != T::COMMA {
            return Some(first);
        }
        let mut elts = vec![first];
        while self.fx_eat(T::COMMA)? {
            let t = self.fx_peek()?;
            if t.kind != T::COLON && !starts_star_expression(&t) {
                break;
            }
            elts.push(self.fx_slice_item()?);
        }
        Some(self.fx_tuple(elts, start))
    }

    /// `slice | starred_expression`; `slice: [expression] ':' [expression] [':' [expression]]
    ///     | named_expression`
    fn fx_slice_item(&mut self) -> Option<Expr> {
        let start = self.mark;
        let t = self.fx_peek()?;
        if t.kind == T::STAR {
            return self.fx_starred(|p| p.fx_expression());
        }
        let lower = if t.kind == T::COLON {
            None
        } else if self.fx_at_walrus()? {
            return self.fx_named_expression();
        } else {
            let e = self.fx_expression()?;
            match self.fx_peek()?.kind {
                T::COLON => Some(Box::new(e)),
                T::COLONEQUAL => return self.fx_abort(),
                _ => return Some(e),
            }
        };
        self.fx_expect(T::COLON)?;
        let upper = self.fx_optional_expression()?;
        let step = if self.fx_eat(T::COLON)? {
            self.fx_optional_expression()?
        } else {
            None
        };
        let range = self.extra(start);
        Some(Expr::new(ExprKind::Slice { lower, upper, step }, range))
    }

    /// `[expression]`: an expression if one starts at the mark.
    fn fx_optional_expression(&mut self) -> Option<Option<Box<Expr>>> {
        if starts_expression(&self.fx_peek()?) {
            Some(Some(Box::new(self.fx_expression()?)))
        } else {
            Some(None)
        }
    }

    // ----- targets --------------------------------------------------------------------------

    /// `star_targets: star_target !',' | star_target (',' star_target)* [',']`.
    ///
    /// Every caller needs the targets followed by a particular token (`=`, `in`, `:` ...);
    /// where the PEG rule would return a shorter target, a trailer (`(`, `[`, `.`) follows it,
    /// so the caller fails anyway: this engine aborts instead.
    pub(super) fn fx_star_targets(&mut self) -> Option<Expr> {
        self.fx_tuple_of(Self::fx_star_target, starts_star_target, ExprContext::Store)
    }

    /// `star_target: '*' (!'*' star_target) | target_with_star_atom`
    pub(super) fn fx_star_target(&mut self) -> Option<Expr> {
        let start = self.mark;
        if self.fx_eat(T::STAR)? {
            if self.fx_peek()?.kind == T::STAR {
                return self.fx_abort();
            }
            let value = self.fx_nested(|p| p.fx_star_target())?;
            let range = self.extra(start);
            return Some(Expr::new(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Store,
                },
                range,
            ));
        }
        let e = self.fx_primary()?;
        self.fx_as_target(e, false)
    }

    /// The expression `e`, as the target the same tokens make (in Store context), or an abort
    /// when they make none: a `target_with_star_atom` for a primary, `star_targets` (`star`:
    /// a lone Starred too) for the left side of an assignment.
    pub(super) fn fx_as_target(&mut self, e: Expr, star: bool) -> Option<Expr> {
        if is_star_target(&e, star) {
            Some(set_context(e, ExprContext::Store))
        } else {
            self.fx_abort()
        }
    }
}

/// A GeneratorExp node.
fn genexp(elt: Box<Expr>, generators: Vec<Comprehension>) -> ExprKind {
    ExprKind::GeneratorExp { elt, generators }
}

/// Whether the expression `e` has the shape of a `star_target` (`star`: a Starred may stand
/// here) — or of `star_targets` at the top of an assignment, where an unparenthesised tuple and a
/// lone Starred may too.
fn is_star_target(e: &Expr, star: bool) -> bool {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => true,
        ExprKind::Starred { value, .. } => star && is_star_target(value, false),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().all(|x| is_star_target(x, true))
        }
        _ => false,
    }
}
