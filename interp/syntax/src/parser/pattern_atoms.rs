//! The leaves of `match` patterns: literal patterns and mapping keys (`literal_pattern`,
//! `literal_expr` and their number rules, with `_PyPegen_ensure_real` / `_PyPegen_ensure_imaginary`)
//! and dotted value patterns (`value_pattern`, `attr`, `name_or_attr`) of `Grammar/python.gram`.

use super::actions::name_id;
use super::core::{Parser, Rule};
use super::keywords::Kw;
use crate::ast::{Constant, Expr, ExprContext, ExprKind, Operator, Pattern, PatternKind, UnaryOp};
use crate::token::TokenType as T;

impl Parser<'_> {
    /// `literal_pattern: signed_number !('+' | '-') | complex_number | strings
    ///     | 'None' | 'True' | 'False'`
    pub(super) fn rule_literal_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let start = p.mark;
            if let Some(value) = p.literal_value() {
                let range = p.extra(start);
                return Some(Pattern::new(
                    PatternKind::MatchValue {
                        value: Box::new(value),
                    },
                    range,
                ));
            }
            let (t, value) = p.singleton()?;
            Some(Pattern::new(PatternKind::MatchSingleton { value }, t))
        })
    }

    /// `literal_expr: signed_number !('+' | '-') | complex_number | strings
    ///     | 'None' | 'True' | 'False'`
    pub(super) fn rule_literal_expr(&mut self) -> Option<Expr> {
        self.rule(|p| {
            if let Some(value) = p.literal_value() {
                return Some(value);
            }
            let (t, value) = p.singleton()?;
            Some(Expr::new(ExprKind::Constant { value, kind: None }, t))
        })
    }

    /// The first three alternatives shared by `literal_pattern` and `literal_expr`:
    /// `signed_number !('+' | '-') | complex_number | strings`.
    fn literal_value(&mut self) -> Option<Expr> {
        self.alt(|p| {
            let value = p.rule_signed_number()?;
            let plus_or_minus = p.at(T::PLUS) || p.at(T::MINUS);
            (!plus_or_minus).then_some(value)
        })
        .or_else(|| self.alt(|p| p.rule_complex_number()))
        .or_else(|| self.alt(|p| p.rule_strings()))
    }

    /// The alternatives `'None' | 'True' | 'False'`, tried in that order.
    fn singleton(&mut self) -> Option<(crate::ast::Range, Constant)> {
        for (kw, value) in [
            (Kw::None, Constant::None),
            (Kw::True, Constant::Bool(true)),
            (Kw::False, Constant::Bool(false)),
        ] {
            if let Some(t) = self.expect_kw(kw) {
                return Some((t.range(), value));
            }
        }
        None
    }

    /// `complex_number: signed_real_number '+' imaginary_number
    ///     | signed_real_number '-' imaginary_number`
    fn rule_complex_number(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.mark;
            for (tok, op) in [(T::PLUS, Operator::Add), (T::MINUS, Operator::Sub)] {
                if let Some(e) = p.alt(|p| {
                    let real = p.rule_signed_real_number()?;
                    p.expect(tok)?;
                    let imag = p.rule_imaginary_number()?;
                    let range = p.extra(start);
                    Some(Expr::new(
                        ExprKind::BinOp {
                            left: Box::new(real),
                            op,
                            right: Box::new(imag),
                        },
                        range,
                    ))
                }) {
                    return Some(e);
                }
            }
            None
        })
    }

    /// `signed_number: NUMBER | '-' NUMBER`
    fn rule_signed_number(&mut self) -> Option<Expr> {
        self.rule(|p| {
            if let Some(n) = p.alt(|p| p.number()) {
                return Some(n);
            }
            p.negated(|p| p.number())
        })
    }

    /// `signed_real_number: real_number | '-' real_number`
    fn rule_signed_real_number(&mut self) -> Option<Expr> {
        self.rule(|p| {
            if let Some(n) = p.alt(|p| p.rule_real_number()) {
                return Some(n);
            }
            p.negated(|p| p.rule_real_number())
        })
    }

    /// `'-' operand` as `UnaryOp(USub, operand)`.
    fn negated(&mut self, operand: impl FnOnce(&mut Self) -> Option<Expr>) -> Option<Expr> {
        let start = self.mark;
        self.alt(|p| {
            p.expect(T::MINUS)?;
            let operand = operand(p)?;
            let range = p.extra(start);
            Some(Expr::new(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(operand),
                },
                range,
            ))
        })
    }

    /// `real_number: NUMBER` (`_PyPegen_ensure_real`: not an imaginary literal)
    fn rule_real_number(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let n = p.number()?;
            if is_imaginary(&n) {
                p.raise_at(n.range, "real number required in complex literal");
                return None;
            }
            Some(n)
        })
    }

    /// `imaginary_number: NUMBER` (`_PyPegen_ensure_imaginary`: an imaginary literal)
    fn rule_imaginary_number(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let n = p.number()?;
            if !is_imaginary(&n) {
                p.raise_at(n.range, "imaginary number required in complex literal");
                return None;
            }
            Some(n)
        })
    }

    /// `value_pattern: attr !('.' | '(' | '=')`
    pub(super) fn rule_value_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let start = p.mark;
            let attr = p.rule_attr()?;
            if p.at_dot_lpar_or_equal() {
                return None;
            }
            let range = p.extra(start);
            Some(Pattern::new(
                PatternKind::MatchValue {
                    value: Box::new(attr),
                },
                range,
            ))
        })
    }

    /// `attr: name_or_attr '.' NAME`, left-recursive through `name_or_attr: attr | NAME`.
    ///
    /// CPython grows the seed one `.NAME` at a time; this loop reads the same tokens and builds
    /// the same left-nested Attribute (at least one dot, or the rule fails).
    pub(super) fn rule_attr(&mut self) -> Option<Expr> {
        self.memoized(Rule::Attr, |p| {
            p.alt(|p| {
                let start = p.mark;
                let mut value = p.name()?;
                let mut dotted = false;
                while let Some(attr) = p.alt(|p| {
                    p.expect(T::DOT)?;
                    p.name()
                }) {
                    dotted = true;
                    let range = p.extra(start);
                    value = Expr::new(
                        ExprKind::Attribute {
                            value: Box::new(value),
                            attr: name_id(&attr),
                            ctx: ExprContext::Load,
                        },
                        range,
                    );
                }
                dotted.then_some(value)
            })
        })
    }

    /// `name_or_attr: attr | NAME`
    pub(super) fn rule_name_or_attr(&mut self) -> Option<Expr> {
        self.rule(|p| p.alt(|p| p.rule_attr()).or_else(|| p.alt(|p| p.name())))
    }
}

/// Whether a NUMBER constant is an imaginary literal (CPython's `PyComplex_CheckExact`).
fn is_imaginary(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Constant {
            value: Constant::Complex { .. },
            ..
        }
    )
}
