//! General and simple statements ("GENERAL STATEMENTS", "SIMPLE STATEMENTS" and "Import
//! statements" of `Grammar/python.gram`; <https://docs.python.org/3.11/reference/simple_stmts.html>),
//! plus `type_expressions` of the typing elements. Compound statements are in [`super::compound`].

use super::actions::{join_names_with_dot, name_id, set_context};
use super::core::{Parser, Rule};
use super::keywords::Kw;
use crate::ast::{Alias, Expr, ExprContext, Operator, Stmt, StmtKind};
use crate::token::TokenType as T;

/// The augmented-assignment tokens and their operators, in `augassign`'s order.
pub(super) const AUGASSIGN: [(T, Operator); 13] = [
    (T::PLUSEQUAL, Operator::Add),
    (T::MINEQUAL, Operator::Sub),
    (T::STAREQUAL, Operator::Mult),
    (T::ATEQUAL, Operator::MatMult),
    (T::SLASHEQUAL, Operator::Div),
    (T::PERCENTEQUAL, Operator::Mod),
    (T::AMPEREQUAL, Operator::BitAnd),
    (T::VBAREQUAL, Operator::BitOr),
    (T::CIRCUMFLEXEQUAL, Operator::BitXor),
    (T::LEFTSHIFTEQUAL, Operator::LShift),
    (T::RIGHTSHIFTEQUAL, Operator::RShift),
    (T::DOUBLESTAREQUAL, Operator::Pow),
    (T::DOUBLESLASHEQUAL, Operator::FloorDiv),
];

impl Parser<'_> {
    /// `statements: statement+` (`_PyPegen_seq_flatten` of the statements' sequences)
    pub(super) fn rule_statements(&mut self) -> Option<Vec<Stmt>> {
        self.rule(|p| {
            let v = p.repeat1(|p| p.rule_statement())?;
            Some(v.into_iter().flatten().collect())
        })
    }

    /// `statement: compound_stmt | simple_stmts`
    fn rule_statement(&mut self) -> Option<Vec<Stmt>> {
        self.rule(|p| {
            if let Some(s) = p.alt(|p| p.rule_compound_stmt()) {
                return Some(vec![s]);
            }
            p.alt(|p| p.rule_simple_stmts())
        })
    }

    /// `statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER`
    pub(super) fn rule_statement_newline(&mut self) -> Option<Vec<Stmt>> {
        self.rule(|p| {
            let start = p.mark;
            if let Some(s) = p.alt(|p| {
                let s = p.rule_compound_stmt()?;
                p.expect(T::NEWLINE)?;
                Some(s)
            }) {
                return Some(vec![s]);
            }
            if let Some(v) = p.alt(|p| p.rule_simple_stmts()) {
                return Some(v);
            }
            if p.expect(T::NEWLINE).is_some() {
                let range = p.extra(start);
                return Some(vec![Stmt::new(StmtKind::Pass {}, range)]);
            }
            // `_PyPegen_interactive_exit`: end of input fails the rule (CPython's E_EOF).
            p.expect(T::ENDMARKER)?;
            None
        })
    }

    /// `bad_single_statement` of `pegen.c`: after a `single`-mode parse, whether anything but
    /// whitespace and comments follows the statement.
    pub(super) fn bad_single_statement(&self) -> bool {
        let mut rest = self.unread_source();
        loop {
            rest = rest.trim_start_matches([' ', '\t', '\n', '\r', '\x0c']);
            if rest.is_empty() {
                return false;
            }
            if !rest.starts_with('#') {
                return true;
            }
            rest = rest.find('\n').map_or("", |i| &rest[i..]);
        }
    }

    /// `simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE`
    pub(super) fn rule_simple_stmts(&mut self) -> Option<Vec<Stmt>> {
        self.rule(|p| {
            // The first alternative is CPython's fast path for a line holding one statement.
            if let Some(s) = p.alt(|p| {
                let s = p.rule_simple_stmt()?;
                if p.at(T::SEMI) {
                    return None;
                }
                p.expect(T::NEWLINE)?;
                Some(s)
            }) {
                return Some(vec![s]);
            }
            p.alt(|p| {
                let v = p.gather(T::SEMI, |p| p.rule_simple_stmt())?;
                p.expect(T::SEMI);
                p.expect(T::NEWLINE)?;
                Some(v)
            })
        })
    }

    /// `simple_stmt (memo): assignment | star_expressions | &'return' return_stmt
    ///     | &('import' | 'from') import_stmt | &'raise' raise_stmt | 'pass' | &'del' del_stmt
    ///     | &'yield' yield_stmt | &'assert' assert_stmt | 'break' | 'continue'
    ///     | &'global' global_stmt | &'nonlocal' nonlocal_stmt`
    fn rule_simple_stmt(&mut self) -> Option<Stmt> {
        self.memoized(Rule::SimpleStmt, |p| {
            let start = p.mark;
            if p.fx_on() {
                if let Some(s) = p.fx_assignment_or_expression(start) {
                    return Some(s);
                }
            } else {
                if let Some(s) = p.alt(|p| p.rule_assignment()) {
                    return Some(s);
                }
                if let Some(s) = p.alt(|p| {
                    let e = p.rule_star_expressions()?;
                    let range = p.extra(start);
                    Some(Stmt::new(StmtKind::Expr { value: Box::new(e) }, range))
                }) {
                    return Some(s);
                }
            }
            if p.at_kw(Kw::Return)
                && let Some(s) = p.alt(|p| p.rule_return_stmt())
            {
                return Some(s);
            }
            if (p.at_kw(Kw::Import) || p.at_kw(Kw::From))
                && let Some(s) = p.alt(|p| p.rule_import_stmt())
            {
                return Some(s);
            }
            if p.at_kw(Kw::Raise)
                && let Some(s) = p.alt(|p| p.rule_raise_stmt())
            {
                return Some(s);
            }
            if let Some(s) = p.keyword_stmt(Kw::Pass, start) {
                return Some(s);
            }
            if p.at_kw(Kw::Del)
                && let Some(s) = p.alt(|p| p.rule_del_stmt())
            {
                return Some(s);
            }
            if p.at_kw(Kw::Yield)
                && let Some(s) = p.alt(|p| p.rule_yield_stmt())
            {
                return Some(s);
            }
            if p.at_kw(Kw::Assert)
                && let Some(s) = p.alt(|p| p.rule_assert_stmt())
            {
                return Some(s);
            }
            if let Some(s) = p.keyword_stmt(Kw::Break, start) {
                return Some(s);
            }
            if let Some(s) = p.keyword_stmt(Kw::Continue, start) {
                return Some(s);
            }
            if p.at_kw(Kw::Global)
                && let Some(s) = p.alt(|p| p.rule_global_stmt())
            {
                return Some(s);
            }
            if p.at_kw(Kw::Nonlocal) {
                return p.alt(|p| p.rule_nonlocal_stmt());
            }
            None
        })
    }

    /// `'pass' | 'break' | 'continue'`: a statement that is one keyword.
    fn keyword_stmt(&mut self, kw: Kw, start: usize) -> Option<Stmt> {
        if self.error.is_some() {
            return None;
        }
        self.expect_kw(kw)?;
        let range = self.extra(start);
        let kind = match kw {
            Kw::Pass => StmtKind::Pass {},
            Kw::Break => StmtKind::Break {},
            _ => StmtKind::Continue {},
        };
        Some(Stmt::new(kind, range))
    }

    /// `assignment: NAME ':' expression ['=' annotated_rhs]
    ///     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression
    ///       ['=' annotated_rhs]
    ///     | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
    ///     | single_target augassign ~ (yield_expr | star_expressions)
    ///     | invalid_assignment`
    fn rule_assignment(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.mark;
            if let Some(s) = p.alt(|p| {
                let a = p.name()?;
                p.expect(T::COLON)?;
                p.ann_assign_rest(start, set_context(a, ExprContext::Store), 1)
            }) {
                return Some(s);
            }
            if let Some(s) = p.alt(|p| {
                let a = p
                    .alt(|p| {
                        p.expect(T::LPAR)?;
                        let b = p.rule_single_target()?;
                        p.expect(T::RPAR)?;
                        Some(b)
                    })
                    .or_else(|| p.alt(|p| p.rule_single_subscript_attribute_target()))?;
                p.expect(T::COLON)?;
                p.ann_assign_rest(start, a, 0)
            }) {
                return Some(s);
            }
            if let Some(s) = p.alt(|p| {
                let targets = p.repeat1(|p| {
                    let z = p.rule_star_targets()?;
                    p.expect(T::EQUAL)?;
                    Some(z)
                })?;
                let value = p.yield_or_star_expressions()?;
                if p.at(T::EQUAL) {
                    return None;
                }
                let type_comment = p.type_comment();
                let range = p.extra(start);
                Some(Stmt::new(
                    StmtKind::Assign {
                        targets,
                        value: Box::new(value),
                        type_comment,
                    },
                    range,
                ))
            }) {
                return Some(s);
            }
            let mut cut = false;
            if let Some(s) = p.alt(|p| {
                let target = p.rule_single_target()?;
                let op = p.rule_augassign()?;
                cut = true;
                let value = p.yield_or_star_expressions()?;
                let range = p.extra(start);
                Some(Stmt::new(
                    StmtKind::AugAssign {
                        target: Box::new(target),
                        op,
                        value: Box::new(value),
                    },
                    range,
                ))
            }) {
                return Some(s);
            }
            if cut {
                return None;
            }
            p.invalid(|p| p.invalid_assignment());
            None
        })
    }

    /// The shared tail of the annotated assignments: `expression ['=' annotated_rhs]`.
    fn ann_assign_rest(&mut self, start: usize, target: Expr, simple: u32) -> Option<Stmt> {
        let annotation = self.rule_expression()?;
        let value = self.alt(|p| {
            p.expect(T::EQUAL)?;
            p.rule_annotated_rhs()
        });
        let range = self.extra(start);
        Some(Stmt::new(
            StmtKind::AnnAssign {
                target: Box::new(target),
                annotation: Box::new(annotation),
                value: value.map(Box::new),
                simple,
            },
            range,
        ))
    }

    /// `[TYPE_COMMENT]` with `NEW_TYPE_COMMENT`: the comment's text.
    pub(super) fn type_comment(&mut self) -> Option<String> {
        let t = self.expect(T::TYPE_COMMENT)?;
        Some(self.text(&t).to_string())
    }

    /// `(yield_expr | star_expressions)`
    pub(super) fn yield_or_star_expressions(&mut self) -> Option<Expr> {
        self.alt(|p| p.rule_yield_expr())
            .or_else(|| self.alt(|p| p.rule_star_expressions()))
    }

    /// `annotated_rhs: yield_expr | star_expressions`
    pub(super) fn rule_annotated_rhs(&mut self) -> Option<Expr> {
        self.rule(|p| p.yield_or_star_expressions())
    }

    /// `augassign: '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>='
    ///     | '**=' | '//='`
    pub(super) fn rule_augassign(&mut self) -> Option<Operator> {
        self.rule(|p| {
            let t = p.peek()?;
            let op = AUGASSIGN.iter().find(|(k, _)| *k == t.kind)?.1;
            p.mark += 1;
            Some(op)
        })
    }

    /// `return_stmt: 'return' [star_expressions]`
    fn rule_return_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.mark;
            p.expect_kw(Kw::Return)?;
            let value = p.alt(|p| p.rule_star_expressions());
            let range = p.extra(start);
            Some(Stmt::new(
                StmtKind::Return {
                    value: value.map(Box::new),
                },
                range,
            ))
        })
    }

    /// `raise_stmt: 'raise' expression ['from' expression] | 'raise'`
    fn rule_raise_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.mark;
            if let Some(s) = p.alt(|p| {
                p.expect_kw(Kw::Raise)?;
                let exc = p.rule_expression()?;
                let cause = p.alt(|p| {
                    p.expect_kw(Kw::From)?;
                    p.rule_expression()
                });
                let range = p.extra(start);
                Some(Stmt::new(
                    StmtKind::Raise {
                        exc: Some(Box::new(exc)),
                        cause: cause.map(Box::new),
                    },
                    range,
                ))
            }) {
                return Some(s);
            }
            p.alt(|p| {
                p.expect_kw(Kw::Raise)?;
                let range = p.extra(start);
                Some(Stmt::new(
                    StmtKind::Raise {
                        exc: None,
                        cause: None,
                    },
                    range,
                ))
            })
        })
    }

    /// `global_stmt: 'global' ','.NAME+`
    fn rule_global_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.mark;
            p.expect_kw(Kw::Global)?;
            let names = p.gather(T::COMMA, |p| p.name())?;
            let names = names.iter().map(name_id).collect();
            let range = p.extra(start);
            Some(Stmt::new(StmtKind::Global { names }, range))
        })
    }

    /// `nonlocal_stmt: 'nonlocal' ','.NAME+`
    fn rule_nonlocal_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.mark;
            p.expect_kw(Kw::Nonlocal)?;
            let names = p.gather(T::COMMA, |p| p.name())?;
            let names = names.iter().map(name_id).collect();
            let range = p.extra(start);
            Some(Stmt::new(StmtKind::Nonlocal { names }, range))
        })
    }

    /// `del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt`
    fn rule_del_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.mark;
            if let Some(s) = p.alt(|p| {
                p.expect_kw(Kw::Del)?;
                let targets = p.rule_del_targets()?;
                if !(p.at(T::SEMI) || p.at(T::NEWLINE)) {
                    return None;
                }
                let range = p.extra(start);
                Some(Stmt::new(StmtKind::Delete { targets }, range))
            }) {
                return Some(s);
            }
            p.invalid(|p| p.invalid_del_stmt());
            None
        })
    }

    /// `yield_stmt: yield_expr`
    fn rule_yield_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.mark;
            let y = p.rule_yield_expr()?;
            let range = p.extra(start);
            Some(Stmt::new(StmtKind::Expr { value: Box::new(y) }, range))
        })
    }

    /// `assert_stmt: 'assert' expression [',' expression]`
    fn rule_assert_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.mark;
            p.expect_kw(Kw::Assert)?;
            let test = p.rule_expression()?;
            let msg = p.alt(|p| {
                p.expect(T::COMMA)?;
                p.rule_expression()
            });
            let range = p.extra(start);
            Some(Stmt::new(
                StmtKind::Assert {
                    test: Box::new(test),
                    msg: msg.map(Box::new),
                },
                range,
            ))
        })
    }

    /// `import_stmt: import_name | import_from`
    fn rule_import_stmt(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            p.alt(|p| p.rule_import_name())
                .or_else(|| p.alt(|p| p.rule_import_from()))
        })
    }

    /// `import_name: 'import' dotted_as_names`
    fn rule_import_name(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.mark;
            p.expect_kw(Kw::Import)?;
            let names = p.rule_dotted_as_names()?;
            let range = p.extra(start);
            Some(Stmt::new(StmtKind::Import { names }, range))
        })
    }

    /// `import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    ///     | 'from' ('.' | '...')+ 'import' import_from_targets`
    fn rule_import_from(&mut self) -> Option<Stmt> {
        self.rule(|p| {
            let start = p.mark;
            if let Some(s) = p.alt(|p| {
                p.expect_kw(Kw::From)?;
                let level = p.import_dots();
                let module = p.rule_dotted_name()?;
                p.expect_kw(Kw::Import)?;
                let names = p.rule_import_from_targets()?;
                let range = p.extra(start);
                Some(Stmt::new(
                    StmtKind::ImportFrom {
                        module: Some(name_id(&module)),
                        names,
                        level: Some(level),
                    },
                    range,
                ))
            }) {
                return Some(s);
            }
            p.alt(|p| {
                p.expect_kw(Kw::From)?;
                let level = p.import_dots();
                if level == 0 {
                    return None;
                }
                p.expect_kw(Kw::Import)?;
                let names = p.rule_import_from_targets()?;
                let range = p.extra(start);
                Some(Stmt::new(
                    StmtKind::ImportFrom {
                        module: None,
                        names,
                        level: Some(level),
                    },
                    range,
                ))
            })
        })
    }

    /// `('.' | '...')*` with `_PyPegen_seq_count_dots`: `...` is one ELLIPSIS token worth 3.
    fn import_dots(&mut self) -> u32 {
        let mut level = 0;
        loop {
            if self.expect(T::DOT).is_some() {
                level += 1;
            } else if self.expect(T::ELLIPSIS).is_some() {
                level += 3;
            } else {
                return level;
            }
        }
    }

    /// `import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !','
    ///     | '*' | invalid_import_from_targets`
    fn rule_import_from_targets(&mut self) -> Option<Vec<Alias>> {
        self.rule(|p| {
            let start = p.mark;
            if let Some(v) = p.alt(|p| {
                p.expect(T::LPAR)?;
                let v = p.rule_import_from_as_names()?;
                p.expect(T::COMMA);
                p.expect(T::RPAR)?;
                Some(v)
            }) {
                return Some(v);
            }
            if let Some(v) = p.alt(|p| {
                let v = p.rule_import_from_as_names()?;
                if p.at(T::COMMA) {
                    return None;
                }
                Some(v)
            }) {
                return Some(v);
            }
            if let Some(v) = p.alt(|p| {
                p.expect(T::STAR)?;
                // `_PyPegen_alias_for_star`: the alias `*` at the star's location.
                let range = p.extra(start);
                Some(vec![Alias {
                    name: "*".to_string(),
                    asname: None,
                    range,
                }])
            }) {
                return Some(v);
            }
            p.invalid(|p| p.invalid_import_from_targets());
            None
        })
    }

    /// `import_from_as_names: ','.import_from_as_name+`
    pub(super) fn rule_import_from_as_names(&mut self) -> Option<Vec<Alias>> {
        self.rule(|p| p.gather(T::COMMA, |p| p.rule_import_from_as_name()))
    }

    /// `import_from_as_name: NAME ['as' NAME]`
    fn rule_import_from_as_name(&mut self) -> Option<Alias> {
        self.rule(|p| {
            let start = p.mark;
            let a = p.name()?;
            p.alias_rest(start, name_id(&a))
        })
    }

    /// `dotted_as_names: ','.dotted_as_name+`
    fn rule_dotted_as_names(&mut self) -> Option<Vec<Alias>> {
        self.rule(|p| p.gather(T::COMMA, |p| p.rule_dotted_as_name()))
    }

    /// `dotted_as_name: dotted_name ['as' NAME]`
    fn rule_dotted_as_name(&mut self) -> Option<Alias> {
        self.rule(|p| {
            let start = p.mark;
            let a = p.rule_dotted_name()?;
            p.alias_rest(start, name_id(&a))
        })
    }

    /// `['as' NAME]` of an import alias, and the alias itself.
    fn alias_rest(&mut self, start: usize, name: String) -> Option<Alias> {
        let asname = self.alt(|p| {
            p.expect_kw(Kw::As)?;
            p.name()
        });
        let range = self.extra(start);
        Some(Alias {
            name,
            asname: asname.as_ref().map(name_id),
            range,
        })
    }

    /// `dotted_name: dotted_name '.' NAME | NAME` (left-recursive: a loop, like CPython's growing
    /// seed), joined with `_PyPegen_join_names_with_dot`.
    fn rule_dotted_name(&mut self) -> Option<Expr> {
        self.memoized(Rule::DottedName, |p| {
            let mut a = p.name()?;
            while let Some(b) = p.alt(|p| {
                p.expect(T::DOT)?;
                p.name()
            }) {
                a = join_names_with_dot(&a, &b);
            }
            Some(a)
        })
    }

    /// `type_expressions: ','.expression+ ',' '*' expression ',' '**' expression
    ///     | ','.expression+ ',' '*' expression | ','.expression+ ',' '**' expression
    ///     | '*' expression ',' '**' expression | '*' expression | '**' expression
    ///     | ','.expression+`
    pub(super) fn rule_type_expressions(&mut self) -> Option<Vec<Expr>> {
        self.rule(|p| {
            let starred = |p: &mut Self, kind: T| {
                p.expect(kind)?;
                p.rule_expression()
            };
            let comma_starred = |p: &mut Self, kind: T| {
                p.expect(T::COMMA)?;
                starred(p, kind)
            };
            if let Some(v) = p.alt(|p| {
                let mut a = p.gather(T::COMMA, |p| p.rule_expression())?;
                a.push(comma_starred(p, T::STAR)?);
                a.push(comma_starred(p, T::DOUBLESTAR)?);
                Some(a)
            }) {
                return Some(v);
            }
            for kind in [T::STAR, T::DOUBLESTAR] {
                if let Some(v) = p.alt(|p| {
                    let mut a = p.gather(T::COMMA, |p| p.rule_expression())?;
                    a.push(comma_starred(p, kind)?);
                    Some(a)
                }) {
                    return Some(v);
                }
            }
            if let Some(v) = p.alt(|p| {
                let a = starred(p, T::STAR)?;
                let b = comma_starred(p, T::DOUBLESTAR)?;
                Some(vec![a, b])
            }) {
                return Some(v);
            }
            for kind in [T::STAR, T::DOUBLESTAR] {
                if let Some(a) = p.alt(|p| starred(p, kind)) {
                    return Some(vec![a]);
                }
            }
            p.alt(|p| p.gather(T::COMMA, |p| p.rule_expression()))
        })
    }
}

#[cfg(test)]
#[path = "stmt_tests.rs"]
mod tests;
