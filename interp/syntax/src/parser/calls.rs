//! Call arguments: `arguments`, `args`, `kwargs` and their items ("FUNCTION CALL ARGUMENTS" of
//! `Grammar/python.gram`; <https://docs.python.org/3.11/reference/expressions.html#calls>).

use super::actions::name_id;
use super::core::{Parser, Rule};
use crate::ast::{Expr, ExprContext, ExprKind, Keyword};
use crate::token::TokenType as T;

/// `KeywordOrStarred` of `pegen.h`: an item of `kwargs`.
#[derive(Clone, Debug)]
pub(super) enum KwOrStarred {
    Keyword(Keyword),
    Starred(Expr),
}

/// The Call node `args` builds around a dummy function (`_PyPegen_dummy_name`); the caller takes
/// its `args` and `keywords`.
fn dummy_call(args: Vec<Expr>, keywords: Vec<Keyword>, range: crate::ast::Range) -> Expr {
    let func = Expr::new(
        ExprKind::Name {
            id: String::new(),
            ctx: ExprContext::Load,
        },
        range,
    );
    Expr::new(
        ExprKind::Call {
            func: Box::new(func),
            args,
            keywords,
        },
        range,
    )
}

/// `_PyPegen_collect_call_seqs` / `_PyPegen_seq_extract_starred_exprs`: positional arguments, then
/// the starred items of `kwargs` as further positional arguments; keywords apart.
fn split_kwargs(items: Vec<KwOrStarred>) -> (Vec<Expr>, Vec<Keyword>) {
    let mut starred = Vec::new();
    let mut keywords = Vec::new();
    for item in items {
        match item {
            KwOrStarred::Keyword(k) => keywords.push(k),
            KwOrStarred::Starred(e) => starred.push(e),
        }
    }
    (starred, keywords)
}

impl Parser<'_> {
    /// `arguments (memo): args [','] &')' | invalid_arguments`
    pub(super) fn rule_arguments(&mut self) -> Option<Expr> {
        if self.fx_on() {
            let start = self.mark;
            return self.fx_entry(
                |t| t.kind == T::DOUBLESTAR || super::fast::starts_star_expression(t),
                |p| {
                    let (args, keywords) = p.fx_arguments_after(Vec::new())?;
                    let range = p.extra(start);
                    Some(dummy_call(args, keywords, range))
                },
            );
        }
        self.memoized(Rule::Arguments, |p| {
            if let Some(a) = p.alt(|p| {
                let a = p.rule_args()?;
                p.expect(T::COMMA);
                if !p.at(T::RPAR) {
                    return None;
                }
                Some(a)
            }) {
                return Some(a);
            }
            p.invalid(|p| p.invalid_arguments());
            None
        })
    }

    /// `args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
    ///     [',' kwargs] | kwargs`
    pub(super) fn rule_args(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.mark;
            if let Some(e) = p.alt(|p| {
                let positional = p.gather(T::COMMA, |p| p.positional_argument())?;
                let kwargs = p.alt(|p| {
                    p.expect(T::COMMA)?;
                    p.rule_kwargs()
                });
                if p.error.is_some() {
                    return None;
                }
                let range = p.extra(start);
                let (mut args, keywords) = (positional, Vec::new());
                let keywords = match kwargs {
                    Some(items) => {
                        let (starred, kws) = split_kwargs(items);
                        args.extend(starred);
                        kws
                    }
                    None => keywords,
                };
                Some(dummy_call(args, keywords, range))
            }) {
                return Some(e);
            }
            p.alt(|p| {
                let items = p.rule_kwargs()?;
                let range = p.extra(start);
                let (args, keywords) = split_kwargs(items);
                Some(dummy_call(args, keywords, range))
            })
        })
    }

    /// `starred_expression | (assignment_expression | expression !':=') !'='`
    pub(super) fn positional_argument(&mut self) -> Option<Expr> {
        if let Some(e) = self.alt(|p| p.rule_starred_expression()) {
            return Some(e);
        }
        self.alt(|p| {
            let e = p
                .alt(|p| p.rule_assignment_expression())
                .or_else(|| p.expression_not_walrus())?;
            if p.at(T::EQUAL) {
                return None;
            }
            Some(e)
        })
    }

    /// `kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
    ///     | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+`
    pub(super) fn rule_kwargs(&mut self) -> Option<Vec<KwOrStarred>> {
        self.rule(|p| {
            if let Some(v) = p.alt(|p| {
                let mut a = p.gather(T::COMMA, |p| p.rule_kwarg_or_starred())?;
                p.expect(T::COMMA)?;
                let b = p.gather(T::COMMA, |p| p.rule_kwarg_or_double_starred())?;
                a.extend(b);
                Some(a)
            }) {
                return Some(v);
            }
            if let Some(v) = p.alt(|p| p.gather(T::COMMA, |p| p.rule_kwarg_or_starred())) {
                return Some(v);
            }
            p.alt(|p| p.gather(T::COMMA, |p| p.rule_kwarg_or_double_starred()))
        })
    }

    /// `starred_expression: '*' expression`
    pub(super) fn rule_starred_expression(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.mark;
            p.expect(T::STAR)?;
            let value = p.rule_expression()?;
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

    /// `NAME '=' expression` as a keyword argument.
    fn named_kwarg(&mut self) -> Option<KwOrStarred> {
        let start = self.mark;
        self.alt(|p| {
            let name = p.name()?;
            p.expect(T::EQUAL)?;
            let value = p.rule_expression()?;
            let range = p.extra(start);
            Some(KwOrStarred::Keyword(Keyword {
                arg: Some(name_id(&name)),
                value,
                range,
            }))
        })
    }

    /// `kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression`
    fn rule_kwarg_or_starred(&mut self) -> Option<KwOrStarred> {
        self.rule(|p| {
            p.invalid(|p| p.invalid_kwarg());
            if let Some(k) = p.named_kwarg() {
                return Some(k);
            }
            p.alt(|p| p.rule_starred_expression())
                .map(KwOrStarred::Starred)
        })
    }

    /// `kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression`
    fn rule_kwarg_or_double_starred(&mut self) -> Option<KwOrStarred> {
        self.rule(|p| {
            p.invalid(|p| p.invalid_kwarg());
            if let Some(k) = p.named_kwarg() {
                return Some(k);
            }
            let start = p.mark;
            p.alt(|p| {
                p.expect(T::DOUBLESTAR)?;
                let value = p.rule_expression()?;
                let range = p.extra(start);
                Some(KwOrStarred::Keyword(Keyword {
                    arg: None,
                    value,
                    range,
                }))
            })
        })
    }
}
