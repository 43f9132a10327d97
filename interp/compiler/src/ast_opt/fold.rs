//! The folds `ast_opt.c` applies to one expression node once its children are optimised:
//! `fold_unaryop`, `fold_binop`, `fold_tuple`, `fold_subscr`, `fold_iter` and `fold_compare`.
//! A node that folds becomes a `Constant` where it stands (`make_const`: its location kept, its
//! `kind` dropped).

use krait_syntax::ast::{CmpOp, Constant, Expr, ExprContext, ExprKind, Operator, UnaryOp};

use super::{format, ops};

fn constant(e: &Expr) -> Option<&Constant> {
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(value),
        _ => None,
    }
}

/// `make_const`: `None` (CPython's error, which it clears) leaves the node as it is.
fn make_const(e: &mut Expr, value: Option<Constant>) {
    if let Some(value) = value {
        e.kind = ExprKind::Constant { value, kind: None };
    }
}

/// Moves the node's kind out, leaving a placeholder that is overwritten at once.
fn take_kind(e: &mut Expr) -> ExprKind {
    std::mem::replace(
        &mut e.kind,
        ExprKind::Constant {
            value: Constant::None,
            kind: None,
        },
    )
}

/// `fold_unaryop`: an operator applied to a constant, or `not` of a single `is`/`is not`/`in`/
/// `not in` comparison turned into the opposite comparison (never `==`, `<` and the like, whose
/// inverses a type may define differently).
pub(super) fn unaryop(e: &mut Expr) {
    let ExprKind::UnaryOp { op, operand } = &mut e.kind else {
        return;
    };
    match &mut operand.kind {
        ExprKind::Constant { value, .. } => {
            let folded = ops::unary(*op, value);
            make_const(e, folded);
        }
        ExprKind::Compare { ops, .. } if *op == UnaryOp::Not && ops.len() == 1 => {
            let inverse = match ops[0] {
                CmpOp::Is => CmpOp::IsNot,
                CmpOp::IsNot => CmpOp::Is,
                CmpOp::In => CmpOp::NotIn,
                CmpOp::NotIn => CmpOp::In,
                _ => return,
            };
            ops[0] = inverse;
            // `COPY_NODE(node, arg)`: the comparison takes the `not`'s place, with its own
            // location.
            if let ExprKind::UnaryOp { operand, .. } = take_kind(e) {
                *e = *operand;
            }
        }
        _ => {}
    }
}

/// `fold_binop`: a `str % tuple` becomes an f-string where `optimize_format` can, otherwise two
/// constant operands fold.
pub(super) fn binop(e: &mut Expr) {
    let ExprKind::BinOp { left, op, right } = &mut e.kind else {
        return;
    };
    let Some(lv) = constant(left) else {
        return;
    };
    if *op == Operator::Mod
        && let Constant::Str(fmt) = lv
        && let ExprKind::Tuple { elts, .. } = &mut right.kind
    {
        if let Some(joined) = format::optimize_format(fmt, elts) {
            e.kind = joined;
        }
        return;
    }
    let Some(rv) = constant(right) else {
        return;
    };
    let folded = ops::binary(*op, lv, rv);
    make_const(e, folded);
}

/// `make_const_tuple`: the constants of `elts` if every one is a constant.
fn const_tuple(elts: &[Expr]) -> Option<Vec<Constant>> {
    elts.iter().map(|e| constant(e).cloned()).collect()
}

/// `fold_tuple`: a loaded tuple display of constants is a constant tuple.
pub(super) fn tuple(e: &mut Expr) {
    let ExprKind::Tuple { elts, ctx } = &e.kind else {
        return;
    };
    if *ctx != ExprContext::Load {
        return;
    }
    let folded = const_tuple(elts).map(Constant::Tuple);
    make_const(e, folded);
}

/// `fold_subscr`: a constant indexed by a constant.
pub(super) fn subscr(e: &mut Expr) {
    let ExprKind::Subscript { value, slice, ctx } = &e.kind else {
        return;
    };
    if *ctx != ExprContext::Load {
        return;
    }
    let (Some(v), Some(i)) = (constant(value), constant(slice)) else {
        return;
    };
    let folded = ops::subscript(v, i);
    make_const(e, folded);
}

/// `fold_iter`, for what is only iterated (`in`'s right side, a `for` loop's or a
/// comprehension's iterable): a list display without starred items becomes a tuple (a constant
/// one if its items are constants), a set display of constants a frozenset.
pub(super) fn iter(e: &mut Expr) {
    let folded = match &mut e.kind {
        ExprKind::List { elts, ctx } => {
            if elts
                .iter()
                .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
            {
                return;
            }
            let folded = const_tuple(elts).map(Constant::Tuple);
            let elts = std::mem::take(elts);
            let ctx = *ctx;
            e.kind = ExprKind::Tuple { elts, ctx };
            folded
        }
        ExprKind::Set { elts } => const_tuple(elts).map(ops::frozenset),
        _ => return,
    };
    make_const(e, folded);
}

/// `fold_compare`: the last comparison's right side, if it is `in` or `not in`.
pub(super) fn compare(e: &mut Expr) {
    let ExprKind::Compare {
        ops, comparators, ..
    } = &mut e.kind
    else {
        return;
    };
    if matches!(ops.last(), Some(CmpOp::In | CmpOp::NotIn))
        && let Some(last) = comparators.last_mut()
    {
        iter(last);
    }
}
