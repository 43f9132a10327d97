//! Float to text as CPython writes it (`Python/pystrtod.c`'s `PyOS_double_to_string`): `repr`
//! with the shortest round-tripping digits (switching to exponent notation below 1e-4 and from
//! 1e16), and the fixed, exponent and general forms that `format` and `%` use. Rust's own
//! float formatting supplies correctly rounded digits; this module only lays them out.

/// Shortest digits and decimal exponent of a finite, non-zero `x.abs()`: `(digits, decpt)`
/// where the value is `0.DIGITS * 10**decpt`.
fn shortest_digits(x: f64) -> (String, i32) {
    let s = format!("{:e}", x.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    (digits, exp + 1)
}

/// Lays out `0.DIGITS * 10**decpt` in positional notation, with at least one digit after the
/// point when `force_point`.
fn positional(digits: &str, decpt: i32, force_point: bool) -> String {
    let n = digits.len() as i32;
    let mut out = String::new();
    if decpt <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-decpt) as usize));
        out.push_str(digits);
    } else if decpt >= n {
        out.push_str(digits);
        out.extend(std::iter::repeat_n('0', (decpt - n) as usize));
        if force_point {
            out.push_str(".0");
        }
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
    out
}

/// Lays out `D.IGITS e±XX` with at least two exponent digits.
fn scientific(digits: &str, exp: i32) -> String {
    let mut out = String::new();
    out.push_str(&digits[..1]);
    if digits.len() > 1 {
        out.push('.');
        out.push_str(&digits[1..]);
    }
    out.push_str(&exp_suffix(exp));
    out
}

/// `e+05`, `e-10`, `e+100`.
fn exp_suffix(exp: i32) -> String {
    format!("e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// Non-finite values as Python writes them.
fn special(x: f64, upper: bool) -> Option<String> {
    let s = if x.is_nan() {
        "nan"
    } else if x.is_infinite() {
        if x > 0.0 { "inf" } else { "-inf" }
    } else {
        return None;
    };
    Some(if upper {
        s.to_uppercase()
    } else {
        s.to_string()
    })
}

/// `repr(x)` (and `str(x)`).
pub fn repr(x: f64) -> String {
    if let Some(s) = special(x, false) {
        return s;
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0" } else { "0.0" }.to_string();
    }
    let (digits, decpt) = shortest_digits(x);
    let body = if -4 < decpt && decpt <= 16 {
        positional(&digits, decpt, true)
    } else {
        scientific(&digits, decpt - 1)
    };
    if x < 0.0 { format!("-{body}") } else { body }
}

/// Rust's formatter panics on precisions past `u16::MAX`, while CPython accepts any `int`. A
/// double's exact decimal expansion has at most 767 significant digits and 1074 digits after
/// the point, so past these caps every further digit is a zero, appended by hand.
const MAX_SIGNIFICANT: usize = 800;
const MAX_FRACTION: usize = 1100;

/// `{x:.prec$e}` for any `prec`.
fn exp_form(x: f64, prec: usize) -> String {
    let p = prec.min(MAX_SIGNIFICANT);
    let mut s = format!("{x:.p$e}");
    if prec > p {
        let at = s.find('e').unwrap_or(s.len());
        s.insert_str(at, &"0".repeat(prec - p));
    }
    s
}

/// `format(x, '.{prec}f')` without sign handling beyond the minus sign.
pub fn fixed(x: f64, prec: usize, upper: bool) -> String {
    if let Some(s) = special(x, upper) {
        return s;
    }
    let p = prec.min(MAX_FRACTION);
    let mut s = format!("{x:.p$}");
    s.push_str(&"0".repeat(prec - p));
    s
}

/// `format(x, '.{prec}e')`.
pub fn exponent(x: f64, prec: usize, upper: bool) -> String {
    if let Some(s) = special(x, upper) {
        return s;
    }
    let s = exp_form(x, prec);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let out = format!("{mant}{}", exp_suffix(exp));
    if upper { out.to_uppercase() } else { out }
}

/// `format(x, '.{prec}g')`: `prec` significant digits, positional when the exponent is in
/// `-4..prec`, trailing zeros removed unless `alt` (`#`).
pub fn general(x: f64, prec: usize, upper: bool, alt: bool) -> String {
    general_impl(x, prec, upper, alt, false)
}

/// `general`, or with `add_dot_0` the format type `''` with a precision: the exponent form
/// starts one digit earlier and a positional result keeps one digit after the point
/// (`format_float_short`'s `Py_DTSF_ADD_DOT_0`).
fn general_impl(x: f64, prec: usize, upper: bool, alt: bool, add_dot_0: bool) -> String {
    if let Some(s) = special(x, upper) {
        return s;
    }
    let p = prec.max(1);
    if x == 0.0 {
        let sign = if x.is_sign_negative() { "-" } else { "" };
        return if alt {
            format!("{sign}0.{}", "0".repeat(p - 1))
        } else {
            format!("{sign}0")
        };
    }
    // Round to p significant digits first; the exponent of the rounded value decides.
    let e_form = exp_form(x.abs(), p - 1);
    let (mant, exp) = e_form.split_once('e').unwrap_or((&e_form, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: String = mant.chars().filter(|c| *c != '.').collect();
    if !alt {
        while digits.len() > 1 && digits.ends_with('0') {
            digits.pop();
        }
    }
    let limit = if add_dot_0 { p as i32 - 1 } else { p as i32 };
    let body = if -4 <= exp && exp < limit {
        let mut s = positional(&digits, exp + 1, add_dot_0);
        if alt && !s.contains('.') {
            s.push('.');
        }
        s
    } else {
        let mut s = scientific(&digits, exp);
        if alt && digits.len() == 1 {
            s.insert(1, '.');
        }
        s
    };
    let body = if upper { body.to_uppercase() } else { body };
    if x < 0.0 { format!("-{body}") } else { body }
}

/// The format type `''` with a precision (`format(x, '.3')`): like `g` but a positional result
/// keeps at least one digit after the point, and the exponent switch is at `prec`.
pub fn general_repr_style(x: f64, prec: Option<usize>) -> String {
    match prec {
        None => repr(x),
        Some(p) => {
            if x == 0.0 {
                return repr(x);
            }
            general_impl(x, p, false, false, true)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_switches_notation_like_cpython() {
        assert_eq!(repr(1e16), "1e+16");
        assert_eq!(repr(1e15), "1000000000000000.0");
        assert_eq!(repr(0.0001), "0.0001");
        assert_eq!(repr(0.00001), "1e-05");
        assert_eq!(repr(-0.0), "-0.0");
        assert_eq!(repr(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(repr(1.5e300), "1.5e+300");
        assert_eq!(repr(123.0), "123.0");
    }

    #[test]
    fn general_format() {
        assert_eq!(general(1234567.0, 6, false, false), "1.23457e+06");
        assert_eq!(general(0.0001, 6, false, false), "0.0001");
        assert_eq!(general(100.0, 6, false, false), "100");
        assert_eq!(exponent(12345.678, 2, false), "1.23e+04");
    }
}
