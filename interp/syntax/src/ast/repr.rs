//! Python's `repr()` of the scalar values an AST holds: float and complex (CPython's "short" float
//! repr style), str and bytes (quote choice and escapes).

/// `repr` of str (lone surrogates included) and bytes is shared with the rest of the crate; its
/// printability test uses the generated Unicode tables, so it is `str.isprintable()` exactly,
/// unassigned code points included (`repr('\u0378')` escapes it).
pub use crate::pyrepr::{repr_bytes, repr_pystr, repr_str};

/// `repr(x)` of a float: the shortest digits that round-trip, laid out as CPython's
/// `float_repr_style == 'short'` does (`PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0)`).
pub fn repr_float(x: f64) -> String {
    format_shortest(x, true, false)
}

/// `repr(complex(real, imag))`, following `complex_repr`: a real part of +0.0 is left out together with
/// the parentheses (`1j`, `-0j`); otherwise `(real±imagj)`. Neither part gets a `.0`.
pub fn repr_complex(real: f64, imag: f64) -> String {
    if real == 0.0 && real.is_sign_positive() {
        format!("{}j", format_shortest(imag, false, false))
    } else {
        format!(
            "({}{}j)",
            format_shortest(real, false, false),
            format_shortest(imag, false, true)
        )
    }
}

/// The shortest round-trip repr of `x`; `add_dot_0` appends `.0` to a plain integer-looking result and
/// `force_sign` writes `+` for non-negative values (`Py_DTSF_ADD_DOT_0`, `Py_DTSF_SIGN`).
fn format_shortest(x: f64, add_dot_0: bool, force_sign: bool) -> String {
    let mut out = String::new();
    // CPython ignores the sign bit of a NaN (`format_float_short`).
    if x.is_sign_negative() && !x.is_nan() {
        out.push('-');
    } else if force_sign {
        out.push('+');
    }
    if x.is_nan() {
        out.push_str("nan");
        return out;
    }
    if x.is_infinite() {
        out.push_str("inf");
        return out;
    }
    let sci = shortest_scientific(x.abs());
    let (mantissa, exponent) = sci
        .split_once('e')
        .expect("`{:e}` always writes an exponent");
    let digits: String = mantissa.chars().filter(|&c| c != '.').collect();
    let exponent: i32 = exponent.parse().expect("`{:e}` writes a decimal exponent");
    // `decpt` is where the decimal point goes relative to the digit string (value = 0.DIGITS * 10^decpt).
    let decpt = exponent + 1;
    let n = digits.len() as i32;
    if !(-4 < decpt && decpt <= 16) {
        // Exponent form: at least two exponent digits, always signed (`1e+16`, `1e-05`).
        out.push_str(&digits[..1]);
        if n > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        out.push_str(&format!("e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs()));
    } else if decpt <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-decpt) as usize));
        out.push_str(&digits);
    } else if decpt >= n {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', (decpt - n) as usize));
        if add_dot_0 {
            out.push_str(".0");
        }
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
    out
}

/// The shortest round-trip digits of `x` as `d.ddde<exp>`, choosing among equally short candidates as
/// David Gay's `dtoa` mode 0 does (the one nearest `x`, ties to even). Rust's `{:e}` breaks an exact
/// tie upwards (`217638706374237.13` where CPython prints `...237.12`), so the digit count is taken
/// from it and the digits from Rust's exact formatting, which rounds ties to even, whenever that
/// candidate also round-trips.
fn shortest_scientific(x: f64) -> String {
    let shortest = format!("{x:e}");
    let digits = shortest
        .split('e')
        .next()
        .map_or(1, |m| m.chars().filter(char::is_ascii_digit).count());
    let nearest = format!("{x:.*e}", digits - 1);
    if nearest.parse::<f64>() == Ok(x) {
        nearest
    } else {
        shortest
    }
}
