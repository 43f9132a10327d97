//! `_PyAST_ExprAsUnicode` (`Python/ast_unparse.c`): an expression's source text as PEP 563
//! annotations keep it. The text is rebuilt from the tree, so it is CPython's canonical spelling
//! rather than the source's: one space around binary operators, parentheses only where the
//! operators' priorities need them, constants by `repr` (with infinities spelled `1e309`), and
//! f-strings re-quoted as a whole.

use krait_syntax::ast::{
    Arg, Arguments, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, Keyword, Operator,
    UnaryOp,
};
use krait_syntax::pyrepr::repr_pystr;
use krait_syntax::pystr::PyStrBuf;

/// The priority levels of `ast_unparse.c`, lowest first: an expression is parenthesised when it
/// appears where a higher level is required.
mod pr {
    pub const TUPLE: u8 = 0;
    /// `if`-`else`, `lambda`.
    pub const TEST: u8 = 1;
    pub const OR: u8 = 2;
    pub const AND: u8 = 3;
    pub const NOT: u8 = 4;
    pub const CMP: u8 = 5;
    /// `|`, and the level of a starred or `**` operand.
    pub const EXPR: u8 = 6;
    pub const BOR: u8 = EXPR;
    pub const BXOR: u8 = 7;
    pub const BAND: u8 = 8;
    pub const SHIFT: u8 = 9;
    pub const ARITH: u8 = 10;
    pub const TERM: u8 = 11;
    pub const FACTOR: u8 = 12;
    pub const POWER: u8 = 13;
    pub const AWAIT: u8 = 14;
    pub const ATOM: u8 = 15;
}

/// The text CPython's C unparser gives `e` (`expr_as_unicode(e, PR_TEST)`).
pub(crate) fn expr_as_unicode(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, pr::TEST);
    out
}

/// `APPEND_STR_IF(level > pr, "(")` and its closing twin around `body`.
fn parenthesised(out: &mut String, open: bool, body: impl FnOnce(&mut String)) {
    if open {
        out.push('(');
    }
    body(out);
    if open {
        out.push(')');
    }
}

/// `append_repr`: `repr(value)`, where a float's or complex's infinity is written `1e309` so
/// that the text evaluates back to it.
fn append_repr(out: &mut String, value: &Constant) {
    let text = value.repr();
    if matches!(value, Constant::Float(_) | Constant::Complex { .. }) {
        out.push_str(&text.replace("inf", "1e309"));
    } else {
        out.push_str(&text);
    }
}

/// `append_ast_constant`: `...` for the ellipsis, a tuple item by item, anything else by repr.
fn constant(out: &mut String, value: &Constant) {
    match value {
        Constant::Ellipsis => out.push_str("..."),
        Constant::Tuple(items) => {
            out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                append_repr(out, item);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        other => append_repr(out, other),
    }
}

/// `append_ast_expr`.
fn expr(out: &mut String, e: &Expr, level: u8) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (text, p) = match op {
                BoolOp::And => (" and ", pr::AND),
                BoolOp::Or => (" or ", pr::OR),
            };
            parenthesised(out, level > p, |out| {
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(text);
                    }
                    expr(out, v, p + 1);
                }
            });
        }
        ExprKind::BinOp { left, op, right } => binop(out, left, *op, right, level),
        ExprKind::UnaryOp { op, operand } => {
            let (text, p) = match op {
                UnaryOp::Invert => ("~", pr::FACTOR),
                UnaryOp::Not => ("not ", pr::NOT),
                UnaryOp::UAdd => ("+", pr::FACTOR),
                UnaryOp::USub => ("-", pr::FACTOR),
            };
            parenthesised(out, level > p, |out| {
                out.push_str(text);
                expr(out, operand, p);
            });
        }
        ExprKind::Lambda { args, body } => {
            parenthesised(out, level > pr::TEST, |out| {
                let positional = args.args.len() + args.posonlyargs.len();
                out.push_str(if positional > 0 { "lambda " } else { "lambda" });
                arguments(out, args);
                out.push_str(": ");
                expr(out, body, pr::TEST);
            });
        }
        ExprKind::IfExp { test, body, orelse } => {
            parenthesised(out, level > pr::TEST, |out| {
                expr(out, body, pr::TEST + 1);
                out.push_str(" if ");
                expr(out, test, pr::TEST + 1);
                out.push_str(" else ");
                expr(out, orelse, pr::TEST);
            });
        }
        ExprKind::Dict { keys, values } => dict(out, keys, values),
        ExprKind::Set { elts } => items(out, "{", elts, "}"),
        ExprKind::List { elts, .. } => items(out, "[", elts, "]"),
        ExprKind::Tuple { elts, .. } => tuple(out, elts, level),
        ExprKind::GeneratorExp { elt, generators } => {
            comprehension(out, "(", elt, None, generators, ")");
        }
        ExprKind::ListComp { elt, generators } => {
            comprehension(out, "[", elt, None, generators, "]");
        }
        ExprKind::SetComp { elt, generators } => {
            comprehension(out, "{", elt, None, generators, "}");
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => comprehension(out, "{", key, Some(value), generators, "}"),
        ExprKind::Yield { value } => match value {
            None => out.push_str("(yield)"),
            Some(v) => {
                out.push_str("(yield ");
                expr(out, v, pr::TEST);
                out.push(')');
            }
        },
        ExprKind::YieldFrom { value } => {
            out.push_str("(yield from ");
            expr(out, value, pr::TEST);
            out.push(')');
        }
        ExprKind::Await { value } => {
            parenthesised(out, level > pr::AWAIT, |out| {
                out.push_str("await ");
                expr(out, value, pr::ATOM);
            });
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => compare(out, left, ops, comparators, level),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => call(out, func, args, keywords),
        ExprKind::Constant { value, .. } => constant(out, value),
        ExprKind::JoinedStr { values } => {
            out.push('f');
            out.push_str(&repr_pystr(&fstring_body(values, false)));
        }
        ExprKind::FormattedValue { .. } => {
            let mut text = PyStrBuf::new();
            formatted_value(&mut text, e);
            out.push_str(&text.to_string_lossy());
        }
        ExprKind::Attribute { value, attr, .. } => attribute(out, value, attr),
        ExprKind::Subscript { value, slice, .. } => {
            expr(out, value, pr::ATOM);
            out.push('[');
            expr(out, slice, pr::TUPLE);
            out.push(']');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            expr(out, value, pr::EXPR);
        }
        ExprKind::Slice { lower, upper, step } => {
            slice(out, lower.as_deref(), upper.as_deref(), step.as_deref());
        }
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::NamedExpr { target, value } => {
            parenthesised(out, level > pr::TUPLE, |out| {
                expr(out, target, pr::ATOM);
                out.push_str(":=");
                expr(out, value, pr::ATOM);
            });
        }
    }
}

/// `append_ast_dict`: `**` entries at the level of a starred operand.
fn dict(out: &mut String, keys: &[Option<Expr>], values: &[Expr]) {
    out.push('{');
    for (i, (k, v)) in keys.iter().zip(values).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match k {
            Some(k) => {
                expr(out, k, pr::TEST);
                out.push_str(": ");
                expr(out, v, pr::TEST);
            }
            None => {
                out.push_str("**");
                expr(out, v, pr::EXPR);
            }
        }
    }
    out.push('}');
}

/// `append_ast_attribute`: `1 .real`, since an int needs the space to be read as an attribute
/// access (a bool or float does not get one).
fn attribute(out: &mut String, value: &Expr, attr: &str) {
    expr(out, value, pr::ATOM);
    let int = matches!(
        value.kind,
        ExprKind::Constant {
            value: Constant::Int(_),
            ..
        }
    );
    out.push_str(if int { " ." } else { "." });
    out.push_str(attr);
}

/// `append_ast_slice`.
fn slice(out: &mut String, lower: Option<&Expr>, upper: Option<&Expr>, step: Option<&Expr>) {
    if let Some(lower) = lower {
        expr(out, lower, pr::TEST);
    }
    out.push(':');
    if let Some(upper) = upper {
        expr(out, upper, pr::TEST);
    }
    if let Some(step) = step {
        out.push(':');
        expr(out, step, pr::TEST);
    }
}

/// `append_ast_binop`: `**` binds its right operand looser than its left (right-associative).
fn binop(out: &mut String, left: &Expr, op: Operator, right: &Expr, level: u8) {
    let (text, p) = match op {
        Operator::Add => (" + ", pr::ARITH),
        Operator::Sub => (" - ", pr::ARITH),
        Operator::Mult => (" * ", pr::TERM),
        Operator::MatMult => (" @ ", pr::TERM),
        Operator::Div => (" / ", pr::TERM),
        Operator::Mod => (" % ", pr::TERM),
        Operator::LShift => (" << ", pr::SHIFT),
        Operator::RShift => (" >> ", pr::SHIFT),
        Operator::BitOr => (" | ", pr::BOR),
        Operator::BitXor => (" ^ ", pr::BXOR),
        Operator::BitAnd => (" & ", pr::BAND),
        Operator::FloorDiv => (" // ", pr::TERM),
        Operator::Pow => (" ** ", pr::POWER),
    };
    let rassoc = u8::from(op == Operator::Pow);
    parenthesised(out, level > p, |out| {
        expr(out, left, p + rassoc);
        out.push_str(text);
        expr(out, right, p + 1 - rassoc);
    });
}

/// `append_ast_compare`.
fn compare(out: &mut String, left: &Expr, ops: &[CmpOp], comparators: &[Expr], level: u8) {
    parenthesised(out, level > pr::CMP, |out| {
        expr(out, left, pr::CMP + 1);
        for (op, right) in ops.iter().zip(comparators) {
            out.push_str(match op {
                CmpOp::Eq => " == ",
                CmpOp::NotEq => " != ",
                CmpOp::Lt => " < ",
                CmpOp::LtE => " <= ",
                CmpOp::Gt => " > ",
                CmpOp::GtE => " >= ",
                CmpOp::Is => " is ",
                CmpOp::IsNot => " is not ",
                CmpOp::In => " in ",
                CmpOp::NotIn => " not in ",
            });
            expr(out, right, pr::CMP + 1);
        }
    });
}

/// A set or list display.
fn items(out: &mut String, open: &str, elts: &[Expr], close: &str) {
    out.push_str(open);
    for (i, e) in elts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, e, pr::TEST);
    }
    out.push_str(close);
}

/// `append_ast_tuple`: `()` when empty, parenthesised unless at tuple level, `(x,)` for one.
fn tuple(out: &mut String, elts: &[Expr], level: u8) {
    if elts.is_empty() {
        out.push_str("()");
        return;
    }
    parenthesised(out, level > pr::TUPLE, |out| {
        for (i, e) in elts.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            expr(out, e, pr::TEST);
        }
        if elts.len() == 1 {
            out.push(',');
        }
    });
}

/// A comprehension in its brackets: the element (`key: value` for a dict), then each `for`.
fn comprehension(
    out: &mut String,
    open: &str,
    elt: &Expr,
    value: Option<&Expr>,
    generators: &[Comprehension],
    close: &str,
) {
    out.push_str(open);
    expr(out, elt, pr::TEST);
    if let Some(value) = value {
        out.push_str(": ");
        expr(out, value, pr::TEST);
    }
    for g in generators {
        out.push_str(if g.is_async != 0 {
            " async for "
        } else {
            " for "
        });
        expr(out, &g.target, pr::TUPLE);
        out.push_str(" in ");
        expr(out, &g.iter, pr::TEST + 1);
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, pr::TEST + 1);
        }
    }
    out.push_str(close);
}

/// `append_ast_call`: a lone generator expression argument keeps only its own parentheses.
fn call(out: &mut String, func: &Expr, args: &[Expr], keywords: &[Keyword]) {
    expr(out, func, pr::ATOM);
    if let ([only], []) = (args, keywords)
        && let ExprKind::GeneratorExp { elt, generators } = &only.kind
    {
        comprehension(out, "(", elt, None, generators, ")");
        return;
    }
    out.push('(');
    let mut first = true;
    for a in args {
        if !first {
            out.push_str(", ");
        }
        first = false;
        expr(out, a, pr::TEST);
    }
    for k in keywords {
        if !first {
            out.push_str(", ");
        }
        first = false;
        match &k.arg {
            Some(name) => {
                out.push_str(name);
                out.push('=');
            }
            None => out.push_str("**"),
        }
        expr(out, &k.value, pr::TEST);
    }
    out.push(')');
}

/// `append_ast_arg`.
fn arg(out: &mut String, a: &Arg) {
    out.push_str(&a.arg);
    if let Some(annotation) = &a.annotation {
        out.push_str(": ");
        expr(out, annotation, pr::TEST);
    }
}

/// `append_ast_args`: a lambda's parameters, `/` after the positional-only ones, a bare `*`
/// before keyword-only ones when there is no `*args`.
fn arguments(out: &mut String, args: &Arguments) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let positional: Vec<&Arg> = args.posonlyargs.iter().chain(&args.args).collect();
    let n_defaults = args.defaults.len();
    for (i, a) in positional.iter().enumerate() {
        sep(out);
        arg(out, a);
        // The defaults belong to the last parameters.
        if let Some(d) = (i + n_defaults)
            .checked_sub(positional.len())
            .and_then(|di| args.defaults.get(di))
        {
            out.push('=');
            expr(out, d, pr::TEST);
        }
        if !args.posonlyargs.is_empty() && i + 1 == args.posonlyargs.len() {
            out.push_str(", /");
        }
    }
    if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
        if let Some(v) = &args.vararg {
            arg(out, v);
        }
    }
    let n_kw = args.kwonlyargs.len();
    for (i, a) in args.kwonlyargs.iter().enumerate() {
        sep(out);
        arg(out, a);
        let default = (i + args.kw_defaults.len())
            .checked_sub(n_kw)
            .and_then(|di| args.kw_defaults.get(di))
            .and_then(Option::as_ref);
        if let Some(d) = default {
            out.push('=');
            expr(out, d, pr::TEST);
        }
    }
    if let Some(k) = &args.kwarg {
        sep(out);
        out.push_str("**");
        arg(out, k);
    }
}

/// `build_fstring_body`: the f-string's parts, literal text with its braces doubled.
fn fstring_body(values: &[Expr], is_format_spec: bool) -> PyStrBuf {
    let mut body = PyStrBuf::new();
    for v in values {
        fstring_element(&mut body, v, is_format_spec);
    }
    body
}

/// `append_fstring_element`.
fn fstring_element(body: &mut PyStrBuf, e: &Expr, is_format_spec: bool) {
    match &e.kind {
        ExprKind::Constant {
            value: Constant::Str(text),
            ..
        } => {
            for cp in text.code_points() {
                // Every code point of a str fits; braces are doubled to stay literal.
                let _ = body.push_code_point(cp);
                if cp == u32::from('{') || cp == u32::from('}') {
                    let _ = body.push_code_point(cp);
                }
            }
        }
        ExprKind::JoinedStr { values } => {
            let inner = fstring_body(values, is_format_spec);
            if is_format_spec {
                body.extend(&inner);
            } else {
                body.push_str("f");
                body.push_str(&repr_pystr(&inner));
            }
        }
        ExprKind::FormattedValue { .. } => formatted_value(body, e),
        // The parser puts nothing else in an f-string.
        _ => {}
    }
}

/// `append_formattedvalue`: `{expr!conv:spec}`, the expression at a level that parenthesises a
/// lambda, and a space after the brace when the expression starts with one (`{ {1}}`).
fn formatted_value(body: &mut PyStrBuf, e: &Expr) {
    let ExprKind::FormattedValue {
        value,
        conversion,
        format_spec,
    } = &e.kind
    else {
        return;
    };
    let mut text = String::new();
    expr(&mut text, value, pr::TEST + 1);
    body.push_str(if text.starts_with('{') { "{ " } else { "{" });
    body.push_str(&text);
    match char::from_u32(*conversion as u32) {
        Some('a') => body.push_str("!a"),
        Some('r') => body.push_str("!r"),
        Some('s') => body.push_str("!s"),
        _ => {}
    }
    if let Some(spec) = format_spec {
        body.push_str(":");
        fstring_element(body, spec, true);
    }
    body.push_str("}");
}
