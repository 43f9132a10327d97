//! The `invalid_*` rules of statements and blocks: CPython's targeted messages such as
//! "expected ':'", "cannot assign to ..." and "expected an indented block after 'if' statement on
//! line N". They run only in the second pass and raise when they match.

use super::actions::{TargetsType, expr_name};
use super::core::Parser;
use super::keywords::Kw;
use crate::ast::Expr;
use crate::token::TokenType as T;

impl Parser<'_> {
    /// `invalid_assignment`
    pub(super) fn invalid_assignment(&mut self) -> Option<()> {
        self.rule(|p| {
            // invalid_ann_assign_target ':' expression
            p.alt(|p| {
                let a = p.invalid_ann_assign_target()?;
                p.expect(T::COLON)?;
                p.rule_expression()?;
                let msg = format!(
                    "only single target (not {}) can be annotated",
                    expr_name(&a)
                );
                p.raise_at(a.range, &msg);
                Some(())
            });
            // star_named_expression ',' star_named_expressions* ':' expression
            p.alt(|p| {
                let a = p.rule_star_named_expression()?;
                p.expect(T::COMMA)?;
                p.repeat(|p| p.rule_star_named_expressions());
                p.expect(T::COLON)?;
                p.rule_expression()?;
                p.raise_at(a.range, "only single target (not tuple) can be annotated");
                Some(())
            });
            // expression ':' expression
            p.alt(|p| {
                let a = p.rule_expression()?;
                p.expect(T::COLON)?;
                p.rule_expression()?;
                p.raise_at(a.range, "illegal target for annotation");
                Some(())
            });
            // (star_targets '=')* star_expressions '='
            p.alt(|p| {
                p.star_targets_equals();
                let a = p.rule_star_expressions()?;
                p.expect(T::EQUAL)?;
                p.raise_invalid_target(TargetsType::StarTargets, &a)
            });
            // (star_targets '=')* yield_expr '='
            p.alt(|p| {
                p.star_targets_equals();
                let a = p.rule_yield_expr()?;
                p.expect(T::EQUAL)?;
                p.raise_at(a.range, "assignment to yield expression not possible");
                Some(())
            });
            // star_expressions augassign (yield_expr | star_expressions)
            p.alt(|p| {
                let a = p.rule_star_expressions()?;
                p.rule_augassign()?;
                p.yield_or_star_expressions()?;
                let msg = format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(&a)
                );
                p.raise_at(a.range, &msg);
                Some(())
            });
            None
        })
    }

    /// `(star_targets '=')*`
    fn star_targets_equals(&mut self) {
        self.repeat(|p| {
            p.rule_star_targets()?;
            p.expect(T::EQUAL)
        });
    }

    /// `invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'`
    fn invalid_ann_assign_target(&mut self) -> Option<Expr> {
        self.rule(|p| {
            if let Some(e) = p.alt(|p| p.rule_list()) {
                return Some(e);
            }
            if let Some(e) = p.alt(|p| p.rule_tuple()) {
                return Some(e);
            }
            p.alt(|p| {
                p.expect(T::LPAR)?;
                let a = p.invalid_ann_assign_target()?;
                p.expect(T::RPAR)?;
                Some(a)
            })
        })
    }

    /// `invalid_del_stmt: 'del' star_expressions`
    pub(super) fn invalid_del_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            p.expect_kw(Kw::Del)?;
            let a = p.rule_star_expressions()?;
            p.raise_invalid_target(TargetsType::DelTargets, &a)
        })
    }

    /// `invalid_block: NEWLINE !INDENT`
    pub(super) fn invalid_block(&mut self) -> Option<()> {
        self.rule(|p| {
            p.expect(T::NEWLINE)?;
            if p.at(T::INDENT) {
                return None;
            }
            p.raise_indentation("expected an indented block");
            None
        })
    }

    /// `NEWLINE !INDENT` after a block header: "expected an indented block after <what> on line N".
    fn missing_indented_block(&mut self, what: &str, lineno: u32) -> Option<()> {
        self.expect(T::NEWLINE)?;
        if self.at(T::INDENT) {
            return None;
        }
        let msg = format!("expected an indented block after {what} on line {lineno}");
        self.raise_indentation(&msg);
        None
    }

    /// `invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT`
    pub(super) fn invalid_double_type_comments(&mut self) -> Option<()> {
        self.rule(|p| {
            p.expect(T::TYPE_COMMENT)?;
            p.expect(T::NEWLINE)?;
            p.expect(T::TYPE_COMMENT)?;
            p.expect(T::NEWLINE)?;
            p.expect(T::INDENT)?;
            p.raise_syntax("Cannot have two type comments on def");
            None
        })
    }

    /// `invalid_with_item: expression 'as' expression &(',' | ')' | ':')`
    pub(super) fn invalid_with_item(&mut self) -> Option<()> {
        self.rule(|p| {
            p.rule_expression()?;
            p.expect_kw(Kw::As)?;
            let a = p.rule_expression()?;
            if !(p.at(T::COMMA) || p.at(T::RPAR) || p.at(T::COLON)) {
                return None;
            }
            p.raise_invalid_target(TargetsType::StarTargets, &a)
        })
    }

    /// `invalid_import_from_targets: import_from_as_names ',' NEWLINE`
    pub(super) fn invalid_import_from_targets(&mut self) -> Option<()> {
        self.rule(|p| {
            p.rule_import_from_as_names()?;
            p.expect(T::COMMA)?;
            p.expect(T::NEWLINE)?;
            p.raise_syntax("trailing comma not allowed without surrounding parentheses");
            None
        })
    }

    /// `[ASYNC] 'with' ','.(expression ['as' star_target])+` (plain) or
    /// `[ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')'` (parenthesized):
    /// the head shared by `invalid_with_stmt` and `invalid_with_stmt_indent`; the `with` token.
    fn invalid_with_head(&mut self, parenthesized: bool) -> Option<super::core::Tok> {
        self.expect(T::ASYNC);
        let a = self.expect_kw(Kw::With)?;
        let item = |p: &mut Self| {
            if parenthesized {
                p.rule_expressions()?;
            } else {
                p.rule_expression()?;
            }
            p.alt(|p| {
                p.expect_kw(Kw::As)?;
                p.rule_star_target()
            });
            Some(())
        };
        if parenthesized {
            self.expect(T::LPAR)?;
            self.gather(T::COMMA, item)?;
            self.expect(T::COMMA);
            self.expect(T::RPAR)?;
        } else {
            self.gather(T::COMMA, item)?;
        }
        Some(a)
    }

    /// `invalid_with_stmt: [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
    ///     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE`
    pub(super) fn invalid_with_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            for parenthesized in [false, true] {
                p.alt(|p| {
                    p.invalid_with_head(parenthesized)?;
                    p.expect(T::NEWLINE)?;
                    p.raise_syntax("expected ':'");
                    Some(())
                });
            }
            None
        })
    }

    /// `invalid_with_stmt_indent: [ASYNC] 'with' ','.(expression ['as' star_target])+ ':'
    ///     NEWLINE !INDENT | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')'
    ///     ':' NEWLINE !INDENT`
    pub(super) fn invalid_with_stmt_indent(&mut self) -> Option<()> {
        self.rule(|p| {
            for parenthesized in [false, true] {
                p.alt(|p| {
                    let a = p.invalid_with_head(parenthesized)?;
                    p.expect(T::COLON)?;
                    p.missing_indented_block("'with' statement", a.lineno)
                });
            }
            None
        })
    }

    /// `invalid_try_stmt`
    pub(super) fn invalid_try_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            // 'try' ':' NEWLINE !INDENT
            p.alt(|p| {
                let a = p.expect_kw(Kw::Try)?;
                p.expect(T::COLON)?;
                p.missing_indented_block("'try' statement", a.lineno)
            });
            // 'try' ':' block !('except' | 'finally')
            p.alt(|p| {
                p.expect_kw(Kw::Try)?;
                p.expect(T::COLON)?;
                p.rule_block()?;
                if p.at_kw(Kw::Except) || p.at_kw(Kw::Finally) {
                    return None;
                }
                p.raise_syntax("expected 'except' or 'finally' block");
                Some(())
            });
            // 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
            p.alt(|p| {
                p.expect_kw(Kw::Try)?;
                p.expect(T::COLON)?;
                p.repeat(|p| p.rule_block());
                p.repeat1(|p| p.rule_except_block())?;
                let a = p.expect_kw(Kw::Except)?;
                let b = p.expect(T::STAR)?;
                p.rule_expression()?;
                p.optional_as_name();
                p.expect(T::COLON)?;
                p.raise_range(
                    a.range(),
                    b.range(),
                    "cannot have both 'except' and 'except*' on the same 'try'",
                );
                Some(())
            });
            // 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
            p.alt(|p| {
                p.expect_kw(Kw::Try)?;
                p.expect(T::COLON)?;
                p.repeat(|p| p.rule_block());
                p.repeat1(|p| p.rule_except_star_block())?;
                let a = p.expect_kw(Kw::Except)?;
                p.alt(|p| {
                    p.rule_expression()?;
                    p.optional_as_name();
                    Some(())
                });
                p.expect(T::COLON)?;
                p.raise_at(
                    a.range(),
                    "cannot have both 'except' and 'except*' on the same 'try'",
                );
                Some(())
            });
            None
        })
    }

    /// `['as' NAME]`
    fn optional_as_name(&mut self) {
        self.alt(|p| {
            p.expect_kw(Kw::As)?;
            p.name()
        });
    }

    /// `invalid_except_stmt`
    pub(super) fn invalid_except_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            // 'except' '*'? expression ',' expressions ['as' NAME] ':'
            p.alt(|p| {
                p.expect_kw(Kw::Except)?;
                p.expect(T::STAR);
                let a = p.rule_expression()?;
                p.expect(T::COMMA)?;
                p.rule_expressions()?;
                p.optional_as_name();
                p.expect(T::COLON)?;
                p.raise_starting_from(a.range, "multiple exception types must be parenthesized");
                Some(())
            });
            // 'except' '*'? expression ['as' NAME] NEWLINE
            p.alt(|p| {
                p.expect_kw(Kw::Except)?;
                p.expect(T::STAR);
                p.rule_expression()?;
                p.optional_as_name();
                p.expect(T::NEWLINE)?;
                p.raise_syntax("expected ':'");
                Some(())
            });
            // 'except' NEWLINE
            p.alt(|p| {
                p.expect_kw(Kw::Except)?;
                p.expect(T::NEWLINE)?;
                p.raise_syntax("expected ':'");
                Some(())
            });
            // 'except' '*' (NEWLINE | ':')
            p.alt(|p| {
                p.expect_kw(Kw::Except)?;
                p.expect(T::STAR)?;
                p.expect(T::NEWLINE).or_else(|| p.expect(T::COLON))?;
                p.raise_syntax("expected one or more exception types");
                Some(())
            });
            None
        })
    }

    /// `invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT`
    pub(super) fn invalid_finally_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            let a = p.expect_kw(Kw::Finally)?;
            p.expect(T::COLON)?;
            p.missing_indented_block("'finally' statement", a.lineno)
        })
    }

    /// `invalid_except_stmt_indent: 'except' expression ['as' NAME] ':' NEWLINE !INDENT
    ///     | 'except' ':' NEWLINE !INDENT`
    pub(super) fn invalid_except_stmt_indent(&mut self) -> Option<()> {
        self.rule(|p| {
            p.alt(|p| {
                let a = p.expect_kw(Kw::Except)?;
                p.rule_expression()?;
                p.optional_as_name();
                p.expect(T::COLON)?;
                p.missing_indented_block("'except' statement", a.lineno)
            });
            p.alt(|p| {
                let a = p.expect_kw(Kw::Except)?;
                p.expect(T::COLON)?;
                p.missing_indented_block("'except' statement", a.lineno)
            });
            None
        })
    }

    /// `invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME] ':' NEWLINE !INDENT`
    pub(super) fn invalid_except_star_stmt_indent(&mut self) -> Option<()> {
        self.rule(|p| {
            let a = p.expect_kw(Kw::Except)?;
            p.expect(T::STAR)?;
            p.rule_expression()?;
            p.optional_as_name();
            p.expect(T::COLON)?;
            p.missing_indented_block("'except*' statement", a.lineno)
        })
    }

    /// `invalid_if_stmt: 'if' named_expression NEWLINE
    ///     | a='if' a=named_expression ':' NEWLINE !INDENT`
    pub(super) fn invalid_if_stmt(&mut self) -> Option<()> {
        self.rule(|p| p.invalid_conditional_stmt(Kw::If, "'if' statement"))
    }

    /// `invalid_elif_stmt: 'elif' named_expression NEWLINE
    ///     | a='elif' named_expression ':' NEWLINE !INDENT`
    pub(super) fn invalid_elif_stmt(&mut self) -> Option<()> {
        self.rule(|p| p.invalid_conditional_stmt(Kw::Elif, "'elif' statement"))
    }

    /// `invalid_while_stmt: 'while' named_expression NEWLINE
    ///     | a='while' named_expression ':' NEWLINE !INDENT`
    pub(super) fn invalid_while_stmt(&mut self) -> Option<()> {
        self.rule(|p| p.invalid_conditional_stmt(Kw::While, "'while' statement"))
    }

    /// The shared shape of `invalid_if_stmt`, `invalid_elif_stmt` and `invalid_while_stmt`.
    fn invalid_conditional_stmt(&mut self, kw: Kw, what: &str) -> Option<()> {
        self.alt(|p| {
            p.expect_kw(kw)?;
            p.rule_named_expression()?;
            p.expect(T::NEWLINE)?;
            p.raise_syntax("expected ':'");
            Some(())
        });
        self.alt(|p| {
            let a = p.expect_kw(kw)?;
            p.rule_named_expression()?;
            p.expect(T::COLON)?;
            // `invalid_if_stmt` names both `a`; pegen renames the second, so the line is the
            // keyword's.
            p.missing_indented_block(what, a.lineno)
        });
        None
    }

    /// `invalid_else_stmt: a='else' ':' NEWLINE !INDENT`
    pub(super) fn invalid_else_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            let a = p.expect_kw(Kw::Else)?;
            p.expect(T::COLON)?;
            p.missing_indented_block("'else' statement", a.lineno)
        })
    }

    /// `invalid_for_stmt: [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
    ///     | [ASYNC] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT`
    pub(super) fn invalid_for_stmt(&mut self) -> Option<()> {
        self.rule(|p| {
            let head = |p: &mut Self| {
                p.expect(T::ASYNC);
                let a = p.expect_kw(Kw::For)?;
                p.rule_star_targets()?;
                p.expect_kw(Kw::In)?;
                p.rule_star_expressions()?;
                Some(a)
            };
            p.alt(|p| {
                head(p)?;
                p.expect(T::NEWLINE)?;
                p.raise_syntax("expected ':'");
                Some(())
            });
            p.alt(|p| {
                let a = head(p)?;
                p.expect(T::COLON)?;
                p.missing_indented_block("'for' statement", a.lineno)
            });
            None
        })
    }

    /// `invalid_def_raw: [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE
    ///     !INDENT`
    pub(super) fn invalid_def_raw(&mut self) -> Option<()> {
        self.rule(|p| {
            p.expect(T::ASYNC);
            let a = p.expect_kw(Kw::Def)?;
            p.name()?;
            p.expect(T::LPAR)?;
            p.alt(|p| p.rule_params());
            p.expect(T::RPAR)?;
            p.alt(|p| {
                p.expect(T::RARROW)?;
                p.rule_expression()
            });
            p.expect(T::COLON)?;
            p.missing_indented_block("function definition", a.lineno)
        })
    }

    /// `invalid_class_def_raw: 'class' NAME ['(' [arguments] ')'] NEWLINE
    ///     | a='class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT`
    pub(super) fn invalid_class_def_raw(&mut self) -> Option<()> {
        self.rule(|p| {
            let head = |p: &mut Self| {
                let a = p.expect_kw(Kw::Class)?;
                p.name()?;
                p.alt(|p| {
                    p.expect(T::LPAR)?;
                    p.alt(|p| p.rule_arguments());
                    p.expect(T::RPAR)
                });
                Some(a)
            };
            p.alt(|p| {
                head(p)?;
                p.expect(T::NEWLINE)?;
                p.raise_syntax("expected ':'");
                Some(())
            });
            p.alt(|p| {
                let a = head(p)?;
                p.expect(T::COLON)?;
                p.missing_indented_block("class definition", a.lineno)
            });
            None
        })
    }
}
