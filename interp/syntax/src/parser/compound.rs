//! Compound statements ("COMPOUND STATEMENTS" of `Grammar/python.gram`;
//! <https://docs.python.org/3.11/reference/compound_stmts.html>): blocks, decorators, class and
//! function definitions, `if`, `while`, `for`, `with`, `try`, and `func_type_comment`. `match` is
//! in [`super::patterns`], the `invalid_*` rules in [`super::invalid_stmts`].

use super::actions::name_id;
use super::core::{Parser, Rule};
use super::keywords::Kw;
use super::params::empty_arguments;
use crate::ast::{ExceptHandler, Expr, ExprKind, Stmt, StmtKind, WithItem};
use crate::token::TokenType as T;

impl Parser<'_> {
    /// `compound_stmt: &('def' | '@' | ASYNC) function_def | &'if' if_stmt
    ///     | &('class' | '@') class_def | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt
    ///     | &'try' try_stmt | &'while' while_stmt | match_stmt`
    pub(super) fn rule_compound_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            if (p.at_kw(Kw::Def) || p.at(T::AT) || p.at(T::ASYNC))
                && let Some(s) = p.alt(|p| p.rule_function_def())
            {
                return Some(s);
            }
            if p.at_kw(Kw::If)
                && let Some(s) = p.alt(|p| p.rule_if_stmt())
            {
                return Some(s);
            }
            if (p.at_kw(Kw::Class) || p.at(T::AT))
                && let Some(s) = p.alt(|p| p.rule_class_def())
            {
                return Some(s);
            }
            if (p.at_kw(Kw::With) || p.at(T::ASYNC))
                && let Some(s) = p.alt(|p| p.rule_with_stmt())
            {
                return Some(s);
            }
            if (p.at_kw(Kw::For) || p.at(T::ASYNC))
                && let Some(s) = p.alt(|p| p.rule_for_stmt())
            {
                return Some(s);
            }
            if p.at_kw(Kw::Try)
                && let Some(s) = p.alt(|p| p.rule_try_stmt())
            {
                return Some(s);
            }
            if p.at_kw(Kw::While)
                && let Some(s) = p.alt(|p| p.rule_while_stmt())
            {
                return Some(s);
            }
            p.alt(|p| p.rule_match_stmt())
        })
    }

    /// `block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block`
    pub(super) fn rule_block(&mut self) -> Option<Vec<Stmt>> {
        self.memoized(Rule::Block, |p| {
            if let Some(v) = p.alt(|p| {
                p.expect(T::NEWLINE)?;
                p.expect(T::INDENT)?;
                let a = p.rule_statements()?;
                p.expect(T::DEDENT)?;
                Some(a)
            }) {
                return Some(v);
            }
            if let Some(v) = p.alt(|p| p.rule_simple_stmts()) {
                return Some(v);
            }
            p.invalid(|p| p.invalid_block());
            None
        })
    }

    /// `decorators: ('@' named_expression NEWLINE)+`
    fn rule_decorators(&mut self) -> Option<Vec<Expr>> {
        self.rule(|p| {
            p.repeat1(|p| {
                p.expect(T::AT)?;
                let f = p.rule_named_expression()?;
                p.expect(T::NEWLINE)?;
                Some(f)
            })
        })
    }

    /// `class_def: decorators class_def_raw | class_def_raw`
    fn rule_class_def(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            // `_PyPegen_class_def_decorators`: the class keeps its own location; the decorators
            // are only added to it.
            if let Some(s) = p.alt(|p| {
                let decorators = p.rule_decorators()?;
                let mut s = p.rule_class_def_raw()?;
                if let StmtKind::ClassDef { decorator_list, .. } = &mut s.kind {
                    *decorator_list = decorators;
                }
                Some(s)
            }) {
                return Some(s);
            }
            p.alt(|p| p.rule_class_def_raw())
        })
    }

    /// `class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block`
    fn rule_class_def_raw(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            p.invalid(|p| p.invalid_class_def_raw());
            let start = p.mark;
            p.alt(|p| {
                p.expect_kw(Kw::Class)?;
                let name = p.name()?;
                let call = p.alt(|p| {
                    p.expect(T::LPAR)?;
                    let z = p.alt(|p| p.rule_arguments());
                    p.expect(T::RPAR)?;
                    Some(z)
                });
                p.expect(T::COLON)?;
                let body = p.rule_block()?;
                let (bases, keywords) = match call.flatten().map(|e| e.kind) {
                    Some(ExprKind::Call { args, keywords, .. }) => (args, keywords),
                    _ => (vec![], vec![]),
                };
                let range = p.extra(start);
                Some(Stmt::new(
                    StmtKind::ClassDef {
                        name: name_id(&name),
                        bases,
                        keywords,
                        body,
                        decorator_list: vec![],
                    },
                    range,
                ))
            })
        })
    }

    /// `function_def: decorators function_def_raw | function_def_raw`
    fn rule_function_def(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            // `_PyPegen_function_def_decorators`: the def keeps its own location.
            if let Some(s) = p.alt(|p| {
                let decorators = p.rule_decorators()?;
                let mut s = p.rule_function_def_raw()?;
                if let StmtKind::FunctionDef { decorator_list, .. }
                | StmtKind::AsyncFunctionDef { decorator_list, .. } = &mut s.kind
                {
                    *decorator_list = decorators;
                }
                Some(s)
            }) {
                return Some(s);
            }
            p.alt(|p| p.rule_function_def_raw())
        })
    }

    /// `function_def_raw: invalid_def_raw
    ///     | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
    ///     | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block`
    fn rule_function_def_raw(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            p.invalid(|p| p.invalid_def_raw());
            for is_async in [false, true] {
                if let Some(s) = p.alt(|p| p.function_def_alt(is_async)) {
                    return Some(s);
                }
            }
            None
        })
    }

    /// One alternative of `function_def_raw`.
    fn function_def_alt(&mut self, is_async: bool) -> Option<Stmt> {
        let start = self.mark;
        if is_async {
            self.expect(T::ASYNC)?;
        }
        self.expect_kw(Kw::Def)?;
        let name = self.name()?;
        self.expect_forced(T::LPAR, "(")?;
        let params = self.alt(|p| p.rule_params());
        self.expect(T::RPAR)?;
        let returns = self.alt(|p| {
            p.expect(T::RARROW)?;
            p.rule_expression()
        });
        self.expect_forced(T::COLON, ":")?;
        let type_comment = self.alt(|p| p.rule_func_type_comment());
        let body = self.rule_block()?;
        let range = self.extra(start);
        let name = name_id(&name);
        let args = Box::new(params.unwrap_or_else(empty_arguments));
        let returns = returns.map(Box::new);
        let decorator_list = vec![];
        let kind = if is_async {
            StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_comment,
            }
        } else {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_comment,
            }
        };
        Some(Stmt::new(kind, range))
    }

    /// `if_stmt: invalid_if_stmt | 'if' named_expression ':' block elif_stmt
    ///     | 'if' named_expression ':' block [else_block]`
    fn rule_if_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            p.invalid(|p| p.invalid_if_stmt());
            p.if_alternatives(Kw::If)
        })
    }

    /// `elif_stmt: invalid_elif_stmt | 'elif' named_expression ':' block elif_stmt
    ///     | 'elif' named_expression ':' block [else_block]`
    fn rule_elif_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            p.invalid(|p| p.invalid_elif_stmt());
            p.if_alternatives(Kw::Elif)
        })
    }

    /// The two valid alternatives shared by `if_stmt` and `elif_stmt` (`kw` is `if` or `elif`).
    /// They start alike, so the head is parsed once: the second alternative would parse the same
    /// tokens to the same result again.
    fn if_alternatives(&mut self, kw: Kw) -> Option<Stmt> {
        let start = self.mark;
        let (test, body) = self.alt(|p| {
            p.expect_kw(kw)?;
            let test = p.rule_named_expression()?;
            p.expect(T::COLON)?;
            let body = p.rule_block()?;
            Some((test, body))
        })?;
        let orelse = match self.alt(|p| p.rule_elif_stmt()) {
            Some(elif) => vec![elif],
            None if self.error.is_some() => return None,
            None => self.alt(|p| p.rule_else_block()).unwrap_or_default(),
        };
        let range = self.extra(start);
        Some(Stmt::new(
            StmtKind::If {
                test: Box::new(test),
                body,
                orelse,
            },
            range,
        ))
    }

    /// `else_block: invalid_else_stmt | 'else' &&':' block`
    fn rule_else_block(&mut self) -> Option<Vec<Stmt>> {
        self.rule(|p| {
            p.invalid(|p| p.invalid_else_stmt());
            p.alt(|p| {
                p.expect_kw(Kw::Else)?;
                p.expect_forced(T::COLON, ":")?;
                p.rule_block()
            })
        })
    }

    /// `while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]`
    fn rule_while_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            p.invalid(|p| p.invalid_while_stmt());
            let start = p.mark;
            p.alt(|p| {
                p.expect_kw(Kw::While)?;
                let test = p.rule_named_expression()?;
                p.expect(T::COLON)?;
                let body = p.rule_block()?;
                let orelse = p.alt(|p| p.rule_else_block()).unwrap_or_default();
                let range = p.extra(start);
                Some(Stmt::new(
                    StmtKind::While {
                        test: Box::new(test),
                        body,
                        orelse,
                    },
                    range,
                ))
            })
        })
    }

    /// `for_stmt: invalid_for_stmt
    ///     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    ///     | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block
    ///       [else_block]
    ///     | invalid_for_target`
    fn rule_for_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            p.invalid(|p| p.invalid_for_stmt());
            let mut cut = false;
            for is_async in [false, true] {
                if let Some(s) = p.alt(|p| p.for_alt(is_async, &mut cut)) {
                    return Some(s);
                }
                // Past `in`, the cut commits the rule: no other alternative is tried.
                if cut {
                    return None;
                }
            }
            p.invalid(|p| p.invalid_for_target());
            None
        })
    }

    /// One valid alternative of `for_stmt`; sets `cut` once `in` is consumed.
    fn for_alt(&mut self, is_async: bool, cut: &mut bool) -> Option<Stmt> {
        let start = self.mark;
        if is_async {
            self.expect(T::ASYNC)?;
        }
        self.expect_kw(Kw::For)?;
        let target = self.rule_star_targets()?;
        self.expect_kw(Kw::In)?;
        *cut = true;
        let iter = self.rule_star_expressions()?;
        self.expect(T::COLON)?;
        let type_comment = self.type_comment();
        let body = self.rule_block()?;
        let orelse = self.alt(|p| p.rule_else_block()).unwrap_or_default();
        let range = self.extra(start);
        let (target, iter) = (Box::new(target), Box::new(iter));
        let kind = if is_async {
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                type_comment,
            }
        } else {
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                type_comment,
            }
        };
        Some(Stmt::new(kind, range))
    }

    /// `with_stmt: invalid_with_stmt_indent
    ///     | 'with' '(' ','.with_item+ ','? ')' ':' block
    ///     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
    ///     | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
    ///     | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
    ///     | invalid_with_stmt`
    fn rule_with_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            p.invalid(|p| p.invalid_with_stmt_indent());
            for is_async in [false, true] {
                for parenthesized in [true, false] {
                    if let Some(s) = p.alt(|p| p.with_alt(is_async, parenthesized)) {
                        return Some(s);
                    }
                }
            }
            p.invalid(|p| p.invalid_with_stmt());
            None
        })
    }

    /// One valid alternative of `with_stmt`.
    fn with_alt(&mut self, is_async: bool, parenthesized: bool) -> Option<Stmt> {
        let start = self.mark;
        if is_async {
            self.expect(T::ASYNC)?;
        }
        self.expect_kw(Kw::With)?;
        let items;
        let mut type_comment = None;
        if parenthesized {
            self.expect(T::LPAR)?;
            items = self.gather(T::COMMA, |p| p.rule_with_item())?;
            self.expect(T::COMMA);
            self.expect(T::RPAR)?;
            self.expect(T::COLON)?;
        } else {
            items = self.gather(T::COMMA, |p| p.rule_with_item())?;
            self.expect(T::COLON)?;
            type_comment = self.type_comment();
        }
        let body = self.rule_block()?;
        let range = self.extra(start);
        let kind = if is_async {
            StmtKind::AsyncWith {
                items,
                body,
                type_comment,
            }
        } else {
            StmtKind::With {
                items,
                body,
                type_comment,
            }
        };
        Some(Stmt::new(kind, range))
    }

    /// `with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item
    ///     | expression`
    fn rule_with_item(&mut self) -> Option<WithItem> {
        self.rule(|p| {
            if let Some(w) = p.alt(|p| {
                let e = p.rule_expression()?;
                p.expect_kw(Kw::As)?;
                let t = p.rule_star_target()?;
                if !(p.at(T::COMMA) || p.at(T::RPAR) || p.at(T::COLON)) {
                    return None;
                }
                Some(WithItem {
                    context_expr: e,
                    optional_vars: Some(Box::new(t)),
                })
            }) {
                return Some(w);
            }
            p.invalid(|p| p.invalid_with_item());
            p.alt(|p| {
                let e = p.rule_expression()?;
                Some(WithItem {
                    context_expr: e,
                    optional_vars: None,
                })
            })
        })
    }

    /// `try_stmt: invalid_try_stmt | 'try' &&':' block finally_block
    ///     | 'try' &&':' block except_block+ [else_block] [finally_block]
    ///     | 'try' &&':' block except_star_block+ [else_block] [finally_block]`
    fn rule_try_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            p.invalid(|p| p.invalid_try_stmt());
            let start = p.mark;
            // The three alternatives start alike: the head is parsed once.
            let body = p.alt(|p| {
                p.expect_kw(Kw::Try)?;
                p.expect_forced(T::COLON, ":")?;
                p.rule_block()
            })?;
            if let Some(finalbody) = p.alt(|p| p.rule_finally_block()) {
                let range = p.extra(start);
                return Some(Stmt::new(
                    StmtKind::Try {
                        body,
                        handlers: vec![],
                        orelse: vec![],
                        finalbody,
                    },
                    range,
                ));
            }
            for star in [false, true] {
                let Some((handlers, orelse, finalbody)) = p.alt(|p| {
                    let handlers = if star {
                        p.repeat1(|p| p.rule_except_star_block())?
                    } else {
                        p.repeat1(|p| p.rule_except_block())?
                    };
                    let orelse = p.alt(|p| p.rule_else_block()).unwrap_or_default();
                    let finalbody = p.alt(|p| p.rule_finally_block()).unwrap_or_default();
                    Some((handlers, orelse, finalbody))
                }) else {
                    continue;
                };
                let range = p.extra(start);
                let kind = if star {
                    StmtKind::TryStar {
                        body,
                        handlers,
                        orelse,
                        finalbody,
                    }
                } else {
                    StmtKind::Try {
                        body,
                        handlers,
                        orelse,
                        finalbody,
                    }
                };
                return Some(Stmt::new(kind, range));
            }
            None
        })
    }

    /// `except_block: invalid_except_stmt_indent
    ///     | 'except' expression ['as' NAME] ':' block | 'except' ':' block
    ///     | invalid_except_stmt`
    pub(super) fn rule_except_block(&mut self) -> Option<ExceptHandler> {
        self.rule(|p| {
            p.invalid(|p| p.invalid_except_stmt_indent());
            let start = p.mark;
            if let Some(h) = p.alt(|p| {
                p.expect_kw(Kw::Except)?;
                p.except_handler_rest(start)
            }) {
                return Some(h);
            }
            if let Some(h) = p.alt(|p| {
                p.expect_kw(Kw::Except)?;
                p.expect(T::COLON)?;
                let body = p.rule_block()?;
                let range = p.extra(start);
                Some(ExceptHandler {
                    r#type: None,
                    name: None,
                    body,
                    range,
                })
            }) {
                return Some(h);
            }
            p.invalid(|p| p.invalid_except_stmt());
            None
        })
    }

    /// `except_star_block: invalid_except_star_stmt_indent
    ///     | 'except' '*' expression ['as' NAME] ':' block | invalid_except_stmt`
    pub(super) fn rule_except_star_block(&mut self) -> Option<ExceptHandler> {
        self.rule(|p| {
            p.invalid(|p| p.invalid_except_star_stmt_indent());
            let start = p.mark;
            if let Some(h) = p.alt(|p| {
                p.expect_kw(Kw::Except)?;
                p.expect(T::STAR)?;
                p.except_handler_rest(start)
            }) {
                return Some(h);
            }
            p.invalid(|p| p.invalid_except_stmt());
            None
        })
    }

    /// `expression ['as' NAME] ':' block`: the rest of an `except` clause with a type.
    fn except_handler_rest(&mut self, start: usize) -> Option<ExceptHandler> {
        let e = self.rule_expression()?;
        let name = self.alt(|p| {
            p.expect_kw(Kw::As)?;
            p.name()
        });
        self.expect(T::COLON)?;
        let body = self.rule_block()?;
        let range = self.extra(start);
        Some(ExceptHandler {
            r#type: Some(Box::new(e)),
            name: name.as_ref().map(name_id),
            body,
            range,
        })
    }

    /// `finally_block: invalid_finally_stmt | 'finally' &&':' block`
    fn rule_finally_block(&mut self) -> Option<Vec<Stmt>> {
        self.rule(|p| {
            p.invalid(|p| p.invalid_finally_stmt());
            p.alt(|p| {
                p.expect_kw(Kw::Finally)?;
                p.expect_forced(T::COLON, ":")?;
                p.rule_block()
            })
        })
    }

    /// `func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT)
    ///     | invalid_double_type_comments | TYPE_COMMENT`
    fn rule_func_type_comment(&mut self) -> Option<String> {
        self.rule(|p| {
            // A type comment on the line after the signature must be followed by the block.
            if let Some(t) = p.alt(|p| {
                p.expect(T::NEWLINE)?;
                let t = p.type_comment()?;
                let block_follows = p.lookahead(|p| {
                    p.expect(T::NEWLINE)?;
                    p.expect(T::INDENT)
                });
                block_follows.then_some(t)
            }) {
                return Some(t);
            }
            p.invalid(|p| p.invalid_double_type_comments());
            p.alt(|p| p.type_comment())
        })
    }
}
