//! Formatting: the format-specification mini-language (`Python/formatter_unicode.c`) for
//! `int`, `float` and `str`, the `format()` builtin protocol, `str.format`
//! ([`strformat`]) and printf-style `%` formatting ([`percent`]).

pub mod percent;
pub mod strformat;

pub use percent::{percent_bytes, percent_str};
pub use strformat::{str_format, str_format_map};

use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;
use crate::types::float_repr;
use crate::types::int::Int;

/// A parsed format specification.
#[derive(Clone, Debug)]
pub struct Spec {
    /// Fill character.
    pub fill: char,
    /// `<`, `>`, `^` or `=`.
    pub align: char,
    /// Whether an alignment was given.
    pub align_given: bool,
    /// `+`, `-`, ` ` or none.
    pub sign: Option<char>,
    /// `z`: negative zero becomes positive.
    pub no_neg_0: bool,
    /// `#`.
    pub alternate: bool,
    /// Minimum width.
    pub width: Option<usize>,
    /// `,` or `_` (bin/oct/hex use `_` every four digits).
    pub grouping: Option<char>,
    /// Precision.
    pub precision: Option<usize>,
    /// The presentation type.
    pub ty: Option<char>,
    /// Whether `0` before the width asked for zero padding.
    pub zero_pad: bool,
}

/// Parses `spec` (`parse_internal_render_format_spec`); `default_align` is `>` for numbers and
/// `<` for strings; `type_name` names the object in errors.
pub fn parse_spec(vm: &Vm, spec: &str, default_align: char, type_name: &str) -> PyResult<Spec> {
    let c: Vec<char> = spec.chars().collect();
    let mut pos = 0;
    let mut s = Spec {
        fill: ' ',
        align: default_align,
        align_given: false,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
        zero_pad: false,
    };
    let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
    let mut fill_given = false;
    if c.len() >= 2 && is_align(c[1]) {
        s.fill = c[0];
        s.align = c[1];
        fill_given = true;
        s.align_given = true;
        pos = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        s.align = c[0];
        s.align_given = true;
        pos = 1;
    }
    if pos < c.len() && matches!(c[pos], '+' | '-' | ' ') {
        s.sign = Some(c[pos]);
        pos += 1;
    }
    if pos < c.len() && c[pos] == 'z' {
        s.no_neg_0 = true;
        pos += 1;
    }
    if pos < c.len() && c[pos] == '#' {
        s.alternate = true;
        pos += 1;
    }
    if !fill_given && pos < c.len() && c[pos] == '0' {
        s.fill = '0';
        s.zero_pad = true;
        if !s.align_given && default_align == '>' {
            s.align = '=';
        }
        pos += 1;
    }
    let (width, used) = integer(vm, &c, &mut pos)?;
    if used > 0 {
        s.width = Some(width);
    }
    if pos < c.len() && c[pos] == ',' {
        s.grouping = Some(',');
        pos += 1;
    }
    if pos < c.len() && c[pos] == '_' {
        if s.grouping.is_some() {
            return Err(vm.value_error("Cannot specify both ',' and '_'."));
        }
        s.grouping = Some('_');
        pos += 1;
    }
    if pos < c.len() && c[pos] == ',' && s.grouping == Some('_') {
        return Err(vm.value_error("Cannot specify both ',' and '_'."));
    }
    if pos < c.len() && c[pos] == '.' {
        pos += 1;
        let (p, used) = integer(vm, &c, &mut pos)?;
        if used == 0 {
            return Err(vm.value_error("Format specifier missing precision"));
        }
        s.precision = Some(p);
    }
    if c.len() - pos > 1 {
        return Err(vm.value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if pos < c.len() {
        s.ty = Some(c[pos]);
    }
    if let Some(g) = s.grouping {
        match s.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
            Some(t) => {
                let shown = if (t as u32) > 32 && (t as u32) < 128 {
                    t.to_string()
                } else {
                    format!("\\x{:x}", t as u32)
                };
                return Err(vm.value_error(format!("Cannot specify '{g}' with '{shown}'.")));
            }
        }
    }
    Ok(s)
}

fn integer(vm: &Vm, c: &[char], pos: &mut usize) -> PyResult<(usize, usize)> {
    let start = *pos;
    let mut v: usize = 0;
    while *pos < c.len() {
        let Some(d) = c[*pos].to_digit(10) else { break };
        v = v
            .checked_mul(10)
            .and_then(|x| x.checked_add(d as usize))
            .filter(|x| *x <= isize::MAX as usize)
            .ok_or_else(|| vm.value_error("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((v, *pos - start))
}

/// Inserts grouping separators into the digits of an integer part, padding with zeros up
/// to `min_width` the way CPython groups zero padding too.
fn group(digits: &str, sep: char, size: usize, min_width: usize) -> String {
    let mut out: Vec<char> = Vec::new();
    let mut count = 0;
    for d in digits.chars().rev() {
        if count == size {
            out.push(sep);
            count = 0;
        }
        out.push(d);
        count += 1;
    }
    while out.len() < min_width {
        if count == size {
            out.push(sep);
            count = 0;
        }
        out.push('0');
        count += 1;
    }
    out.into_iter().rev().collect()
}

/// Lays out a formatted number: sign, prefix, integer digits (grouped), the rest, padded to the
/// width with the fill as the alignment says.
fn layout(s: &Spec, sign: &str, prefix: &str, int_part: &str, rest: &str) -> String {
    let width = s.width.unwrap_or(0);
    let zero_fill = s.fill == '0' && s.align == '=';
    let fixed = sign.chars().count() + prefix.chars().count() + rest.chars().count();
    let digits = match s.grouping {
        Some(g) => {
            let size = if g == '_' && matches!(s.ty, Some('b' | 'o' | 'x' | 'X')) {
                4
            } else {
                3
            };
            let min = if zero_fill {
                width.saturating_sub(fixed)
            } else {
                0
            };
            group(int_part, g, size, min)
        }
        None => int_part.to_string(),
    };
    let body_len = fixed + digits.chars().count();
    let pad = width.saturating_sub(body_len);
    let fill: String = std::iter::repeat_n(s.fill, pad).collect();
    match s.align {
        '<' => format!("{sign}{prefix}{digits}{rest}{fill}"),
        '^' => {
            let left: String = std::iter::repeat_n(s.fill, pad / 2).collect();
            let right: String = std::iter::repeat_n(s.fill, pad - pad / 2).collect();
            format!("{left}{sign}{prefix}{digits}{rest}{right}")
        }
        '=' => format!("{sign}{prefix}{fill}{digits}{rest}"),
        _ => format!("{fill}{sign}{prefix}{digits}{rest}"),
    }
}

fn sign_str(s: &Spec, negative: bool) -> &'static str {
    if negative {
        "-"
    } else {
        match s.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// `format(int, spec)`.
pub fn format_int(vm: &Vm, o: &ObjRef, spec: &str) -> PyResult<String> {
    let Some(i) = o.as_int() else {
        return Err(vm.internal("format_int"));
    };
    if spec.is_empty() {
        return vm.str_string(o);
    }
    let tname = vm.type_name(o);
    let s = parse_spec(vm, spec, '>', &tname)?;
    if let Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') = s.ty {
        let f = i
            .to_f64()
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"))?;
        return format_float_spec(vm, f, &s, &tname);
    }
    if let Some(t) =
        s.ty.filter(|t| !matches!(t, 'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c'))
    {
        return Err(unknown_code(vm, t, &tname));
    }
    if s.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    if s.no_neg_0 {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in integer format specifier")
        );
    }
    let ty = s.ty.unwrap_or('d');
    let negative = i.is_negative();
    let abs = super::types::int::abs(i);
    let (prefix, digits) = match ty {
        'd' | 'n' => ("", abs.to_decimal()),
        'b' => ("0b", abs.to_radix(2)),
        'o' => ("0o", abs.to_radix(8)),
        'x' => ("0x", abs.to_radix(16)),
        'X' => ("0X", abs.to_radix(16).to_uppercase()),
        'c' => {
            if s.sign.is_some() {
                return Err(vm.value_error("Sign not allowed with integer format specifier 'c'"));
            }
            if s.alternate {
                return Err(vm.value_error(
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                ));
            }
            let Some(v) = i.as_i64() else {
                return Err(vm.overflow_error("Python int too large to convert to C long"));
            };
            let cp = Some(v)
                .filter(|v| (0..=0x10FFFF).contains(v))
                .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?;
            let ch = char::from_u32(cp as u32)
                .map(String::from)
                .unwrap_or_default();
            return Ok(layout(&s, "", "", "", &ch));
        }
        t => {
            return Err(unknown_code(vm, t, &tname));
        }
    };
    if matches!(ty, 'd' | 'n') {
        let limit = vm.int_max_str_digits.get();
        if limit > 0 && digits.len() > limit {
            return Err(vm.value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
    }
    let prefix = if s.alternate { prefix } else { "" };
    Ok(layout(&s, sign_str(&s, negative), prefix, &digits, ""))
}

fn unknown_code(vm: &Vm, t: char, tname: &str) -> crate::object::PyErr {
    if (t as u32) > 32 && (t as u32) < 128 {
        vm.value_error(format!(
            "Unknown format code '{t}' for object of type '{tname}'"
        ))
    } else {
        vm.value_error(format!(
            "Unknown format code '\\x{:x}' for object of type '{tname}'",
            t as u32
        ))
    }
}

/// `format(float, spec)`.
pub fn format_float(vm: &Vm, x: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(float_repr::repr(x));
    }
    let s = parse_spec(vm, spec, '>', "float")?;
    format_float_spec(vm, x, &s, "float")
}

fn format_float_spec(vm: &Vm, x: f64, s: &Spec, tname: &str) -> PyResult<String> {
    let upper = matches!(s.ty, Some('E' | 'F' | 'G'));
    let prec = s.precision;
    let mut v = if s.ty == Some('%') { x * 100.0 } else { x };
    let body = match s.ty {
        Some('e' | 'E') => float_repr::exponent(v.abs(), prec.unwrap_or(6), upper),
        Some('f' | 'F' | '%') => float_repr::fixed(v.abs(), prec.unwrap_or(6), upper),
        Some('g' | 'G' | 'n') => {
            float_repr::general(v.abs(), prec.unwrap_or(6), upper, s.alternate)
        }
        None => match prec {
            None => float_repr::repr(v.abs()),
            Some(p) => float_repr::general_repr_style(v.abs(), Some(p)),
        },
        Some(t) => return Err(unknown_code(vm, t, tname)),
    };
    let mut body = body;
    if s.alternate && !body.contains('.') && !body.contains("inf") && !body.contains("nan") {
        match body.find(['e', 'E']) {
            Some(i) => body.insert(i, '.'),
            None => body.push('.'),
        }
    }
    if s.ty == Some('%') {
        body.push('%');
    }
    let mut negative = v.is_sign_negative() && !v.is_nan();
    if s.no_neg_0 && negative {
        // Negative zero after rounding shows as positive zero.
        let is_zero = body
            .chars()
            .all(|c| matches!(c, '0' | '.' | '%' | 'e' | 'E' | '+' | '-'));
        if is_zero {
            negative = false;
            v = v.abs();
        }
    }
    let _ = v;
    let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
        Some(i) if !body.starts_with(|c: char| c.is_ascii_alphabetic()) => {
            (body[..i].to_string(), body[i..].to_string())
        }
        Some(_) => (String::new(), body.clone()),
        None => (body.clone(), String::new()),
    };
    // `inf` and `nan` are zero-padded like digits (3.11: `format(inf, '010')` is
    // `'0000000inf'`), but with no digits there is no grouping of the padding either.
    let mut spec = s.clone();
    if !x.is_finite() {
        spec.grouping = None;
    }
    Ok(layout(&spec, sign_str(s, negative), "", &int_part, &rest))
}

/// `format(complex, spec)` (`format_complex_internal`): both parts formatted alike, the
/// imaginary one always signed unless the real part is omitted, the whole padded as one.
pub fn format_complex(vm: &Vm, re: f64, im: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(crate::types::complex::repr_of(re, im));
    }
    let s = parse_spec(vm, spec, '>', "complex")?;
    if let Some(t) =
        s.ty.filter(|t| !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n'))
    {
        return Err(unknown_code(vm, t, "complex"));
    }
    if s.zero_pad || (s.fill == '0' && s.align_given) {
        return Err(vm.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if s.align == '=' {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let mut skip_re = false;
    let mut parens = false;
    let (ty, prec) = match (s.ty, s.precision) {
        (None, None) => {
            if re == 0.0 && re.is_sign_positive() {
                skip_re = true;
            } else {
                parens = true;
            }
            ('r', 0)
        }
        (None, Some(p)) => {
            if re == 0.0 && re.is_sign_positive() {
                skip_re = true;
            } else {
                parens = true;
            }
            ('g', p)
        }
        (Some('n'), p) => ('g', p.unwrap_or(6)),
        (Some(t), p) => (t, p.unwrap_or(6)),
    };
    let upper = matches!(ty, 'E' | 'F' | 'G');
    let body = |x: f64| -> String {
        let a = x.abs();
        let mut b = match ty {
            'e' | 'E' => float_repr::exponent(a, prec, upper),
            'f' | 'F' => float_repr::fixed(a, prec, upper),
            'g' | 'G' => float_repr::general(a, prec, upper, s.alternate),
            _ => {
                let r = float_repr::repr(a);
                r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
            }
        };
        if s.alternate && !b.contains('.') && a.is_finite() {
            match b.find(['e', 'E']) {
                Some(i) => b.insert(i, '.'),
                None => b.push('.'),
            }
        }
        // `,` or `_` group each part's integer digits, as `format_complex_internal` does.
        if let Some(g) = s.grouping
            && a.is_finite()
        {
            let end = b.find(|c: char| !c.is_ascii_digit()).unwrap_or(b.len());
            b = format!("{}{}", group(&b[..end], g, 3, 0), &b[end..]);
        }
        b
    };
    let neg = |x: f64, b: &str| {
        let n = x.is_sign_negative() && !x.is_nan();
        // `z`: a part that rounds to zero loses its minus sign.
        n && !(s.no_neg_0
            && b.chars()
                .all(|c| matches!(c, '0' | '.' | 'e' | 'E' | '+' | '-')))
    };
    let (rb, ib) = (body(re), body(im));
    let re_sign = sign_str(&s, neg(re, &rb));
    let im_sign = if neg(im, &ib) {
        "-"
    } else if skip_re {
        sign_str(&s, false)
    } else {
        "+"
    };
    let mut text = String::new();
    if parens {
        text.push('(');
    }
    if !skip_re {
        text.push_str(re_sign);
        text.push_str(&rb);
    }
    text.push_str(im_sign);
    text.push_str(&ib);
    text.push('j');
    if parens {
        text.push(')');
    }
    let width = s.width.unwrap_or(0);
    let pad = width.saturating_sub(text.chars().count());
    let fill = |n: usize| -> String { std::iter::repeat_n(s.fill, n).collect() };
    Ok(match s.align {
        '<' => format!("{text}{}", fill(pad)),
        '^' => format!("{}{text}{}", fill(pad / 2), fill(pad - pad / 2)),
        _ => format!("{}{text}", fill(pad)),
    })
}

/// `format(str, spec)`.
pub fn format_str(vm: &Vm, o: &ObjRef, spec: &str) -> PyResult {
    if spec.is_empty() {
        return vm.str(o);
    }
    let tname = vm.type_name(o);
    let s = parse_spec(vm, spec, '<', &tname)?;
    if let Some(t) = s.ty.filter(|t| *t != 's') {
        return Err(unknown_code(vm, t, &tname));
    }
    // The default presentation type of a string is 's', which takes no grouping.
    if let (Some(g), None) = (s.grouping, s.ty) {
        return Err(vm.value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    match s.sign {
        Some(' ') => return Err(vm.value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(vm.value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if s.no_neg_0 {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in string format specifier")
        );
    }
    if s.alternate {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if s.align == '=' {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    let Some(text) = o.as_str() else {
        return Err(vm.internal("str.__format__ of a non-str"));
    };
    let mut out = krait_syntax::pystr::PyStrBuf::new();
    let width = s.width.unwrap_or(0);
    pad_text(vm, &mut out, text, s.precision, width, s.align, s.fill)?;
    Ok(vm.new_str_buf(out))
}

/// Appends `text` to `out`, cut to `precision` code points and padded with `fill` to `width`
/// (`align` `>` right, `^` centred, else left), as code points so that lone surrogates pass
/// through: a string's format spec and `%s`/`%r`/`%a`.
pub(crate) fn pad_text(
    vm: &Vm,
    out: &mut krait_syntax::pystr::PyStrBuf,
    text: &crate::types::str::PyStr,
    precision: Option<usize>,
    width: usize,
    align: char,
    fill: char,
) -> PyResult<()> {
    let n = precision.map_or(text.len(), |p| p.min(text.len()));
    if n == text.len() && n >= width {
        out.extend(text.buf());
        return Ok(());
    }
    crate::allocator::check_items(vm, width.max(n), 4)?;
    let pad = width.saturating_sub(n);
    let (before, after) = match align {
        '>' => (pad, 0),
        '^' => (pad / 2, pad - pad / 2),
        _ => (0, pad),
    };
    (0..before).for_each(|_| out.push_char(fill));
    for cp in text.code_points().take(n) {
        let _ = out.push_code_point(cp);
    }
    (0..after).for_each(|_| out.push_char(fill));
    Ok(())
}

impl Vm<'_> {
    /// `format(value, spec)` (`PyObject_Format`).
    pub fn format(&self, value: &ObjRef, spec: &ObjRef) -> PyResult {
        if spec.as_str().is_none() {
            return Err(self.type_error(format!(
                "format() argument 2 must be str, not {}",
                self.arg_type_name(spec)
            )));
        }
        let empty = spec.as_str().is_some_and(|s| s.is_empty());
        if empty {
            if value.is_exact(&self.types.str) {
                return Ok(value.clone());
            }
            if value.is_exact(&self.types.int) {
                return self.str(value);
            }
        }
        let ty = value.class();
        let Some(meth) = crate::object::typeobj::lookup(&ty, &self.names.__format__) else {
            return Err(self.type_error(format!(
                "Type {} doesn't define __format__",
                self.type_name(value)
            )));
        };
        let r = self.call_descriptor_method(&meth, value, &ty, std::slice::from_ref(spec))?;
        if r.as_str().is_none() {
            return Err(self.type_error(format!(
                "__format__ must return a str, not {}",
                self.type_name(&r)
            )));
        }
        Ok(r)
    }
}

/// The decimal digits of an int for `%d` and friends.
pub fn int_digits(i: &Int, radix: u32) -> String {
    crate::types::int::abs(i).to_radix(radix)
}
