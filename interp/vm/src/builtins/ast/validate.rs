//! `compile(tree)`'s check of a tree built by hand, as Python/ast.c's `_PyAST_Validate` does
//! in 3.11: expression contexts, the lists that may not be empty, matching list lengths,
//! positions and patterns. The parser never builds what this rejects, so the compiler relies on
//! it (a `Compare` without comparators, say, has no code to become).

use krait_syntax::ast::{
    Arguments, Comprehension, Constant, Expr, ExprContext, ExprKind, Mod, Pattern, PatternKind,
    Range, Stmt, StmtKind,
};

/// A validation failure: the exception class (`ValueError`, or `SystemError` for a bad
/// conversion character) and its message.
#[derive(Debug)]
pub struct Invalid {
    /// Whether it is a `SystemError` rather than a `ValueError`.
    pub system: bool,
    /// The message.
    pub msg: String,
}

type V = Result<(), Invalid>;

fn fail(msg: impl Into<String>) -> V {
    Err(Invalid {
        system: false,
        msg: msg.into(),
    })
}

/// As `VALIDATE_POSITIONS`: a start after the end is refused.
fn positions(r: &Range) -> V {
    if r.lineno > r.end_lineno {
        return fail(format!(
            "AST node line range ({}, {}) is not valid",
            r.lineno, r.end_lineno
        ));
    }
    if r.lineno == r.end_lineno && r.col_offset > r.end_col_offset {
        return fail(format!(
            "line {}, column {}-{} is not valid",
            r.lineno, r.col_offset, r.end_col_offset
        ));
    }
    Ok(())
}

fn nonempty<T>(seq: &[T], what: &str, owner: &str) -> V {
    if seq.is_empty() {
        return fail(format!("empty {what} on {owner}"));
    }
    Ok(())
}

fn name(id: &str) -> V {
    if matches!(id, "None" | "True" | "False") {
        return fail(format!("identifier field can't represent '{id}' constant"));
    }
    Ok(())
}

/// The whole tree.
pub fn validate_mod(m: &Mod) -> V {
    match m {
        Mod::Module { body, .. } | Mod::Interactive { body } => stmts(body),
        Mod::Expression { body } => expr(body, ExprContext::Load),
        Mod::FunctionType { argtypes, returns } => {
            exprs(argtypes, ExprContext::Load)?;
            expr(returns, ExprContext::Load)
        }
    }
}

fn stmts(body: &[Stmt]) -> V {
    body.iter().try_for_each(stmt)
}

fn body(b: &[Stmt], owner: &str) -> V {
    nonempty(b, "body", owner)?;
    stmts(b)
}

fn exprs(seq: &[Expr], ctx: ExprContext) -> V {
    seq.iter().try_for_each(|e| expr(e, ctx))
}

fn opt(e: &Option<Box<Expr>>) -> V {
    e.as_deref().map_or(Ok(()), |e| expr(e, ExprContext::Load))
}

fn load(e: &Expr) -> V {
    expr(e, ExprContext::Load)
}

fn stmt(s: &Stmt) -> V {
    use ExprContext::{Del, Load, Store};
    positions(&s.range)?;
    match &s.kind {
        StmtKind::FunctionDef {
            args,
            body: b,
            decorator_list,
            returns,
            ..
        }
        | StmtKind::AsyncFunctionDef {
            args,
            body: b,
            decorator_list,
            returns,
            ..
        } => {
            body(b, "FunctionDef")?;
            arguments(args)?;
            exprs(decorator_list, Load)?;
            opt(returns)
        }
        StmtKind::ClassDef {
            bases,
            keywords,
            body: b,
            decorator_list,
            ..
        } => {
            body(b, "ClassDef")?;
            exprs(bases, Load)?;
            keywords.iter().try_for_each(|k| load(&k.value))?;
            exprs(decorator_list, Load)
        }
        StmtKind::Return { value } => opt(value),
        StmtKind::Delete { targets } => {
            nonempty(targets, "targets", "Delete")?;
            exprs(targets, Del)
        }
        StmtKind::Assign { targets, value, .. } => {
            nonempty(targets, "targets", "Assign")?;
            load(value)?;
            exprs(targets, Store)
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target, Store)?;
            load(value)
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => {
            if *simple != 0 && !matches!(target.kind, ExprKind::Name { .. }) {
                return fail("AnnAssign with simple non-Name target");
            }
            expr(target, Store)?;
            opt(value)?;
            load(annotation)
        }
        StmtKind::For {
            target,
            iter,
            body: b,
            orelse,
            ..
        }
        | StmtKind::AsyncFor {
            target,
            iter,
            body: b,
            orelse,
            ..
        } => {
            expr(target, Store)?;
            load(iter)?;
            body(b, "For")?;
            stmts(orelse)
        }
        StmtKind::While {
            test,
            body: b,
            orelse,
        } => {
            load(test)?;
            body(b, "While")?;
            stmts(orelse)
        }
        StmtKind::If {
            test,
            body: b,
            orelse,
        } => {
            load(test)?;
            body(b, "If")?;
            stmts(orelse)
        }
        StmtKind::With { items, body: b, .. } | StmtKind::AsyncWith { items, body: b, .. } => {
            nonempty(items, "items", "With")?;
            for item in items {
                load(&item.context_expr)?;
                if let Some(v) = &item.optional_vars {
                    expr(v, Store)?;
                }
            }
            body(b, "With")
        }
        StmtKind::Match { subject, cases } => {
            load(subject)?;
            nonempty(cases, "cases", "Match")?;
            for case in cases {
                pattern(&case.pattern, false)?;
                opt(&case.guard)?;
                body(&case.body, "match_case")?;
            }
            Ok(())
        }
        StmtKind::Raise { exc, cause } => match exc {
            Some(e) => {
                load(e)?;
                opt(cause)
            }
            None if cause.is_some() => fail("Raise with cause but no exception"),
            None => Ok(()),
        },
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
        }
        | StmtKind::TryStar {
            body: b,
            handlers,
            orelse,
            finalbody,
        } => {
            let owner = if matches!(s.kind, StmtKind::Try { .. }) {
                "Try"
            } else {
                "TryStar"
            };
            body(b, owner)?;
            if handlers.is_empty() && finalbody.is_empty() {
                return fail(format!("{owner} has neither except handlers nor finalbody"));
            }
            if handlers.is_empty() && !orelse.is_empty() {
                return fail(format!("{owner} has orelse but no except handlers"));
            }
            for h in handlers {
                positions(&h.range)?;
                opt(&h.r#type)?;
                body(&h.body, "ExceptHandler")?;
            }
            stmts(finalbody)?;
            stmts(orelse)
        }
        StmtKind::Assert { test, msg } => {
            load(test)?;
            opt(msg)
        }
        StmtKind::Import { names } => nonempty(names, "names", "Import"),
        StmtKind::ImportFrom { names, .. } => nonempty(names, "names", "ImportFrom"),
        StmtKind::Global { names } => nonempty(names, "names", "Global"),
        StmtKind::Nonlocal { names } => nonempty(names, "names", "Nonlocal"),
        StmtKind::Expr { value } => load(value),
        StmtKind::Pass {} | StmtKind::Break {} | StmtKind::Continue {} => Ok(()),
    }
}

fn arguments(a: &Arguments) -> V {
    for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
        opt(&arg.annotation)?;
    }
    for arg in a.vararg.iter().chain(&a.kwarg) {
        opt(&arg.annotation)?;
    }
    if a.defaults.len() > a.posonlyargs.len() + a.args.len() {
        return fail("more positional defaults than args on arguments");
    }
    if a.kw_defaults.len() != a.kwonlyargs.len() {
        return fail("length of kwonlyargs is not the same as kw_defaults on arguments");
    }
    exprs(&a.defaults, ExprContext::Load)?;
    a.kw_defaults.iter().flatten().try_for_each(load)
}

fn comprehensions(gens: &[Comprehension]) -> V {
    if gens.is_empty() {
        return fail("comprehension with no generators");
    }
    for g in gens {
        expr(&g.target, ExprContext::Store)?;
        load(&g.iter)?;
        exprs(&g.ifs, ExprContext::Load)?;
    }
    Ok(())
}

/// The context an expression kind carries, if it carries one.
fn own_context(e: &Expr) -> Option<ExprContext> {
    match &e.kind {
        ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. }
        | ExprKind::Starred { ctx, .. }
        | ExprKind::Name { ctx, .. }
        | ExprKind::List { ctx, .. }
        | ExprKind::Tuple { ctx, .. } => Some(*ctx),
        _ => None,
    }
}

fn expr(e: &Expr, ctx: ExprContext) -> V {
    use ExprContext::Load;
    positions(&e.range)?;
    match own_context(e) {
        Some(actual) if actual != ctx => {
            return fail(format!(
                "expression must have {} context but has {} instead",
                ctx.name(),
                actual.name()
            ));
        }
        None if ctx != Load => {
            return fail(format!(
                "expression which can't be assigned to in {} context",
                ctx.name()
            ));
        }
        _ => {}
    }
    match &e.kind {
        ExprKind::BoolOp { values, .. } => {
            if values.len() < 2 {
                return fail("BoolOp with less than 2 values");
            }
            exprs(values, Load)
        }
        ExprKind::BinOp { left, right, .. } => {
            load(left)?;
            load(right)
        }
        ExprKind::UnaryOp { operand, .. } => load(operand),
        ExprKind::Lambda { args, body } => {
            arguments(args)?;
            load(body)
        }
        ExprKind::IfExp { test, body, orelse } => {
            load(test)?;
            load(body)?;
            load(orelse)
        }
        ExprKind::Dict { keys, values } => {
            if keys.len() != values.len() {
                return fail("Dict doesn't have the same number of keys as values");
            }
            keys.iter().flatten().try_for_each(load)?;
            exprs(values, Load)
        }
        ExprKind::Set { elts } => exprs(elts, Load),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            comprehensions(generators)?;
            load(elt)
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            comprehensions(generators)?;
            load(key)?;
            load(value)
        }
        ExprKind::Yield { value } => opt(value),
        ExprKind::YieldFrom { value } | ExprKind::Await { value } => load(value),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            if comparators.is_empty() {
                return fail("Compare with no comparators");
            }
            if comparators.len() != ops.len() {
                return fail("Compare has a different number of comparators and operands");
            }
            exprs(comparators, Load)?;
            load(left)
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            load(func)?;
            exprs(args, Load)?;
            keywords.iter().try_for_each(|k| load(&k.value))
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            // The compiler's own check (compiler_formatted_value), a SystemError.
            if ![-1, 115, 114, 97].contains(conversion) {
                return Err(Invalid {
                    system: true,
                    msg: format!("Unrecognized conversion character {conversion}"),
                });
            }
            load(value)?;
            opt(format_spec)
        }
        ExprKind::JoinedStr { values } => exprs(values, Load),
        ExprKind::Constant { .. } => Ok(()),
        ExprKind::Attribute { value, .. } => load(value),
        ExprKind::Subscript { value, slice, .. } => {
            load(slice)?;
            load(value)
        }
        ExprKind::Starred { value, ctx } => expr(value, *ctx),
        ExprKind::Slice { lower, upper, step } => {
            opt(lower)?;
            opt(upper)?;
            opt(step)
        }
        ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => exprs(elts, *ctx),
        ExprKind::NamedExpr { target, value } => {
            if !matches!(target.kind, ExprKind::Name { .. }) {
                return fail("NamedExpr target must be a Name");
            }
            load(value)
        }
        ExprKind::Name { id, .. } => name(id),
    }
}

fn capture(n: &str) -> V {
    if n == "_" {
        return fail("can't capture name '_' in patterns");
    }
    name(n)
}

/// A value pattern holds a literal, a signed or complex literal, or a dotted name.
fn match_value(e: &Expr) -> V {
    load(e)?;
    match &e.kind {
        ExprKind::Constant { value, .. } => {
            if matches!(value, Constant::None | Constant::Bool(_)) {
                return fail("unexpected constant inside of a literal pattern");
            }
            Ok(())
        }
        ExprKind::Attribute { .. } | ExprKind::UnaryOp { .. } | ExprKind::BinOp { .. } => Ok(()),
        ExprKind::JoinedStr { .. } => {
            fail("patterns may only match literals and attribute lookups")
        }
        _ => fail("patterns may only match literals and attribute lookups"),
    }
}

fn patterns(ps: &[Pattern], star_ok: bool) -> V {
    ps.iter().try_for_each(|p| pattern(p, star_ok))
}

fn pattern(p: &Pattern, star_ok: bool) -> V {
    positions(&p.range)?;
    match &p.kind {
        PatternKind::MatchValue { value } => match_value(value),
        PatternKind::MatchSingleton { value } => {
            if !matches!(value, Constant::None | Constant::Bool(_)) {
                return fail("MatchSingleton can only contain True, False and None");
            }
            Ok(())
        }
        PatternKind::MatchSequence { patterns: ps } => patterns(ps, true),
        PatternKind::MatchMapping {
            keys,
            patterns: ps,
            rest,
        } => {
            if keys.len() != ps.len() {
                return fail("MatchMapping doesn't have the same number of keys as patterns");
            }
            if let Some(r) = rest {
                capture(r)?;
            }
            for k in keys {
                if !matches!(
                    k.kind,
                    ExprKind::Constant { .. } | ExprKind::Attribute { .. }
                ) {
                    match_value(k)?;
                }
                load(k)?;
            }
            patterns(ps, false)
        }
        PatternKind::MatchClass {
            cls,
            patterns: ps,
            kwd_attrs,
            kwd_patterns,
        } => {
            load(cls)?;
            let mut c = &**cls;
            while let ExprKind::Attribute { value, .. } = &c.kind {
                c = value;
            }
            if !matches!(c.kind, ExprKind::Name { .. }) {
                return fail("MatchClass cls field can only contain Name or Attribute nodes.");
            }
            if kwd_attrs.len() != kwd_patterns.len() {
                return fail(
                    "MatchClass doesn't have the same number of keyword attributes as patterns",
                );
            }
            kwd_attrs.iter().try_for_each(|a| name(a))?;
            patterns(ps, false)?;
            patterns(kwd_patterns, false)
        }
        PatternKind::MatchStar { name: n } => {
            if !star_ok {
                return fail("can't use MatchStar here");
            }
            n.as_deref().map_or(Ok(()), capture)
        }
        PatternKind::MatchAs {
            pattern: inner,
            name: n,
        } => {
            if let Some(n) = n {
                capture(n)?;
            }
            match inner {
                Some(_) if n.is_none() => {
                    fail("MatchAs must specify a target name if a pattern is given")
                }
                Some(inner) => pattern(inner, false),
                None => Ok(()),
            }
        }
        PatternKind::MatchOr { patterns: ps } => {
            if ps.len() < 2 {
                return fail("MatchOr requires at least 2 patterns");
            }
            patterns(ps, false)
        }
    }
}
