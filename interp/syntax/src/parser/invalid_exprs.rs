//! The `invalid_*` rules of expressions, displays, comprehensions and calls: CPython's targeted
//! messages ("invalid syntax. Perhaps you forgot a comma?", "Generator expression must be
//! parenthesized", ...). They run only in the second pass and raise when they match.

use super::actions::{TargetsType, expr_name};
use super::core::{Parser, Rule};
use super::keywords::{Kw, is_soft_keyword};
use crate::ast::{Comprehension, Expr, ExprKind, Range};
use crate::lexer::ErrorClass;
use crate::token::TokenType as T;

/// `_PyPegen_get_last_comprehension_item`: the last `if` of a clause, or its iterable.
fn last_comprehension_item(c: &Comprehension) -> Range {
    c.ifs.last().map_or(c.iter.range, |e| e.range)
}

impl Parser<'_> {
    /// `invalid_arguments`
    pub(super) fn invalid_arguments(&mut self) -> Option<()> {
        self.rule(|p| {
            // ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+
            //   ',' kwargs) | kwargs) ',' b='*'   (3.11.7: gh-110696 moved the location to `*`)
            p.alt(|p| {
                p.alt(|p| {
                    p.gather(T::COMMA, |p| p.positional_argument())?;
                    p.expect(T::COMMA)?;
                    p.rule_kwargs()
                })
                .or_else(|| p.alt(|p| p.rule_kwargs()))?;
                p.expect(T::COMMA)?;
                let b = p.expect(T::STAR)?;
                p.raise_at(
                    b.range(),
                    "iterable argument unpacking follows keyword argument unpacking",
                );
                Some(())
            });
            // expression for_if_clauses ',' [args | expression for_if_clauses]
            p.alt(|p| {
                let a = p.rule_expression()?;
                let b = p.rule_for_if_clauses()?;
                p.expect(T::COMMA)?;
                let _ = p.alt(|p| p.rule_args()).or_else(|| {
                    p.alt(|p| {
                        p.rule_expression()?;
                        p.rule_for_if_clauses().map(|_| a.clone())
                    })
                });
                let last = last_comprehension_item(b.last()?);
                p.raise_range(a.range, last, "Generator expression must be parenthesized");
                Some(())
            });
            // NAME '=' expression for_if_clauses
            p.alt(|p| {
                let a = p.name()?;
                let b = p.expect(T::EQUAL)?;
                p.rule_expression()?;
                p.rule_for_if_clauses()?;
                p.raise_range(
                    a.range,
                    b.range(),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                );
                Some(())
            });
            // args for_if_clauses
            p.alt(|p| {
                let a = p.rule_args()?;
                let b = p.rule_for_if_clauses()?;
                p.nonparen_genexp_in_call(&a, &b)
            });
            // args ',' expression for_if_clauses
            p.alt(|p| {
                p.rule_args()?;
                p.expect(T::COMMA)?;
                let a = p.rule_expression()?;
                let b = p.rule_for_if_clauses()?;
                let last = last_comprehension_item(b.last()?);
                p.raise_range(a.range, last, "Generator expression must be parenthesized");
                Some(())
            });
            // args ',' args
            p.alt(|p| {
                let a = p.rule_args()?;
                p.expect(T::COMMA)?;
                p.rule_args()?;
                let unpacking = matches!(&a.kind, ExprKind::Call { keywords, .. }
                    if keywords.iter().any(|k| k.arg.is_none()));
                p.raise_syntax(if unpacking {
                    "positional argument follows keyword argument unpacking"
                } else {
                    "positional argument follows keyword argument"
                });
                Some(())
            });
            None
        })
    }

    /// `_PyPegen_nonparen_genexp_in_call`
    fn nonparen_genexp_in_call(&mut self, args: &Expr, comps: &[Comprehension]) -> Option<()> {
        let ExprKind::Call { args, .. } = &args.kind else {
            return None;
        };
        if args.len() <= 1 {
            return None;
        }
        let last = last_comprehension_item(comps.last()?);
        self.raise_range(
            args.last()?.range,
            last,
            "Generator expression must be parenthesized",
        );
        Some(())
    }

    /// `invalid_kwarg`
    pub(super) fn invalid_kwarg(&mut self) -> Option<()> {
        self.rule(|p| {
            // ('True'|'False'|'None') '='
            p.alt(|p| {
                let a = p.peek()?;
                if !matches!(a.kw, Some(Kw::True | Kw::False | Kw::None)) {
                    return None;
                }
                p.mark += 1;
                let b = p.expect(T::EQUAL)?;
                let msg = format!("cannot assign to {}", p.text(&a));
                p.raise_range(a.range(), b.range(), &msg);
                Some(())
            });
            // NAME '=' expression for_if_clauses
            p.alt(|p| {
                let a = p.name()?;
                let b = p.expect(T::EQUAL)?;
                p.rule_expression()?;
                p.rule_for_if_clauses()?;
                p.raise_range(
                    a.range,
                    b.range(),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                );
                Some(())
            });
            // !(NAME '=') expression '='
            p.alt(|p| {
                if p.lookahead(|p| {
                    p.name()?;
                    p.expect(T::EQUAL)
                }) {
                    return None;
                }
                let a = p.rule_expression()?;
                let b = p.expect(T::EQUAL)?;
                p.raise_range(
                    a.range,
                    b.range(),
                    "expression cannot contain assignment, perhaps you meant \"==\"?",
                );
                Some(())
            });
            None
        })
    }

    /// `expression_without_invalid`: `expression` with the invalid rules switched off inside.
    fn expression_without_invalid_rule(&mut self) -> Option<Expr> {
        let saved = self.call_invalid_rules;
        self.call_invalid_rules = false;
        let r = self.rule(|p| p.expression_without_invalid());
        self.call_invalid_rules = saved;
        r
    }

    /// `invalid_legacy_expression: NAME !'(' star_expressions`
    pub(super) fn invalid_legacy_expression(&mut self) -> Option<()> {
        self.rule(|p| {
            let a = p.name()?;
            if p.at(T::LPAR) {
                return None;
            }
            let b = p.rule_star_expressions()?;
            if p.is_legacy_stmt(&a) {
                let id = super::actions::name_id(&a);
                let msg = format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?");
                p.raise_range(a.range, b.range, &msg);
            }
            None
        })
    }

    /// `invalid_expression`
    pub(super) fn invalid_expression(&mut self) -> Option<()> {
        self.rule(|p| {
            // !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
            p.alt(|p| {
                let excluded = p.lookahead(|p| {
                    p.name()?;
                    p.expect(T::STRING)
                }) || p.lookahead(|p| {
                    let t = p.peek()?;
                    (t.kind == T::NAME && t.kw.is_none() && is_soft_keyword(p.text(&t)))
                        .then_some(())
                });
                if excluded {
                    return None;
                }
                let a = p.rule_disjunction()?;
                let b = p.expression_without_invalid_rule()?;
                let level = p.toks.get(p.mark.checked_sub(1)?).map_or(0, |t| t.level);
                if !p.is_legacy_stmt(&a) && level != 0 {
                    p.raise_range(
                        a.range,
                        b.range,
                        "invalid syntax. Perhaps you forgot a comma?",
                    );
                }
                None::<()>
            });
            // disjunction 'if' disjunction !('else'|':')
            p.alt(|p| {
                let a = p.rule_disjunction()?;
                p.expect_kw(Kw::If)?;
                let b = p.rule_disjunction()?;
                if p.at_kw(Kw::Else) || p.at(T::COLON) {
                    return None;
                }
                p.raise_range(a.range, b.range, "expected 'else' after 'if' expression");
                Some(())
            });
            None
        })
    }

    /// `invalid_named_expression (memo)`
    pub(super) fn invalid_named_expression(&mut self) -> Option<()> {
        self.memoized(Rule::InvalidNamedExpression, |p| {
            p.invalid_named_expression_body();
            None::<Expr>
        })
        .map(drop)
    }

    fn invalid_named_expression_body(&mut self) {
        // expression ':=' expression
        self.alt(|p| {
            let a = p.rule_expression()?;
            p.expect(T::COLONEQUAL)?;
            p.rule_expression()?;
            let msg = format!("cannot use assignment expressions with {}", expr_name(&a));
            p.raise_at(a.range, &msg);
            Some(())
        });
        // NAME '=' bitwise_or !('='|':=')
        self.alt(|p| {
            let a = p.name()?;
            p.expect(T::EQUAL)?;
            let b = p.rule_bitwise_or()?;
            if p.at(T::EQUAL) || p.at(T::COLONEQUAL) {
                return None;
            }
            p.raise_range(
                a.range,
                b.range,
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            );
            Some(())
        });
        // !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
        self.alt(|p| {
            let excluded = p.lookahead(|p| p.rule_list())
                || p.lookahead(|p| p.rule_tuple())
                || p.lookahead(|p| p.rule_genexp())
                || p.at_kw(Kw::True)
                || p.at_kw(Kw::None)
                || p.at_kw(Kw::False);
            if excluded {
                return None;
            }
            let a = p.rule_bitwise_or()?;
            p.expect(T::EQUAL)?;
            p.rule_bitwise_or()?;
            if p.at(T::EQUAL) || p.at(T::COLONEQUAL) {
                return None;
            }
            let msg = format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(&a)
            );
            p.raise_at(a.range, &msg);
            Some(())
        });
    }

    /// `invalid_comprehension`
    pub(super) fn invalid_comprehension(&mut self) -> Option<()> {
        self.rule(|p| {
            // ('[' | '(' | '{') starred_expression for_if_clauses
            p.alt(|p| {
                p.expect(T::LSQB)
                    .or_else(|| p.expect(T::LPAR))
                    .or_else(|| p.expect(T::LBRACE))?;
                let a = p.rule_starred_expression()?;
                p.rule_for_if_clauses()?;
                p.raise_at(
                    a.range,
                    "iterable unpacking cannot be used in comprehension",
                );
                Some(())
            });
            // ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
            p.alt(|p| {
                p.expect(T::LSQB).or_else(|| p.expect(T::LBRACE))?;
                let a = p.rule_star_named_expression()?;
                p.expect(T::COMMA)?;
                let b = p.rule_star_named_expressions()?;
                p.rule_for_if_clauses()?;
                p.raise_range(
                    a.range,
                    b.last()?.range,
                    "did you forget parentheses around the comprehension target?",
                );
                Some(())
            });
            // ('[' | '{') star_named_expression ',' for_if_clauses
            p.alt(|p| {
                p.expect(T::LSQB).or_else(|| p.expect(T::LBRACE))?;
                let a = p.rule_star_named_expression()?;
                let b = p.expect(T::COMMA)?;
                p.rule_for_if_clauses()?;
                p.raise_range(
                    a.range,
                    b.range(),
                    "did you forget parentheses around the comprehension target?",
                );
                Some(())
            });
            None
        })
    }

    /// `invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'`
    pub(super) fn invalid_dict_comprehension(&mut self) -> Option<()> {
        self.rule(|p| {
            p.expect(T::LBRACE)?;
            let a = p.expect(T::DOUBLESTAR)?;
            p.rule_bitwise_or()?;
            p.rule_for_if_clauses()?;
            p.expect(T::RBRACE)?;
            p.raise_at(
                a.range(),
                "dict unpacking cannot be used in dict comprehension",
            );
            None
        })
    }

    /// `invalid_group`
    pub(super) fn invalid_group(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                p.expect(T::LPAR)?;
                let a = p.rule_starred_expression()?;
                p.expect(T::RPAR)?;
                p.raise_at(a.range, "cannot use starred expression here");
                Some(())
            });
            p.alt(|p| {
                p.expect(T::LPAR)?;
                let a = p.expect(T::DOUBLESTAR)?;
                p.rule_expression()?;
                p.expect(T::RPAR)?;
                p.raise_at(a.range(), "cannot use double starred expression here");
                Some(())
            });
            None
        })
    }

    /// `invalid_double_starred_kvpairs`
    pub(super) fn invalid_double_starred_kvpairs(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                p.gather(T::COMMA, |p| p.rule_double_starred_kvpair())?;
                p.expect(T::COMMA)?;
                p.invalid_kvpair()
            });
            p.starred_dict_value();
            p.missing_dict_value();
            None
        })
    }

    /// `expression ':' '*' bitwise_or`
    fn starred_dict_value(&mut self) -> Option<()> {
        self.alt(|p| {
            p.rule_expression()?;
            p.expect(T::COLON)?;
            let a = p.expect(T::STAR)?;
            p.rule_bitwise_or()?;
            p.raise_starting_from(
                a.range(),
                "cannot use a starred expression in a dictionary value",
            );
            Some(())
        })
    }

    /// `expression ':' &('}'|',')`
    fn missing_dict_value(&mut self) -> Option<()> {
        self.alt(|p| {
            p.rule_expression()?;
            let a = p.expect(T::COLON)?;
            if !(p.at(T::RBRACE) || p.at(T::COMMA)) {
                return None;
            }
            p.raise_at(
                a.range(),
                "expression expected after dictionary key and ':'",
            );
            Some(())
        })
    }

    /// `invalid_kvpair`
    fn invalid_kvpair(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                let a = p.rule_expression()?;
                if p.at(T::COLON) {
                    return None;
                }
                p.raise_location(
                    ErrorClass::SyntaxError,
                    i64::from(a.range.lineno),
                    i64::from(a.range.end_col_offset) - 1,
                    i64::from(a.range.end_lineno),
                    -1,
                    "':' expected after dictionary key",
                );
                Some(())
            });
            p.starred_dict_value();
            p.missing_dict_value();
            None
        })
    }

    /// `invalid_for_target: ASYNC? 'for' star_expressions`
    pub(super) fn invalid_for_target(&mut self) -> Option<()> {
        self.rule(|p| {
            p.expect(T::ASYNC);
            p.expect_kw(Kw::For)?;
            let a = p.rule_star_expressions()?;
            p.raise_invalid_target(TargetsType::ForTargets, &a)
        })
    }
}
