//! `match` statements and their patterns ("Match statement" of `Grammar/python.gram`;
//! <https://docs.python.org/3.11/reference/compound_stmts.html#the-match-statement>), with the
//! `invalid_*` rules of that section. The literal, value and mapping-key sub-rules live in
//! [`super::pattern_atoms`].

use super::actions::{name_id, set_context};
use super::core::{Parser, Rule};
use super::keywords::Kw;
use crate::ast::{Expr, ExprContext, ExprKind, MatchCase, Pattern, PatternKind, Stmt, StmtKind};
use crate::token::TokenType as T;

/// A `key: pattern` (mapping) or `name=pattern` (class keyword) pair (`KeyPatternPair`).
type KeyPattern = (Expr, Pattern);

impl Parser<'_> {
    /// `match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    ///     | invalid_match_stmt`
    pub(super) fn rule_match_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.mark;
            if let Some(s) = p.alt(|p| {
                p.expect_soft("match")?;
                let subject = p.rule_subject_expr()?;
                p.expect(T::COLON)?;
                p.expect(T::NEWLINE)?;
                p.expect(T::INDENT)?;
                let cases = p.repeat1(|p| p.rule_case_block())?;
                p.expect(T::DEDENT)?;
                let range = p.extra(start);
                Some(Stmt::new(
                    StmtKind::Match {
                        subject: Box::new(subject),
                        cases,
                    },
                    range,
                ))
            }) {
                return Some(s);
            }
            p.invalid(|p| p.invalid_match_stmt());
            None
        })
    }

    /// `subject_expr: star_named_expression ',' star_named_expressions? | named_expression`
    fn rule_subject_expr(&mut self) -> Option<Expr> {
        self.rule(|p| {
            let start = p.mark;
            if let Some(e) = p.alt(|p| {
                let first = p.rule_star_named_expression()?;
                p.expect(T::COMMA)?;
                let rest = p.alt(|p| p.rule_star_named_expressions());
                if p.error.is_some() {
                    return None;
                }
                let mut elts = vec![first];
                elts.extend(rest.unwrap_or_default());
                let range = p.extra(start);
                Some(Expr::new(
                    ExprKind::Tuple {
                        elts,
                        ctx: ExprContext::Load,
                    },
                    range,
                ))
            }) {
                return Some(e);
            }
            p.alt(|p| p.rule_named_expression())
        })
    }

    /// `case_block: invalid_case_block | "case" patterns guard? ':' block`
    fn rule_case_block(&mut self) -> Option<MatchCase> {
        self.rule(|p| {
            p.invalid(|p| p.invalid_case_block());
            p.alt(|p| {
                p.expect_soft("case")?;
                let pattern = p.rule_patterns()?;
                let guard = p.optional_guard()?;
                p.expect(T::COLON)?;
                let body = p.rule_block()?;
                Some(MatchCase {
                    pattern,
                    guard: guard.map(Box::new),
                    body,
                })
            })
        })
    }

    /// `guard?`: `Some(None)` when there is no guard, `None` only on an error.
    fn optional_guard(&mut self) -> Option<Option<Expr>> {
        let guard = self.alt(|p| p.rule_guard());
        if self.error.is_some() {
            None
        } else {
            Some(guard)
        }
    }

    /// `guard: 'if' named_expression`
    fn rule_guard(&mut self) -> Option<Expr> {
        self.rule(|p| {
            p.expect_kw(Kw::If)?;
            p.rule_named_expression()
        })
    }

    /// `patterns: open_sequence_pattern | pattern`
    fn rule_patterns(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let start = p.mark;
            if let Some(patterns) = p.alt(|p| p.rule_open_sequence_pattern()) {
                let range = p.extra(start);
                return Some(Pattern::new(PatternKind::MatchSequence { patterns }, range));
            }
            p.alt(|p| p.rule_pattern())
        })
    }

    /// `pattern: as_pattern | or_pattern`
    fn rule_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            p.alt(|p| p.rule_as_pattern())
                .or_else(|| p.alt(|p| p.rule_or_pattern()))
        })
    }

    /// `as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern`
    fn rule_as_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let start = p.mark;
            if let Some(pat) = p.alt(|p| {
                let pattern = p.rule_or_pattern()?;
                p.expect_kw(Kw::As)?;
                let target = p.rule_pattern_capture_target()?;
                let range = p.extra(start);
                Some(Pattern::new(
                    PatternKind::MatchAs {
                        pattern: Some(Box::new(pattern)),
                        name: Some(name_id(&target)),
                    },
                    range,
                ))
            }) {
                return Some(pat);
            }
            p.invalid(|p| p.invalid_as_pattern());
            None
        })
    }

    /// `or_pattern: '|'.closed_pattern+` (a single pattern is returned as it is)
    fn rule_or_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let start = p.mark;
            let mut patterns = p.gather(T::VBAR, |p| p.rule_closed_pattern())?;
            if patterns.len() == 1 {
                return patterns.pop();
            }
            let range = p.extra(start);
            Some(Pattern::new(PatternKind::MatchOr { patterns }, range))
        })
    }

    /// `closed_pattern (memo): literal_pattern | capture_pattern | wildcard_pattern
    ///     | value_pattern | group_pattern | sequence_pattern | mapping_pattern | class_pattern`
    fn rule_closed_pattern(&mut self) -> Option<Pattern> {
        self.memoized(Rule::ClosedPattern, |p| {
            p.alt(|p| p.rule_literal_pattern())
                .or_else(|| p.alt(|p| p.rule_capture_pattern()))
                .or_else(|| p.alt(|p| p.rule_wildcard_pattern()))
                .or_else(|| p.alt(|p| p.rule_value_pattern()))
                .or_else(|| p.alt(|p| p.rule_group_pattern()))
                .or_else(|| p.alt(|p| p.rule_sequence_pattern()))
                .or_else(|| p.alt(|p| p.rule_mapping_pattern()))
                .or_else(|| p.alt(|p| p.rule_class_pattern()))
        })
    }

    /// `capture_pattern: pattern_capture_target`
    fn rule_capture_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let start = p.mark;
            let target = p.rule_pattern_capture_target()?;
            let range = p.extra(start);
            Some(Pattern::new(
                PatternKind::MatchAs {
                    pattern: None,
                    name: Some(name_id(&target)),
                },
                range,
            ))
        })
    }

    /// `pattern_capture_target: !"_" NAME !('.' | '(' | '=')` (the Name in Store context)
    fn rule_pattern_capture_target(&mut self) -> Option<Expr> {
        self.rule(|p| {
            if p.lookahead(|p| p.expect_soft("_")) {
                return None;
            }
            let name = p.name()?;
            if p.at_dot_lpar_or_equal() {
                return None;
            }
            Some(set_context(name, ExprContext::Store))
        })
    }

    /// The lookahead `('.' | '(' | '=')` that tells a capture or value pattern from the start of
    /// a longer dotted name, a class pattern or a keyword pattern.
    pub(super) fn at_dot_lpar_or_equal(&mut self) -> bool {
        self.at(T::DOT) || self.at(T::LPAR) || self.at(T::EQUAL)
    }

    /// `wildcard_pattern: "_"`
    fn rule_wildcard_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let t = p.expect_soft("_")?;
            Some(Pattern::new(
                PatternKind::MatchAs {
                    pattern: None,
                    name: None,
                },
                t.range(),
            ))
        })
    }

    /// `group_pattern: '(' pattern ')'`
    fn rule_group_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            p.expect(T::LPAR)?;
            let pattern = p.rule_pattern()?;
            p.expect(T::RPAR)?;
            Some(pattern)
        })
    }

    /// `sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'`
    fn rule_sequence_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let start = p.mark;
            let patterns = p
                .alt(|p| {
                    p.expect(T::LSQB)?;
                    let patterns = p.alt(|p| p.rule_maybe_sequence_pattern());
                    if p.error.is_some() {
                        return None;
                    }
                    p.expect(T::RSQB)?;
                    Some(patterns)
                })
                .or_else(|| {
                    p.alt(|p| {
                        p.expect(T::LPAR)?;
                        let patterns = p.alt(|p| p.rule_open_sequence_pattern());
                        if p.error.is_some() {
                            return None;
                        }
                        p.expect(T::RPAR)?;
                        Some(patterns)
                    })
                })?;
            let range = p.extra(start);
            Some(Pattern::new(
                PatternKind::MatchSequence {
                    patterns: patterns.unwrap_or_default(),
                },
                range,
            ))
        })
    }

    /// `open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?`
    fn rule_open_sequence_pattern(&mut self) -> Option<Vec<Pattern>> {
        self.rule(|p| {
            let first = p.rule_maybe_star_pattern()?;
            p.expect(T::COMMA)?;
            let rest = p.alt(|p| p.rule_maybe_sequence_pattern());
            if p.error.is_some() {
                return None;
            }
            let mut patterns = vec![first];
            patterns.extend(rest.unwrap_or_default());
            Some(patterns)
        })
    }

    /// `maybe_sequence_pattern: ','.maybe_star_pattern+ ','?`
    fn rule_maybe_sequence_pattern(&mut self) -> Option<Vec<Pattern>> {
        self.rule(|p| {
            let patterns = p.gather(T::COMMA, |p| p.rule_maybe_star_pattern())?;
            p.expect(T::COMMA);
            Some(patterns)
        })
    }

    /// `maybe_star_pattern: star_pattern | pattern`
    fn rule_maybe_star_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            p.alt(|p| p.rule_star_pattern())
                .or_else(|| p.alt(|p| p.rule_pattern()))
        })
    }

    /// `star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern`
    fn rule_star_pattern(&mut self) -> Option<Pattern> {
        self.memoized(Rule::StarPattern, |p| {
            let start = p.mark;
            let name = p
                .alt(|p| {
                    p.expect(T::STAR)?;
                    let target = p.rule_pattern_capture_target()?;
                    Some(Some(name_id(&target)))
                })
                .or_else(|| {
                    p.alt(|p| {
                        p.expect(T::STAR)?;
                        p.rule_wildcard_pattern()?;
                        Some(None)
                    })
                })?;
            let range = p.extra(start);
            Some(Pattern::new(PatternKind::MatchStar { name }, range))
        })
    }

    /// `mapping_pattern: '{' '}' | '{' double_star_pattern ','? '}'
    ///     | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'`
    fn rule_mapping_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let start = p.mark;
            let (items, rest) = p
                .alt(|p| {
                    p.expect(T::LBRACE)?;
                    p.expect(T::RBRACE)?;
                    Some((Vec::new(), None))
                })
                .or_else(|| {
                    p.alt(|p| {
                        p.expect(T::LBRACE)?;
                        let rest = p.rule_double_star_pattern()?;
                        p.expect(T::COMMA);
                        p.expect(T::RBRACE)?;
                        Some((Vec::new(), Some(rest)))
                    })
                })
                .or_else(|| {
                    p.alt(|p| {
                        p.expect(T::LBRACE)?;
                        let items = p.rule_items_pattern()?;
                        p.expect(T::COMMA)?;
                        let rest = p.rule_double_star_pattern()?;
                        p.expect(T::COMMA);
                        p.expect(T::RBRACE)?;
                        Some((items, Some(rest)))
                    })
                })
                .or_else(|| {
                    p.alt(|p| {
                        p.expect(T::LBRACE)?;
                        let items = p.rule_items_pattern()?;
                        p.expect(T::COMMA);
                        p.expect(T::RBRACE)?;
                        Some((items, None))
                    })
                })?;
            let (keys, patterns) = items.into_iter().unzip();
            let range = p.extra(start);
            Some(Pattern::new(
                PatternKind::MatchMapping {
                    keys,
                    patterns,
                    rest: rest.as_ref().map(name_id),
                },
                range,
            ))
        })
    }

    /// `items_pattern: ','.key_value_pattern+`
    fn rule_items_pattern(&mut self) -> Option<Vec<KeyPattern>> {
        self.rule(|p| p.gather(T::COMMA, |p| p.rule_key_value_pattern()))
    }

    /// `key_value_pattern: (literal_expr | attr) ':' pattern`
    fn rule_key_value_pattern(&mut self) -> Option<KeyPattern> {
        self.rule(|p| {
            let key = p
                .alt(|p| p.rule_literal_expr())
                .or_else(|| p.alt(|p| p.rule_attr()))?;
            p.expect(T::COLON)?;
            let pattern = p.rule_pattern()?;
            Some((key, pattern))
        })
    }

    /// `double_star_pattern: '**' pattern_capture_target`
    fn rule_double_star_pattern(&mut self) -> Option<Expr> {
        self.rule(|p| {
            p.expect(T::DOUBLESTAR)?;
            p.rule_pattern_capture_target()
        })
    }

    /// `class_pattern: name_or_attr '(' ')'
    ///     | name_or_attr '(' positional_patterns ','? ')'
    ///     | name_or_attr '(' keyword_patterns ','? ')'
    ///     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
    ///     | invalid_class_pattern`
    fn rule_class_pattern(&mut self) -> Option<Pattern> {
        self.rule(|p| {
            let start = p.mark;
            let found = p
                .class_pattern_alt(|_| Some((Vec::new(), Vec::new())))
                .or_else(|| {
                    p.class_pattern_alt(|p| {
                        let patterns = p.rule_positional_patterns()?;
                        p.expect(T::COMMA);
                        Some((patterns, Vec::new()))
                    })
                })
                .or_else(|| {
                    p.class_pattern_alt(|p| {
                        let keywords = p.rule_keyword_patterns()?;
                        p.expect(T::COMMA);
                        Some((Vec::new(), keywords))
                    })
                })
                .or_else(|| {
                    p.class_pattern_alt(|p| {
                        let patterns = p.rule_positional_patterns()?;
                        p.expect(T::COMMA)?;
                        let keywords = p.rule_keyword_patterns()?;
                        p.expect(T::COMMA);
                        Some((patterns, keywords))
                    })
                });
            if let Some((cls, patterns, keywords)) = found {
                let (names, kwd_patterns): (Vec<Expr>, Vec<Pattern>) = keywords.into_iter().unzip();
                let range = p.extra(start);
                return Some(Pattern::new(
                    PatternKind::MatchClass {
                        cls: Box::new(cls),
                        patterns,
                        kwd_attrs: names.iter().map(name_id).collect(),
                        kwd_patterns,
                    },
                    range,
                ));
            }
            p.invalid(|p| p.invalid_class_pattern());
            None
        })
    }

    /// One alternative of `class_pattern`: `name_or_attr '(' <args> ')'`.
    fn class_pattern_alt(
        &mut self,
        args: impl FnOnce(&mut Self) -> Option<(Vec<Pattern>, Vec<KeyPattern>)>,
    ) -> Option<(Expr, Vec<Pattern>, Vec<KeyPattern>)> {
        self.alt(|p| {
            let cls = p.rule_name_or_attr()?;
            p.expect(T::LPAR)?;
            let (patterns, keywords) = args(p)?;
            p.expect(T::RPAR)?;
            Some((cls, patterns, keywords))
        })
    }

    /// `positional_patterns: ','.pattern+`
    fn rule_positional_patterns(&mut self) -> Option<Vec<Pattern>> {
        self.rule(|p| p.gather(T::COMMA, |p| p.rule_pattern()))
    }

    /// `keyword_patterns: ','.keyword_pattern+`
    fn rule_keyword_patterns(&mut self) -> Option<Vec<KeyPattern>> {
        self.rule(|p| p.gather(T::COMMA, |p| p.rule_keyword_pattern()))
    }

    /// `keyword_pattern: NAME '=' pattern`
    fn rule_keyword_pattern(&mut self) -> Option<KeyPattern> {
        self.rule(|p| {
            let arg = p.name()?;
            p.expect(T::EQUAL)?;
            let value = p.rule_pattern()?;
            Some((arg, value))
        })
    }

    // ----- invalid rules ---------------------------------------------------------------------

    /// `invalid_match_stmt: "match" subject_expr NEWLINE
    ///     | a="match" subject=subject_expr ':' NEWLINE !INDENT`
    fn invalid_match_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                p.expect_soft("match")?;
                p.rule_subject_expr()?;
                p.expect(T::NEWLINE)?;
                p.raise_syntax("expected ':'");
                None::<()>
            });
            p.alt(|p| {
                let a = p.expect_soft("match")?;
                p.rule_subject_expr()?;
                p.expect(T::COLON)?;
                p.expect(T::NEWLINE)?;
                if p.at(T::INDENT) {
                    return None;
                }
                p.raise_indentation(&format!(
                    "expected an indented block after 'match' statement on line {}",
                    a.lineno
                ));
                None
            })
        })
    }

    /// `invalid_case_block: "case" patterns guard? NEWLINE
    ///     | a="case" patterns guard? ':' NEWLINE !INDENT`
    fn invalid_case_block(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                p.expect_soft("case")?;
                p.rule_patterns()?;
                p.optional_guard()?;
                p.expect(T::NEWLINE)?;
                p.raise_syntax("expected ':'");
                None::<()>
            });
            p.alt(|p| {
                let a = p.expect_soft("case")?;
                p.rule_patterns()?;
                p.optional_guard()?;
                p.expect(T::COLON)?;
                p.expect(T::NEWLINE)?;
                if p.at(T::INDENT) {
                    return None;
                }
                p.raise_indentation(&format!(
                    "expected an indented block after 'case' statement on line {}",
                    a.lineno
                ));
                None
            })
        })
    }

    /// `invalid_as_pattern: or_pattern 'as' a="_" | or_pattern 'as' !NAME a=expression`
    fn invalid_as_pattern(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                p.rule_or_pattern()?;
                p.expect_kw(Kw::As)?;
                let a = p.expect_soft("_")?;
                p.raise_at(a.range(), "cannot use '_' as a target");
                None::<()>
            });
            p.alt(|p| {
                p.rule_or_pattern()?;
                p.expect_kw(Kw::As)?;
                if p.lookahead(|p| p.name()) {
                    return None;
                }
                let a = p.rule_expression()?;
                p.raise_at(a.range, "invalid pattern target");
                None
            })
        })
    }

    /// `invalid_class_pattern: name_or_attr '(' a=invalid_class_argument_pattern`: "positional
    /// patterns follow keyword patterns" over the misplaced positional patterns.
    fn invalid_class_pattern(&mut self) -> Option<()> {
        self.rule(|p| {
            p.rule_name_or_attr()?;
            p.expect(T::LPAR)?;
            let a = p.invalid_class_argument_pattern()?;
            let (first, last) = (a.first()?.range, a.last()?.range);
            p.raise_range(first, last, "positional patterns follow keyword patterns");
            None
        })
    }

    /// `invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ','
    ///     a=positional_patterns`
    fn invalid_class_argument_pattern(&mut self) -> Option<Vec<Pattern>> {
        self.rule(|p| {
            p.alt(|p| {
                p.rule_positional_patterns()?;
                p.expect(T::COMMA)
            });
            if p.error.is_some() {
                return None;
            }
            p.rule_keyword_patterns()?;
            p.expect(T::COMMA)?;
            p.rule_positional_patterns()
        })
    }
}

#[cfg(test)]
#[path = "patterns_tests.rs"]
mod tests;
