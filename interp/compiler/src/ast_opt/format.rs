//! `optimize_format`: `'...' % (a, b)` rewritten as the f-string it means, when every conversion
//! is one 3.11.7 knows how to translate (`%s`, `%r`, `%a` with an optional `-` flag, a width and
//! a precision of at most two digits each) and there are exactly as many items as conversions.

use krait_syntax::ast::{Constant, Expr, ExprKind};
use krait_syntax::pystr::PyStrBuf;

use super::NO_LOCATION;

/// `MAXDIGITS`: a width or precision with this many digits is not translated.
const MAX_DIGITS: u32 = 3;

/// One part of the translated f-string.
enum Piece {
    /// Text between conversions, `%%` already turned into `%`.
    Literal(PyStrBuf),
    /// A conversion of the next item: `!s`, `!r` or `!a`, and its format spec.
    Value {
        conversion: u32,
        spec: Option<String>,
    },
}

/// `parse_literal`: the text up to the next lone `%` (or the end), if any.
fn parse_literal(fmt: &[u32], pos: &mut usize) -> Option<PyStrBuf> {
    let start = *pos;
    let mut text = Vec::new();
    while *pos < fmt.len() {
        if fmt[*pos] != u32::from('%') {
            text.push(fmt[*pos]);
            *pos += 1;
        } else if *pos + 1 < fmt.len() && fmt[*pos + 1] == u32::from('%') {
            text.push(u32::from('%'));
            *pos += 2;
        } else {
            break;
        }
    }
    if *pos == start {
        return None;
    }
    PyStrBuf::from_code_points(text)
}

/// The flags `simple_format_arg_parse` reads.
#[derive(Default)]
struct Spec {
    left: bool,
    width: Option<u32>,
    precision: Option<u32>,
    conversion: u32,
}

/// A run of at most `MAX_DIGITS - 1` decimal digits starting at `ch`; `None` for more, or when
/// the string ends (`NEXTC` failing).
fn digits(fmt: &[u32], pos: &mut usize, ch: &mut u32) -> Option<u32> {
    let mut value = 0;
    let mut count = 0;
    while let Some(d) = char::from_u32(*ch).and_then(|c| c.to_digit(10)) {
        value = value * 10 + d;
        *ch = *fmt.get(*pos)?;
        *pos += 1;
        count += 1;
        if count >= MAX_DIGITS {
            return None;
        }
    }
    Some(value)
}

/// `simple_format_arg_parse`: flags, width, precision and the conversion character after a `%`.
fn parse_spec(fmt: &[u32], pos: &mut usize) -> Option<Spec> {
    let mut spec = Spec::default();
    let next = |pos: &mut usize| {
        let ch = *fmt.get(*pos)?;
        *pos += 1;
        Some(ch)
    };
    let mut ch;
    loop {
        ch = next(pos)?;
        match char::from_u32(ch) {
            Some('-') => spec.left = true,
            Some('+' | ' ' | '#' | '0') => {}
            _ => break,
        }
    }
    if char::from_u32(ch).is_some_and(|c| c.is_ascii_digit()) {
        spec.width = Some(digits(fmt, pos, &mut ch)?);
    }
    if ch == u32::from('.') {
        ch = next(pos)?;
        spec.precision = Some(digits(fmt, pos, &mut ch)?);
    }
    spec.conversion = ch;
    Some(spec)
}

/// `parse_format`: the f-string conversion and format spec of one `%` unit; only `s`, `r` and
/// `a` translate, right-aligned unless `-` is given (the other flags mean nothing to them).
fn parse_format(fmt: &[u32], pos: &mut usize) -> Option<Piece> {
    let spec = parse_spec(fmt, pos)?;
    if !matches!(char::from_u32(spec.conversion), Some('s' | 'r' | 'a')) {
        return None;
    }
    let mut text = String::new();
    if let Some(w) = spec.width {
        if !spec.left && w > 0 {
            text.push('>');
        }
        text.push_str(&w.to_string());
    }
    if let Some(p) = spec.precision {
        text.push_str(&format!(".{p}"));
    }
    Some(Piece::Value {
        conversion: spec.conversion,
        spec: (!text.is_empty()).then_some(text),
    })
}

fn str_node(s: PyStrBuf) -> Expr {
    Expr::new(
        ExprKind::Constant {
            value: Constant::Str(s),
            kind: None,
        },
        NO_LOCATION,
    )
}

/// `optimize_format`: the `JoinedStr` replacing `fmt % (elts...)`, or `None` to leave it alone
/// (starred items, an unsupported conversion, more or fewer items than conversions). The new
/// text constants have no location; each formatted value takes its item's.
pub(super) fn optimize_format(fmt: &PyStrBuf, elts: &mut Vec<Expr>) -> Option<ExprKind> {
    if elts
        .iter()
        .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
    {
        return None;
    }
    let fmt: Vec<u32> = fmt.code_points().collect();
    let mut pieces = Vec::new();
    let mut pos = 0;
    let mut count = 0;
    loop {
        if let Some(text) = parse_literal(&fmt, &mut pos) {
            pieces.push(Piece::Literal(text));
        }
        if pos >= fmt.len() {
            break;
        }
        if count >= elts.len() {
            return None;
        }
        // Past the `%`.
        pos += 1;
        pieces.push(parse_format(&fmt, &mut pos)?);
        count += 1;
    }
    if count < elts.len() {
        return None;
    }
    let mut items = std::mem::take(elts).into_iter();
    let mut values = Vec::with_capacity(pieces.len());
    for piece in pieces {
        values.push(match piece {
            Piece::Literal(text) => str_node(text),
            Piece::Value { conversion, spec } => {
                let item = items.next()?;
                let range = item.range;
                let format_spec = spec.map(|s| Box::new(str_node(PyStrBuf::from(s.as_str()))));
                Expr::new(
                    ExprKind::FormattedValue {
                        value: Box::new(item),
                        conversion: conversion as i32,
                        format_spec,
                    },
                    range,
                )
            }
        });
    }
    Some(ExprKind::JoinedStr { values })
}
