//! Atoms and displays: names, constants, numbers, parenthesised forms, list/tuple/set/dict displays
//! and comprehensions (the `atom` ... `dictcomp` rules of `Grammar/python.gram`;
//! <https://docs.python.org/3.11/reference/expressions.html#atoms>).

use super::core::Parser;
use super::keywords::Kw;
use crate::ast::{Comprehension, Constant, Expr, ExprContext, ExprKind};
use crate::lexer::ErrorClass;
use crate::token::TokenType as T;

/// One entry of a dict display: `key: value`, or `**value` (key None).
pub(super) type KeyValue = (Option<Expr>, Expr);

impl Parser<'_> {
    /// `atom: NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
    ///     | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
    ///     | &'{' (dict | set | dictcomp | setcomp) | '...'`
    pub(super) fn rule_atom(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let t = p.peek()?;
            if t.kind == T::NAME {
                return match t.kw {
                    None => p.name(),
                    Some(kw @ (Kw::True | Kw::False | Kw::None)) => {
                        p.mark += 1;
                        let value = match kw {
                            Kw::True => Constant::Bool(true),
                            Kw::False => Constant::Bool(false),
                            _ => Constant::None,
                        };
                        Some(Expr::new(
                            ExprKind::Constant { value, kind: None },
                            t.range(),
                        ))
                    }
                    Some(_) => None,
                };
            }
            match t.kind {
                T::STRING => p.rule_strings(),
                T::NUMBER => p.number(),
                T::LPAR => p
                    .alt(|p| p.rule_tuple())
                    .or_else(|| p.alt(|p| p.rule_group()))
                    .or_else(|| p.alt(|p| p.rule_genexp())),
                T::LSQB => p
                    .alt(|p| p.rule_list())
                    .or_else(|| p.alt(|p| p.rule_listcomp())),
                T::LBRACE => p
                    .alt(|p| p.rule_dict())
                    .or_else(|| p.alt(|p| p.rule_set()))
                    .or_else(|| p.alt(|p| p.rule_dictcomp()))
                    .or_else(|| p.alt(|p| p.rule_setcomp())),
                T::ELLIPSIS => {
                    p.mark += 1;
                    Some(Expr::new(
                        ExprKind::Constant {
                            value: Constant::Ellipsis,
                            kind: None,
                        },
                        t.range(),
                    ))
                }
                _ => None,
            }
        })
    }

    /// `_PyPegen_number_token`: a NUMBER as a Constant.
    pub(super) fn number(&mut self) -> Option<Expr> {
        let t = self.expect(T::NUMBER)?;
        let text = self.text(&t);
        match crate::ast::literal::parse_number(text, 4300) {
            Ok(value) => Some(Expr::new(
                ExprKind::Constant { value, kind: None },
                t.range(),
            )),
            Err(e) => {
                let msg = format!(
                    "{} - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                    e.message
                );
                self.raise_location(
                    ErrorClass::SyntaxError,
                    i64::from(t.lineno),
                    -1,
                    i64::from(t.end_lineno),
                    -1,
                    &msg,
                );
                None
            }
        }
    }

    /// `group: '(' (yield_expr | named_expression) ')' | invalid_group`
    fn rule_group(&mut self) -> Option<Expr> {
        self.rule(|p| {
            if let Some(e) = p.alt(|p| {
                p.expect(T::LPAR)?;
                let e = p
                    .alt(|p| p.rule_yield_expr())
                    .or_else(|| p.alt(|p| p.rule_named_expression()))?;
                p.expect(T::RPAR)?;
                Some(e)
            }) {
                return Some(e);
            }
            p.invalid(|p| p.invalid_group());
            None
        })
    }

    /// `list: '[' [star_named_expressions] ']'`
    pub(super) fn rule_list(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.mark;
            p.expect(T::LSQB)?;
            let elts = p.alt(|p| p.rule_star_named_expressions());
            if p.error.is_some() {
                return None;
            }
            p.expect(T::RSQB)?;
            let range = p.extra(start);
            Some(Expr::new(
                ExprKind::List {
                    elts: elts.unwrap_or_default(),
                    ctx: ExprContext::Load,
                },
                range,
            ))
        })
    }

    /// `tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'`
    pub(super) fn rule_tuple(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.mark;
            p.expect(T::LPAR)?;
            let elts = p.alt(|p| {
                let first = p.rule_star_named_expression()?;
                p.expect(T::COMMA)?;
                let rest = p.alt(|p| p.rule_star_named_expressions());
                if p.error.is_some() {
                    return None;
                }
                let mut v = vec![first];
                v.extend(rest.unwrap_or_default());
                Some(v)
            });
            if p.error.is_some() {
                return None;
            }
            p.expect(T::RPAR)?;
            let range = p.extra(start);
            Some(Expr::new(
                ExprKind::Tuple {
                    elts: elts.unwrap_or_default(),
                    ctx: ExprContext::Load,
                },
                range,
            ))
        })
    }

    /// `set: '{' star_named_expressions '}'`
    fn rule_set(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.mark;
            p.expect(T::LBRACE)?;
            let elts = p.rule_star_named_expressions()?;
            p.expect(T::RBRACE)?;
            let range = p.extra(start);
            Some(Expr::new(ExprKind::Set { elts }, range))
        })
    }

    /// `dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'`
    fn rule_dict(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.mark;
            if let Some(e) = p.alt(|p| {
                p.expect(T::LBRACE)?;
                let pairs = p.alt(|p| p.rule_double_starred_kvpairs());
                if p.error.is_some() {
                    return None;
                }
                p.expect(T::RBRACE)?;
                let (keys, values) = pairs.unwrap_or_default().into_iter().unzip();
                let range = p.extra(start);
                Some(Expr::new(ExprKind::Dict { keys, values }, range))
            }) {
                return Some(e);
            }
            // Not guarded by the second pass: pegen only guards alternatives made of a single
            // `invalid_*` item, so this one also runs in the first pass (and raises there).
            p.alt(|p| {
                p.expect(T::LBRACE)?;
                p.invalid_double_starred_kvpairs()?;
                p.expect(T::RBRACE)
            });
            None
        })
    }

    /// `double_starred_kvpairs: ','.double_starred_kvpair+ [',']`
    fn rule_double_starred_kvpairs(&mut self) -> Option<Vec<KeyValue>> {
        self.rule(|p| {
            let v = p.gather(T::COMMA, |p| p.rule_double_starred_kvpair())?;
            p.expect(T::COMMA);
            Some(v)
        })
    }

    /// `double_starred_kvpair: '**' bitwise_or | kvpair`
    pub(super) fn rule_double_starred_kvpair(&mut self) -> Option<KeyValue> {
        self.rule(|p| {
            if let Some(kv) = p.alt(|p| {
                p.expect(T::DOUBLESTAR)?;
                let v = p.rule_bitwise_or()?;
                Some((None, v))
            }) {
                return Some(kv);
            }
            p.alt(|p| p.rule_kvpair()).map(|(k, v)| (Some(k), v))
        })
    }

    /// `kvpair: expression ':' expression`
    pub(super) fn rule_kvpair(&mut self) -> Option<(Expr, Expr)> {
        self.rule(|p| {
            let k = p.rule_expression()?;
            p.expect(T::COLON)?;
            let v = p.rule_expression()?;
            Some((k, v))
        })
    }

    /// `for_if_clauses: for_if_clause+`
    pub(super) fn rule_for_if_clauses(&mut self) -> Option<Vec<Comprehension>> {
        self.rule(|p| p.repeat1(|p| p.rule_for_if_clause()))
    }

    /// `for_if_clause: ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    ///     | 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid_for_target`
    fn rule_for_if_clause(&mut self) -> Option<Comprehension> {
        self.rule(|p| {
            for is_async in [true, false] {
                let m = p.mark;
                if is_async && p.expect(T::ASYNC).is_none() {
                    continue;
                }
                let Some(target) = p
                    .expect_kw(Kw::For)
                    .and_then(|_| p.rule_star_targets())
                    .filter(|_| p.expect_kw(Kw::In).is_some())
                else {
                    p.mark = m;
                    continue;
                };
                // The cut: once `in` is seen, this clause is a comprehension clause or an error.
                let iter = p.rule_disjunction()?;
                let ifs = p.repeat(|p| {
                    p.expect_kw(Kw::If)?;
                    p.rule_disjunction()
                });
                return Some(Comprehension {
                    target,
                    iter,
                    ifs,
                    is_async: u32::from(is_async),
                });
            }
            p.invalid(|p| p.invalid_for_target());
            None
        })
    }

    /// `listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension`
    fn rule_listcomp(&mut self) -> Option<Expr> {
        self.comprehension(T::LSQB, T::RSQB, |elt, generators| ExprKind::ListComp {
            elt: Box::new(elt),
            generators,
        })
    }

    /// `setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension`
    fn rule_setcomp(&mut self) -> Option<Expr> {
        self.comprehension(T::LBRACE, T::RBRACE, |elt, generators| ExprKind::SetComp {
            elt: Box::new(elt),
            generators,
        })
    }

    fn comprehension(
        &mut self,
        open: T,
        close: T,
        make: fn(Expr, Vec<Comprehension>) -> ExprKind,
    ) -> Option<Expr> {
        self.rule(|p| {
            let start = p.mark;
            if let Some(e) = p.alt(|p| {
                p.expect(open)?;
                let elt = p.rule_named_expression()?;
                let generators = p.rule_for_if_clauses()?;
                p.expect(close)?;
                let range = p.extra(start);
                Some(Expr::new(make(elt, generators), range))
            }) {
                return Some(e);
            }
            p.invalid(|p| p.invalid_comprehension());
            None
        })
    }

    /// `genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
    ///     | invalid_comprehension`
    pub(super) fn rule_genexp(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.mark;
            if let Some(e) = p.alt(|p| {
                p.expect(T::LPAR)?;
                let elt = p
                    .alt(|p| p.rule_assignment_expression())
                    .or_else(|| p.expression_not_walrus())?;
                let generators = p.rule_for_if_clauses()?;
                p.expect(T::RPAR)?;
                let range = p.extra(start);
                Some(Expr::new(
                    ExprKind::GeneratorExp {
                        elt: Box::new(elt),
                        generators,
                    },
                    range,
                ))
            }) {
                return Some(e);
            }
            p.invalid(|p| p.invalid_comprehension());
            None
        })
    }

    /// `dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension`
    fn rule_dictcomp(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.mark;
            if let Some(e) = p.alt(|p| {
                p.expect(T::LBRACE)?;
                let (key, value) = p.rule_kvpair()?;
                let generators = p.rule_for_if_clauses()?;
                p.expect(T::RBRACE)?;
                let range = p.extra(start);
                Some(Expr::new(
                    ExprKind::DictComp {
                        key: Box::new(key),
                        value: Box::new(value),
                        generators,
                    },
                    range,
                ))
            }) {
                return Some(e);
            }
            p.invalid(|p| p.invalid_dict_comprehension());
            None
        })
    }

    /// `lambdef: 'lambda' [lambda_params] ':' expression`
    pub(super) fn rule_lambdef(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.mark;
            p.expect_kw(Kw::Lambda)?;
            let args = p.alt(|p| p.rule_lambda_params());
            if p.error.is_some() {
                return None;
            }
            p.expect(T::COLON)?;
            let body = p.rule_expression()?;
            let range = p.extra(start);
            Some(Expr::new(
                ExprKind::Lambda {
                    args: Box::new(args.unwrap_or_else(super::params::empty_arguments)),
                    body: Box::new(body),
                },
                range,
            ))
        })
    }
}
