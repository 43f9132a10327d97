//! Assignment and deletion targets ("ASSIGNMENT TARGETS" of `Grammar/python.gram`;
//! <https://docs.python.org/3.11/reference/simple_stmts.html#assignment-statements>).

use super::actions::{name_id, set_context};
use super::core::{Parser, Rule};
use super::expressions::Trailer;
use crate::ast::{Expr, ExprContext, ExprKind};
use crate::token::TokenType as T;

impl Parser<'_> {
    /// `star_targets: star_target !',' | star_target (',' star_target)* [',']`
    pub(super) fn rule_star_targets(&mut self) -> Option<Expr> {
        if self.fx_on() {
            return self.fx_entry(super::fast::starts_star_target, |p| p.fx_star_targets());
        }
        self.rule(|p| {
            let start = p.mark;
            if let Some(e) = p.alt(|p| {
                let e = p.rule_star_target()?;
                if p.at(T::COMMA) {
                    return None;
                }
                Some(e)
            }) {
                return Some(e);
            }
            p.alt(|p| {
                let first = p.rule_star_target()?;
                let mut elts = vec![first];
                elts.extend(p.repeat(|p| {
                    p.expect(T::COMMA)?;
                    p.rule_star_target()
                }));
                p.expect(T::COMMA);
                let range = p.extra(start);
                Some(Expr::new(
                    ExprKind::Tuple {
                        elts,
                        ctx: ExprContext::Store,
                    },
                    range,
                ))
            })
        })
    }

    /// `star_targets_list_seq: ','.star_target+ [',']`
    fn rule_star_targets_list_seq(&mut self) -> Option<Vec<Expr>> {
        self.rule(|p| {
            let v = p.gather(T::COMMA, |p| p.rule_star_target())?;
            p.expect(T::COMMA);
            Some(v)
        })
    }

    /// `star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','`
    fn rule_star_targets_tuple_seq(&mut self) -> Option<Vec<Expr>> {
        self.rule(|p| {
            if let Some(v) = p.alt(|p| {
                let first = p.rule_star_target()?;
                let rest = p.repeat1(|p| {
                    p.expect(T::COMMA)?;
                    p.rule_star_target()
                })?;
                p.expect(T::COMMA);
                let mut v = vec![first];
                v.extend(rest);
                Some(v)
            }) {
                return Some(v);
            }
            p.alt(|p| {
                let first = p.rule_star_target()?;
                p.expect(T::COMMA)?;
                Some(vec![first])
            })
        })
    }

    /// `star_target (memo): '*' (!'*' star_target) | target_with_star_atom`
    pub(super) fn rule_star_target(&mut self) -> Option<Expr> {
        if self.fx_on() {
            return self.fx_entry(super::fast::starts_star_target, |p| p.fx_star_target());
        }
        self.memoized(Rule::StarTarget, |p| {
            let start = p.mark;
            if let Some(e) = p.alt(|p| {
                p.expect(T::STAR)?;
                if p.at(T::STAR) {
                    return None;
                }
                let inner = p.rule_star_target()?;
                let range = p.extra(start);
                Some(Expr::new(
                    ExprKind::Starred {
                        value: Box::new(set_context(inner, ExprContext::Store)),
                        ctx: ExprContext::Store,
                    },
                    range,
                ))
            }) {
                return Some(e);
            }
            p.alt(|p| p.rule_target_with_star_atom())
        })
    }

    /// `target_with_star_atom (memo): t_primary '.' NAME !t_lookahead
    ///     | t_primary '[' slices ']' !t_lookahead | star_atom`
    pub(super) fn rule_target_with_star_atom(&mut self) -> Option<Expr> {
        self.memoized(Rule::TargetWithStarAtom, |p| {
            if let Some(e) = p.subscript_attribute_target(ExprContext::Store) {
                return Some(e);
            }
            p.alt(|p| p.rule_star_atom())
        })
    }

    /// The shared alternatives `t_primary '.' NAME !t_lookahead | t_primary '[' slices ']'
    /// !t_lookahead` with the context of the target.
    fn subscript_attribute_target(&mut self, ctx: ExprContext) -> Option<Expr> {
        let start = self.mark;
        if let Some(e) = self.alt(|p| {
            let value = p.rule_t_primary()?;
            p.expect(T::DOT)?;
            let attr = p.name()?;
            if p.t_lookahead() {
                return None;
            }
            let range = p.extra(start);
            Some(Expr::new(
                ExprKind::Attribute {
                    value: Box::new(value),
                    attr: name_id(&attr),
                    ctx,
                },
                range,
            ))
        }) {
            return Some(e);
        }
        self.alt(|p| {
            let value = p.rule_t_primary()?;
            p.expect(T::LSQB)?;
            let slice = p.rule_slices()?;
            p.expect(T::RSQB)?;
            if p.t_lookahead() {
                return None;
            }
            let range = p.extra(start);
            Some(Expr::new(
                ExprKind::Subscript {
                    value: Box::new(value),
                    slice: Box::new(slice),
                    ctx,
                },
                range,
            ))
        })
    }

    /// `star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
    ///     | '[' [star_targets_list_seq] ']'`
    fn rule_star_atom(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.mark;
            if let Some(n) = p.name() {
                return Some(set_context(n, ExprContext::Store));
            }
            if let Some(e) = p.alt(|p| {
                p.expect(T::LPAR)?;
                let e = p.rule_target_with_star_atom()?;
                p.expect(T::RPAR)?;
                Some(set_context(e, ExprContext::Store))
            }) {
                return Some(e);
            }
            p.bracketed_targets(start, ExprContext::Store, |p, open| {
                if open == T::LPAR {
                    p.rule_star_targets_tuple_seq()
                } else {
                    p.rule_star_targets_list_seq()
                }
            })
        })
    }

    /// `single_target: single_subscript_attribute_target | NAME | '(' single_target ')'`
    pub(super) fn rule_single_target(&mut self) -> Option<Expr> {
        self.rule(|p| {
            if let Some(e) = p.alt(|p| p.rule_single_subscript_attribute_target()) {
                return Some(e);
            }
            if let Some(n) = p.name() {
                return Some(set_context(n, ExprContext::Store));
            }
            p.alt(|p| {
                p.expect(T::LPAR)?;
                let e = p.rule_single_target()?;
                p.expect(T::RPAR)?;
                Some(e)
            })
        })
    }

    /// `single_subscript_attribute_target: t_primary '.' NAME !t_lookahead
    ///     | t_primary '[' slices ']' !t_lookahead`
    pub(super) fn rule_single_subscript_attribute_target(&mut self) -> Option<Expr> {
        self.rule(|p| p.subscript_attribute_target(ExprContext::Store))
    }

    /// `t_primary`: a primary that is followed by a trailer (`t_lookahead`), left-recursive.
    pub(super) fn rule_t_primary(&mut self) -> Option<Expr> {
        self.memoized(Rule::TPrimary, |p| {
            let start = p.mark;
            let mut e = p.alt(|p| {
                let a = p.rule_atom()?;
                p.t_lookahead().then_some(a)
            })?;
            while let Some(trailer) = p.alt(|p| p.t_primary_suffix()) {
                let range = p.extra(start);
                e = Expr::new(trailer.apply(e), range);
            }
            Some(e)
        })
    }

    /// One trailer of `t_primary`, which must itself be followed by another trailer.
    fn t_primary_suffix(&mut self) -> Option<Trailer> {
        let parsers: [fn(&mut Self) -> Option<Trailer>; 4] = [
            Self::attribute_trailer,
            Self::subscript_trailer,
            Self::genexp_trailer,
            Self::call_trailer,
        ];
        for parse in parsers {
            if let Some(t) = self.alt(|p| {
                let t = parse(p)?;
                p.t_lookahead().then_some(t)
            }) {
                return Some(t);
            }
        }
        None
    }

    /// `t_lookahead: '(' | '[' | '.'` (consumes nothing).
    pub(super) fn t_lookahead(&mut self) -> bool {
        self.at(T::LPAR) || self.at(T::LSQB) || self.at(T::DOT)
    }

    /// `del_targets: ','.del_target+ [',']`
    pub(super) fn rule_del_targets(&mut self) -> Option<Vec<Expr>> {
        self.rule(|p| {
            let v = p.gather(T::COMMA, |p| p.rule_del_target())?;
            p.expect(T::COMMA);
            Some(v)
        })
    }

    /// `del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
    ///     | del_t_atom`
    fn rule_del_target(&mut self) -> Option<Expr> {
        self.memoized(Rule::DelTarget, |p| {
            if let Some(e) = p.subscript_attribute_target(ExprContext::Del) {
                return Some(e);
            }
            p.alt(|p| p.rule_del_t_atom())
        })
    }

    /// `del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'`
    fn rule_del_t_atom(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.mark;
            if let Some(n) = p.name() {
                return Some(set_context(n, ExprContext::Del));
            }
            if let Some(e) = p.alt(|p| {
                p.expect(T::LPAR)?;
                let e = p.rule_del_target()?;
                p.expect(T::RPAR)?;
                Some(set_context(e, ExprContext::Del))
            }) {
                return Some(e);
            }
            p.bracketed_targets(start, ExprContext::Del, |p, _| p.rule_del_targets())
        })
    }

    /// The last two alternatives of `star_atom` and `del_t_atom`: `'(' [items] ')'` as a Tuple and
    /// `'[' [items] ']'` as a List, in context `ctx`; `items` is told which bracket opened.
    fn bracketed_targets(
        &mut self,
        start: usize,
        ctx: ExprContext,
        mut items: impl FnMut(&mut Self, T) -> Option<Vec<Expr>>,
    ) -> Option<Expr> {
        for (open, close) in [(T::LPAR, T::RPAR), (T::LSQB, T::RSQB)] {
            if let Some(e) = self.alt(|p| {
                p.expect(open)?;
                let elts = p.alt(|p| items(p, open));
                if p.error.is_some() {
                    return None;
                }
                p.expect(close)?;
                let range = p.extra(start);
                let elts = elts.unwrap_or_default();
                let kind = if open == T::LPAR {
                    ExprKind::Tuple { elts, ctx }
                } else {
                    ExprKind::List { elts, ctx }
                };
                Some(Expr::new(kind, range))
            }) {
                return Some(e);
            }
        }
        None
    }
}
