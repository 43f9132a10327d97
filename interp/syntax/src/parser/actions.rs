//! Helpers the grammar's actions call (`Parser/action_helpers.c` and the `_PyPegen_*` functions of
//! `pegen.c`): setting expression contexts, naming expressions in error messages, joining dotted
//! names, the legacy `print`/`exec` check, and the targets reported by invalid-target errors.

use super::core::Parser;
use crate::ast::{Constant, Expr, ExprContext, ExprKind, Range};

/// `_PyPegen_set_expr_context`: `e` (a Name, Tuple, List, Starred, Attribute or Subscript) with
/// context `ctx`, recursively through tuples, lists and starred items.
pub(crate) fn set_context(mut e: Expr, ctx: ExprContext) -> Expr {
    set_context_in_place(&mut e, ctx);
    e
}

fn set_context_in_place(e: &mut Expr, new: ExprContext) {
    match &mut e.kind {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => *ctx = new,
        ExprKind::Starred { value, ctx } => {
            *ctx = new;
            set_context_in_place(value, new);
        }
        ExprKind::Tuple { elts, ctx } | ExprKind::List { elts, ctx } => {
            *ctx = new;
            for elt in elts {
                set_context_in_place(elt, new);
            }
        }
        _ => {}
    }
}

/// `_PyPegen_get_expr_name`: how CPython names an expression in "cannot assign to %s".
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Which kind of target an invalid-target error is about (`TARGETS_TYPE` of `pegen.h`; the
/// variants keep CPython's names).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(clippy::enum_variant_names)]
pub(crate) enum TargetsType {
    StarTargets,
    DelTargets,
    ForTargets,
}

/// `_PyPegen_get_invalid_target`: the first sub-expression that cannot be a target, if any.
pub(crate) fn invalid_target(e: &Expr, ty: TargetsType) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|elt| invalid_target(elt, ty))
        }
        ExprKind::Starred { value, .. } => {
            if ty == TargetsType::DelTargets {
                Some(e)
            } else {
                invalid_target(value, ty)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            // `for x in y` parses as a comparison; the target is what precedes the `in`.
            if ty == TargetsType::ForTargets {
                if ops.first() == Some(&crate::ast::CmpOp::In) {
                    invalid_target(left, ty)
                } else {
                    None
                }
            } else {
                Some(e)
            }
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// `_PyPegen_join_names_with_dot`: `a.b` as one Name whose id contains the dot.
pub(crate) fn join_names_with_dot(a: &Expr, b: &Expr) -> Expr {
    let id_of = |e: &Expr| match &e.kind {
        ExprKind::Name { id, .. } => id.clone(),
        _ => String::new(),
    };
    Expr::new(
        ExprKind::Name {
            id: format!("{}.{}", id_of(a), id_of(b)),
            ctx: ExprContext::Load,
        },
        Range::new(
            a.range.lineno,
            a.range.col_offset,
            b.range.end_lineno,
            b.range.end_col_offset,
        ),
    )
}

/// The identifier of a Name expression.
pub(crate) fn name_id(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name { id, .. } => id.clone(),
        _ => String::new(),
    }
}

impl Parser<'_> {
    /// `_PyPegen_check_legacy_stmt`: whether `name` is `print` or `exec`.
    pub(crate) fn is_legacy_stmt(&self, name: &Expr) -> bool {
        matches!(&name.kind, ExprKind::Name { id, .. } if id == "print" || id == "exec")
    }

    /// `RAISE_SYNTAX_ERROR_INVALID_TARGET(type, e)`: "cannot assign to %s" / "cannot delete %s"
    /// at the first invalid part of `e`; when every part is a valid target nothing is raised and
    /// the rule simply fails.
    pub(crate) fn raise_invalid_target(&mut self, ty: TargetsType, e: &Expr) -> Option<()> {
        if let Some(bad) = invalid_target(e, ty) {
            let verb = if ty == TargetsType::DelTargets {
                "delete"
            } else {
                "assign to"
            };
            let msg = format!("cannot {verb} {}", expr_name(bad));
            self.raise_at(bad.range, &msg);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(id: &str) -> Expr {
        Expr::new(
            ExprKind::Name {
                id: id.into(),
                ctx: ExprContext::Load,
            },
            Range::new(1, 0, 1, 1),
        )
    }

    #[test]
    fn context_reaches_nested_targets() {
        let t = Expr::new(
            ExprKind::Tuple {
                elts: vec![name("a"), name("b")],
                ctx: ExprContext::Load,
            },
            Range::default(),
        );
        let t = set_context(t, ExprContext::Store);
        let ExprKind::Tuple { elts, ctx } = &t.kind else {
            panic!("still a tuple")
        };
        assert_eq!(*ctx, ExprContext::Store);
        assert!(elts.iter().all(|e| matches!(
            e.kind,
            ExprKind::Name {
                ctx: ExprContext::Store,
                ..
            }
        )));
    }

    #[test]
    fn invalid_targets_are_found_inside_tuples() {
        let call = Expr::new(
            ExprKind::Call {
                func: Box::new(name("f")),
                args: vec![],
                keywords: vec![],
            },
            Range::default(),
        );
        let t = Expr::new(
            ExprKind::Tuple {
                elts: vec![name("a"), call],
                ctx: ExprContext::Load,
            },
            Range::default(),
        );
        let bad = invalid_target(&t, TargetsType::StarTargets).unwrap();
        assert_eq!(expr_name(bad), "function call");
        assert!(invalid_target(&name("x"), TargetsType::DelTargets).is_none());
    }
}
