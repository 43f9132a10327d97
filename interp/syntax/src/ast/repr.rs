//! Python's `repr()` of the scalar values an AST holds: float and complex (CPython's "short" float
//! repr style), str and bytes (quote choice and escapes).

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

/// The quote `repr` uses: `"` only when the text has a `'` and no `"` (`unicode_repr`, `bytes_repr`).
fn choose_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double { '"' } else { '\'' }
}

/// `repr(s)` of a str.
pub fn repr_str(s: &str) -> String {
    let quote = choose_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if c.is_ascii() || is_printable(c) => out.push(c),
            c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// `repr(b)` of a bytes object.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = choose_quote(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if byte as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(byte as char),
            _ => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable()` for one character.
///
/// APPROXIMATION (swap for the generated Unicode tables when they land): exact for the control (Cc),
/// separator (Zs, Zl, Zp), format (Cf), surrogate and private-use (Co) characters of Unicode 14.0 and
/// for the noncharacters and the large unassigned blocks of planes 3–14; other unassigned (Cn) code
/// points are wrongly reported printable.
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x7f {
        return cp >= 0x20;
    }
    if cp & 0xfffe == 0xfffe || (0xfdd0..=0xfdef).contains(&cp) {
        return false;
    }
    !NOT_PRINTABLE.iter().any(|&(lo, hi)| lo <= cp && cp <= hi)
}

/// Non-ASCII ranges that are not printable (see [`is_printable`] for what is missing).
const NOT_PRINTABLE: &[(u32, u32)] = &[
    (0x7f, 0xa0),
    (0xad, 0xad),
    (0x600, 0x605),
    (0x61c, 0x61c),
    (0x6dd, 0x6dd),
    (0x70f, 0x70f),
    (0x890, 0x891),
    (0x8e2, 0x8e2),
    (0x1680, 0x1680),
    (0x180e, 0x180e),
    (0x2000, 0x200f),
    (0x2028, 0x202f),
    (0x205f, 0x206f),
    (0x3000, 0x3000),
    (0xe000, 0xf8ff),
    (0xfeff, 0xfeff),
    (0xfff9, 0xfffb),
    (0x110bd, 0x110bd),
    (0x110cd, 0x110cd),
    (0x13430, 0x13438),
    (0x1bca0, 0x1bca3),
    (0x1d173, 0x1d17a),
    (0x3134b, 0xdffff),
    (0xe0000, 0xe00ff),
    (0xe01f0, 0x10ffff),
];
