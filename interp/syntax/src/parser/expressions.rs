//! Expression rules, from `expressions` down to `primary` and `slices` (the "EXPRESSIONS" section
//! of `Grammar/python.gram`; <https://docs.python.org/3.11/reference/expressions.html>).
//!
//! Left-recursive rules (`bitwise_or`, `sum`, `primary`, ...) are loops: CPython grows their seed
//! one operator at a time, which reads the same tokens and builds the same left-nested tree.

use super::actions::set_context;
use super::core::{Parser, Rule};
use super::fast;
use super::keywords::Kw;
use crate::ast::{
    BoolOp, CmpOp, Expr, ExprContext, ExprKind, Identifier, Keyword, Operator, UnaryOp,
};
use crate::token::TokenType as T;

impl Parser<'_> {
    /// `expressions: expression (',' expression)+ [','] | expression ',' | expression`
    pub(super) fn rule_expressions(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.mark;
            let first = p.rule_expression()?;
            let mut elts = vec![first];
            let mut comma = false;
            while let Some(e) = p.alt(|p| {
                p.expect(T::COMMA)?;
                p.rule_expression()
            }) {
                elts.push(e);
            }
            if p.expect(T::COMMA).is_some() {
                comma = true;
            }
            if elts.len() == 1 && !comma {
                return elts.pop();
            }
            let range = p.extra(start);
            Some(Expr::new(
                ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Load,
                },
                range,
            ))
        })
    }

    /// `expression (memo): invalid_expression | invalid_legacy_expression
    ///     | disjunction 'if' disjunction 'else' expression | disjunction | lambdef`
    pub(super) fn rule_expression(&mut self) -> Option<Expr> {
        if self.fx_on() {
            return self.fx_entry(fast::starts_expression, |p| p.fx_expression());
        }
        self.memoized(Rule::Expression, |p| {
            p.invalid(|p| p.invalid_expression());
            p.invalid(|p| p.invalid_legacy_expression());
            let start = p.mark;
            let (e, passed) = p.expression_alternatives()?;
            if passed {
                p.pass_through(Rule::Disjunction, start);
            }
            Some(e)
        })
    }

    /// The valid alternatives of `expression` (also `expression_without_invalid`).
    pub(super) fn expression_without_invalid(&mut self) -> Option<Expr> {
        self.expression_alternatives().map(|(e, _)| e)
    }

    /// [`Parser::expression_without_invalid`], and whether the result is `disjunction`'s as it is.
    /// Both of the first two alternatives start with the memoised `disjunction`, so the second
    /// would only fetch the first's result from the memo: it is parsed once here instead.
    fn expression_alternatives(&mut self) -> Option<(Expr, bool)> {
        let start = self.mark;
        if let Some(body) = self.alt(|p| p.rule_disjunction()) {
            let tail = self.alt(|p| {
                p.expect_kw(Kw::If)?;
                let test = p.rule_disjunction()?;
                p.expect_kw(Kw::Else)?;
                let orelse = p.rule_expression()?;
                Some((test, orelse, p.extra(start)))
            });
            if self.error.is_some() {
                return None;
            }
            let Some((test, orelse, range)) = tail else {
                return Some((body, true));
            };
            let e = Expr::new(
                ExprKind::IfExp {
                    test: Box::new(test),
                    body: Box::new(body),
                    orelse: Box::new(orelse),
                },
                range,
            );
            return Some((e, false));
        }
        self.alt(|p| p.rule_lambdef()).map(|e| (e, false))
    }

    /// `yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]`
    pub(super) fn rule_yield_expr(&mut self) -> Option<Expr> {
        if self.fx_on() {
            return self.fx_entry(|t| t.kw == Some(Kw::Yield), |p| p.fx_yield_expr());
        }
        self.rule(|p| {
            let start = p.mark;
            if let Some(e) = p.alt(|p| {
                p.expect_kw(Kw::Yield)?;
                p.expect_kw(Kw::From)?;
                let value = p.rule_expression()?;
                let range = p.extra(start);
                Some(Expr::new(
                    ExprKind::YieldFrom {
                        value: Box::new(value),
                    },
                    range,
                ))
            }) {
                return Some(e);
            }
            p.alt(|p| {
                p.expect_kw(Kw::Yield)?;
                let value = p.alt(|p| p.rule_star_expressions());
                if p.error.is_some() {
                    return None;
                }
                let range = p.extra(start);
                Some(Expr::new(
                    ExprKind::Yield {
                        value: value.map(Box::new),
                    },
                    range,
                ))
            })
        })
    }

    /// `star_expressions: star_expression (',' star_expression)+ [','] | star_expression ','
    ///     | star_expression`
    pub(super) fn rule_star_expressions(&mut self) -> Option<Expr> {
        if self.fx_on() {
            return self.fx_entry(fast::starts_star_expression, |p| p.fx_star_expressions());
        }
        self.rule(|p| {
            let start = p.mark;
            let first = p.rule_star_expression()?;
            let mut elts = vec![first];
            while let Some(e) = p.alt(|p| {
                p.expect(T::COMMA)?;
                p.rule_star_expression()
            }) {
                elts.push(e);
            }
            let comma = p.expect(T::COMMA).is_some();
            if elts.len() == 1 && !comma {
                return elts.pop();
            }
            let range = p.extra(start);
            Some(Expr::new(
                ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Load,
                },
                range,
            ))
        })
    }

    /// `star_expression (memo): '*' bitwise_or | expression`
    pub(super) fn rule_star_expression(&mut self) -> Option<Expr> {
        if self.fx_on() {
            return self.fx_entry(fast::starts_star_expression, |p| p.fx_star_expression());
        }
        self.memoized(Rule::StarExpression, |p| {
            if let Some(e) = p.starred_bitwise_or() {
                return Some(e);
            }
            let start = p.mark;
            let e = p.alt(|p| p.rule_expression())?;
            p.pass_through(Rule::Expression, start);
            Some(e)
        })
    }

    /// `'*' bitwise_or` as a Starred in Load context.
    fn starred_bitwise_or(&mut self) -> Option<Expr> {
        let start = self.mark;
        self.alt(|p| {
            p.expect(T::STAR)?;
            let value = p.rule_bitwise_or()?;
            let range = p.extra(start);
            Some(Expr::new(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                },
                range,
            ))
        })
    }

    /// `star_named_expressions: ','.star_named_expression+ [',']`
    pub(super) fn rule_star_named_expressions(&mut self) -> Option<Vec<Expr>> {
        if self.fx_on() {
            return self.fx_entry(fast::starts_star_expression, |p| {
                p.fx_star_named_expressions()
            });
        }
        self.rule(|p| {
            let v = p.gather(T::COMMA, |p| p.rule_star_named_expression())?;
            p.expect(T::COMMA);
            Some(v)
        })
    }

    /// `star_named_expression: '*' bitwise_or | named_expression`
    pub(super) fn rule_star_named_expression(&mut self) -> Option<Expr> {
        if self.fx_on() {
            return self.fx_entry(fast::starts_star_expression, |p| {
                p.fx_star_named_expression()
            });
        }
        self.rule(|p| {
            p.starred_bitwise_or()
                .or_else(|| p.alt(|p| p.rule_named_expression()))
        })
    }

    /// `assignment_expression: NAME ':=' ~ expression`
    pub(super) fn rule_assignment_expression(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.mark;
            let target = p.name()?;
            p.expect(T::COLONEQUAL)?;
            // The cut: after `:=` no other alternative of this rule is tried.
            let value = p.rule_expression()?;
            let range = p.extra(start);
            Some(Expr::new(
                ExprKind::NamedExpr {
                    target: Box::new(set_context(target, ExprContext::Store)),
                    value: Box::new(value),
                },
                range,
            ))
        })
    }

    /// `named_expression: assignment_expression | invalid_named_expression | expression !':='`
    pub(super) fn rule_named_expression(&mut self) -> Option<Expr> {
        if self.fx_on() {
            return self.fx_entry(fast::starts_expression, |p| p.fx_named_expression());
        }
        self.rule(|p| {
            if let Some(e) = p.alt(|p| p.rule_assignment_expression()) {
                return Some(e);
            }
            p.invalid(|p| p.invalid_named_expression());
            p.expression_not_walrus()
        })
    }

    /// `expression !':='`
    pub(super) fn expression_not_walrus(&mut self) -> Option<Expr> {
        self.alt(|p| {
            let e = p.rule_expression()?;
            if p.at(T::COLONEQUAL) {
                return None;
            }
            Some(e)
        })
    }

    /// `disjunction (memo): conjunction ('or' conjunction)+ | conjunction`
    pub(super) fn rule_disjunction(&mut self) -> Option<Expr> {
        if self.fx_on() {
            return self.fx_entry(fast::starts_disjunction, |p| p.fx_disjunction());
        }
        self.memoized(Rule::Disjunction, |p| {
            p.bool_chain(Kw::Or, BoolOp::Or, Rule::Conjunction, |p| {
                p.rule_conjunction()
            })
        })
    }

    /// `conjunction (memo): inversion ('and' inversion)+ | inversion`
    pub(super) fn rule_conjunction(&mut self) -> Option<Expr> {
        self.memoized(Rule::Conjunction, |p| {
            p.bool_chain(Kw::And, BoolOp::And, Rule::Inversion, |p| {
                p.rule_inversion()
            })
        })
    }

    fn bool_chain(
        &mut self,
        kw: Kw,
        op: BoolOp,
        operand_rule: Rule,
        mut operand: impl FnMut(&mut Self) -> Option<Expr>,
    ) -> Option<Expr> {
        let start = self.mark;
        let first = operand(self)?;
        let mut values = vec![first];
        while let Some(e) = self.alt(|p| {
            p.expect_kw(kw)?;
            operand(p)
        }) {
            values.push(e);
        }
        if values.len() == 1 {
            self.pass_through(operand_rule, start);
            return values.pop();
        }
        let range = self.extra(start);
        Some(Expr::new(ExprKind::BoolOp { op, values }, range))
    }

    /// `inversion (memo): 'not' inversion | comparison`
    pub(super) fn rule_inversion(&mut self) -> Option<Expr> {
        self.memoized(Rule::Inversion, |p| {
            let start = p.mark;
            if let Some(e) = p.alt(|p| {
                p.expect_kw(Kw::Not)?;
                let operand = p.rule_inversion()?;
                let range = p.extra(start);
                Some(Expr::new(
                    ExprKind::UnaryOp {
                        op: UnaryOp::Not,
                        operand: Box::new(operand),
                    },
                    range,
                ))
            }) {
                return Some(e);
            }
            let (e, passed) = p.alt(|p| p.comparison_alternatives())?;
            if passed {
                p.pass_through(Rule::BitwiseOr, start);
            }
            Some(e)
        })
    }

    /// `comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or`
    /// Also whether the result is `bitwise_or`'s as it is.
    fn comparison_alternatives(&mut self) -> Option<(Expr, bool)> {
        self.rule(|p| {
            let start = p.mark;
            let left = p.rule_bitwise_or()?;
            let mut ops = Vec::new();
            let mut comparators = Vec::new();
            while let Some((op, e)) = p.alt(|p| p.compare_op_bitwise_or_pair()) {
                ops.push(op);
                comparators.push(e);
            }
            if ops.is_empty() {
                return Some((left, true));
            }
            let range = p.extra(start);
            let e = Expr::new(
                ExprKind::Compare {
                    left: Box::new(left),
                    ops,
                    comparators,
                },
                range,
            );
            Some((e, false))
        })
    }

    /// `compare_op_bitwise_or_pair`: one comparison operator and its right operand, tried in the
    /// grammar's order (`==`, `!=`, `<=`, `<`, `>=`, `>`, `not in`, `in`, `is not`, `is`).
    fn compare_op_bitwise_or_pair(&mut self) -> Option<(CmpOp, Expr)> {
        self.rule(|p| {
            let op = p.alt(|p| p.compare_op())?;
            let e = p.rule_bitwise_or()?;
            Some((op, e))
        })
    }

    fn compare_op(&mut self) -> Option<CmpOp> {
        let simple = [
            (T::EQEQUAL, CmpOp::Eq),
            (T::NOTEQUAL, CmpOp::NotEq),
            (T::LESSEQUAL, CmpOp::LtE),
            (T::LESS, CmpOp::Lt),
            (T::GREATEREQUAL, CmpOp::GtE),
            (T::GREATER, CmpOp::Gt),
        ];
        let t = self.peek()?;
        for (kind, op) in simple {
            if t.kind == kind {
                if kind == T::NOTEQUAL && !self.notequal_allowed(&t) {
                    return None;
                }
                self.mark += 1;
                return Some(op);
            }
        }
        if let Some(op) = self.alt(|p| {
            p.expect_kw(Kw::Not)?;
            p.expect_kw(Kw::In)?;
            Some(CmpOp::NotIn)
        }) {
            return Some(op);
        }
        if self.expect_kw(Kw::In).is_some() {
            return Some(CmpOp::In);
        }
        if let Some(op) = self.alt(|p| {
            p.expect_kw(Kw::Is)?;
            p.expect_kw(Kw::Not)?;
            Some(CmpOp::IsNot)
        }) {
            return Some(op);
        }
        self.expect_kw(Kw::Is).map(|_| CmpOp::Is)
    }

    /// `_PyPegen_check_barry_as_flufl`: `<>` only under the Barry-as-FLUFL future (with a
    /// dedicated message), `!=` only without it.
    pub(super) fn notequal_allowed(&mut self, t: &super::core::Tok) -> bool {
        let is_diamond = self.text(t) == "<>";
        if self.opts.barry_as_flufl {
            if !is_diamond {
                self.raise_syntax("with Barry as BDFL, use '<>' instead of '!='");
                return false;
            }
            true
        } else {
            !is_diamond
        }
    }

    /// A left-recursive binary level: `operand (op operand)*`, left-nested.
    fn binary_level(
        &mut self,
        rule: Rule,
        ops: &[(T, Operator)],
        (operand_rule, operand): (Rule, fn(&mut Self) -> Option<Expr>),
    ) -> Option<Expr> {
        self.memoized(rule, |p| {
            let start = p.mark;
            let mut left = operand(p)?;
            let mut combined = false;
            loop {
                let step = p.alt(|p| {
                    let t = p.peek()?;
                    let op = ops.iter().find(|(k, _)| *k == t.kind && t.kw.is_none())?.1;
                    p.mark += 1;
                    let right = operand(p)?;
                    Some((op, right))
                });
                let Some((op, right)) = step else { break };
                combined = true;
                let range = p.extra(start);
                left = Expr::new(
                    ExprKind::BinOp {
                        left: Box::new(left),
                        op,
                        right: Box::new(right),
                    },
                    range,
                );
            }
            if !combined {
                p.pass_through(operand_rule, start);
            }
            Some(left)
        })
    }

    /// `bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor`
    pub(super) fn rule_bitwise_or(&mut self) -> Option<Expr> {
        if self.fx_on() {
            return self.fx_entry(fast::starts_bitwise_or, |p| p.fx_bitwise_or());
        }
        self.binary_level(
            Rule::BitwiseOr,
            &[(T::VBAR, Operator::BitOr)],
            (Rule::BitwiseXor, |p| p.rule_bitwise_xor()),
        )
    }

    /// `bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and`
    pub(super) fn rule_bitwise_xor(&mut self) -> Option<Expr> {
        self.binary_level(
            Rule::BitwiseXor,
            &[(T::CIRCUMFLEX, Operator::BitXor)],
            (Rule::BitwiseAnd, |p| p.rule_bitwise_and()),
        )
    }

    /// `bitwise_and: bitwise_and '&' shift_expr | shift_expr`
    pub(super) fn rule_bitwise_and(&mut self) -> Option<Expr> {
        self.binary_level(
            Rule::BitwiseAnd,
            &[(T::AMPER, Operator::BitAnd)],
            (Rule::ShiftExpr, |p| p.rule_shift_expr()),
        )
    }

    /// `shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | sum`
    pub(super) fn rule_shift_expr(&mut self) -> Option<Expr> {
        self.binary_level(
            Rule::ShiftExpr,
            &[
                (T::LEFTSHIFT, Operator::LShift),
                (T::RIGHTSHIFT, Operator::RShift),
            ],
            (Rule::Sum, |p| p.rule_sum()),
        )
    }

    /// `sum: sum '+' term | sum '-' term | term`
    pub(super) fn rule_sum(&mut self) -> Option<Expr> {
        self.binary_level(
            Rule::Sum,
            &[(T::PLUS, Operator::Add), (T::MINUS, Operator::Sub)],
            (Rule::Term, |p| p.rule_term()),
        )
    }

    /// `term: term ('*' | '/' | '//' | '%' | '@') factor | factor`
    pub(super) fn rule_term(&mut self) -> Option<Expr> {
        self.binary_level(
            Rule::Term,
            &[
                (T::STAR, Operator::Mult),
                (T::SLASH, Operator::Div),
                (T::DOUBLESLASH, Operator::FloorDiv),
                (T::PERCENT, Operator::Mod),
                (T::AT, Operator::MatMult),
            ],
            (Rule::Factor, |p| p.rule_factor()),
        )
    }

    /// `factor (memo): '+' factor | '-' factor | '~' factor | power`
    pub(super) fn rule_factor(&mut self) -> Option<Expr> {
        self.memoized(Rule::Factor, |p| {
            let start = p.mark;
            for (kind, op) in [
                (T::PLUS, UnaryOp::UAdd),
                (T::MINUS, UnaryOp::USub),
                (T::TILDE, UnaryOp::Invert),
            ] {
                if let Some(e) = p.alt(|p| {
                    p.expect(kind)?;
                    let operand = p.rule_factor()?;
                    let range = p.extra(start);
                    Some(Expr::new(
                        ExprKind::UnaryOp {
                            op,
                            operand: Box::new(operand),
                        },
                        range,
                    ))
                }) {
                    return Some(e);
                }
            }
            let (e, passed) = p.alt(|p| p.power_alternatives())?;
            if passed {
                p.pass_through(Rule::AwaitPrimary, start);
            }
            Some(e)
        })
    }

    /// `power: await_primary '**' factor | await_primary`
    /// Also whether the result is `await_primary`'s as it is. The memoised `await_primary` is
    /// parsed once: the second alternative would only fetch the first's result from the memo.
    fn power_alternatives(&mut self) -> Option<(Expr, bool)> {
        self.rule(|p| {
            let start = p.mark;
            let left = p.alt(|p| p.rule_await_primary())?;
            let tail = p.alt(|p| {
                p.expect(T::DOUBLESTAR)?;
                let right = p.rule_factor()?;
                Some((right, p.extra(start)))
            });
            let Some((right, range)) = tail else {
                return Some((left, true));
            };
            let e = Expr::new(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op: Operator::Pow,
                    right: Box::new(right),
                },
                range,
            );
            Some((e, false))
        })
    }

    /// `await_primary (memo): AWAIT primary | primary`
    fn rule_await_primary(&mut self) -> Option<Expr> {
        self.memoized(Rule::AwaitPrimary, |p| {
            let start = p.mark;
            if let Some(e) = p.alt(|p| {
                p.expect(T::AWAIT)?;
                let value = p.rule_primary()?;
                let range = p.extra(start);
                Some(Expr::new(
                    ExprKind::Await {
                        value: Box::new(value),
                    },
                    range,
                ))
            }) {
                return Some(e);
            }
            let e = p.alt(|p| p.rule_primary())?;
            p.pass_through(Rule::Primary, start);
            Some(e)
        })
    }

    /// `primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
    ///     | primary '[' slices ']' | atom`
    pub(super) fn rule_primary(&mut self) -> Option<Expr> {
        self.memoized(Rule::Primary, |p| {
            let start = p.mark;
            let mut e = p.rule_atom()?;
            while let Some(trailer) = p.alt(|p| p.primary_suffix()) {
                let range = p.extra(start);
                e = Expr::new(trailer.apply(e), range);
            }
            Some(e)
        })
    }

    /// One trailer of `primary`, in the grammar's order.
    fn primary_suffix(&mut self) -> Option<Trailer> {
        if let Some(t) = self.alt(|p| p.attribute_trailer()) {
            return Some(t);
        }
        if let Some(t) = self.alt(|p| p.genexp_trailer()) {
            return Some(t);
        }
        if let Some(t) = self.alt(|p| p.call_trailer()) {
            return Some(t);
        }
        self.alt(|p| p.subscript_trailer())
    }

    /// `'.' NAME` after a primary.
    pub(super) fn attribute_trailer(&mut self) -> Option<Trailer> {
        self.expect(T::DOT)?;
        let attr = self.name()?;
        Some(Trailer::Attribute(super::actions::name_id(&attr)))
    }

    /// `genexp` after a primary: a call with the generator as its only argument.
    pub(super) fn genexp_trailer(&mut self) -> Option<Trailer> {
        let g = self.rule_genexp()?;
        Some(Trailer::Call(vec![g], vec![]))
    }

    /// `'(' [arguments] ')'` after a primary.
    pub(super) fn call_trailer(&mut self) -> Option<Trailer> {
        self.expect(T::LPAR)?;
        let args = self.alt(|p| p.rule_arguments());
        if self.error.is_some() {
            return None;
        }
        self.expect(T::RPAR)?;
        let (args, keywords) = match args.map(|a| a.kind) {
            Some(ExprKind::Call { args, keywords, .. }) => (args, keywords),
            _ => (vec![], vec![]),
        };
        Some(Trailer::Call(args, keywords))
    }

    /// `'[' slices ']'` after a primary.
    pub(super) fn subscript_trailer(&mut self) -> Option<Trailer> {
        self.expect(T::LSQB)?;
        let slice = self.rule_slices()?;
        self.expect(T::RSQB)?;
        Some(Trailer::Subscript(slice))
    }

    /// `slices: slice !',' | ','.(slice | starred_expression)+ [',']`
    pub(super) fn rule_slices(&mut self) -> Option<Expr> {
        if self.fx_on() {
            return self.fx_entry(
                |t| t.kind == T::COLON || fast::starts_star_expression(t),
                |p| p.fx_slices(),
            );
        }
        self.rule(|p| {
            let start = p.mark;
            if let Some(e) = p.alt(|p| {
                let s = p.rule_slice()?;
                if p.at(T::COMMA) {
                    return None;
                }
                Some(s)
            }) {
                return Some(e);
            }
            p.alt(|p| {
                let elts = p.gather(T::COMMA, |p| {
                    p.alt(|p| p.rule_slice())
                        .or_else(|| p.alt(|p| p.rule_starred_expression()))
                })?;
                p.expect(T::COMMA);
                let range = p.extra(start);
                Some(Expr::new(
                    ExprKind::Tuple {
                        elts,
                        ctx: ExprContext::Load,
                    },
                    range,
                ))
            })
        })
    }

    /// `slice: [expression] ':' [expression] [':' [expression]] | named_expression`
    fn rule_slice(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.mark;
            if let Some(e) = p.alt(|p| {
                let lower = p.alt(|p| p.rule_expression());
                if p.error.is_some() {
                    return None;
                }
                p.expect(T::COLON)?;
                let upper = p.alt(|p| p.rule_expression());
                if p.error.is_some() {
                    return None;
                }
                let step = p.alt(|p| {
                    p.expect(T::COLON)?;
                    Some(p.alt(|p| p.rule_expression()))
                });
                if p.error.is_some() {
                    return None;
                }
                let range = p.extra(start);
                Some(Expr::new(
                    ExprKind::Slice {
                        lower: lower.map(Box::new),
                        upper: upper.map(Box::new),
                        step: step.flatten().map(Box::new),
                    },
                    range,
                ))
            }) {
                return Some(e);
            }
            p.alt(|p| p.rule_named_expression())
        })
    }
}

/// A trailer parsed after a primary (or `t_primary`), kept apart from the primary it applies to
/// so that a trailer which fails to parse never costs a copy of the primary's tree.
pub(super) enum Trailer {
    /// `.name`
    Attribute(Identifier),
    /// `(args, keywords)` or a generator expression argument.
    Call(Vec<Expr>, Vec<Keyword>),
    /// `[slice]`
    Subscript(Expr),
}

impl Trailer {
    /// The node of `value` followed by this trailer (in Load context).
    pub(super) fn apply(self, value: Expr) -> ExprKind {
        let value = Box::new(value);
        match self {
            Trailer::Attribute(attr) => ExprKind::Attribute {
                value,
                attr,
                ctx: ExprContext::Load,
            },
            Trailer::Call(args, keywords) => ExprKind::Call {
                func: value,
                args,
                keywords,
            },
            Trailer::Subscript(slice) => ExprKind::Subscript {
                value,
                slice: Box::new(slice),
                ctx: ExprContext::Load,
            },
        }
    }
}
