//! Printing the warnings issued while compiling, as CPython's default warning filters and
//! `warnings.showwarning` print them on stderr.
//!
//! With the default filters (`python3` without `-W`), a compile-time `DeprecationWarning` (an
//! invalid escape sequence) is ignored, because its module is derived from the file name and only
//! `__main__` shows them; a `SyntaxWarning` is shown every time it is issued (`compiler_warn`
//! passes no registry, so the `default` action remembers nothing: a `finally` body, compiled
//! twice, warns twice). Each is printed as `FILE:LINE: Category: message`, followed
//! by the source line stripped of surrounding whitespace when `linecache` can read it.

use krait_syntax::parser::ParseWarning;
use std::io::Write;

/// Prints `warnings` issued while compiling `filename`; `lines` is the file's text when the file
/// can be read back (not for `<string>` or `<stdin>`).
pub fn print_compile_warnings(
    warnings: &[ParseWarning],
    filename: &str,
    lines: Option<&str>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    for w in warnings {
        if w.category != "SyntaxWarning" {
            continue;
        }
        writeln!(
            out,
            "{filename}:{}: {}: {}",
            w.lineno, w.category, w.message
        )?;
        let line = lines.and_then(|text| nth_line(text, w.lineno));
        if let Some(line) = line.map(py_strip).filter(|l| !l.is_empty()) {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(())
}

/// Line `lineno` (1-based) as `linecache.getline` splits lines (`str.splitlines` keeps `\n`,
/// `\r\n` and `\r` as ends; the end is dropped here).
fn nth_line(text: &str, lineno: u32) -> Option<&str> {
    let n = usize::try_from(lineno).ok()?.checked_sub(1)?;
    text.split_inclusive('\n')
        .nth(n)
        .map(|l| l.trim_end_matches(['\n', '\r']))
}

/// `str.strip()`: Python's whitespace, which is not quite Rust's.
fn py_strip(s: &str) -> &str {
    s.trim_matches(krait_syntax::unicode::is_space)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(category: &'static str, message: &str, lineno: u32) -> ParseWarning {
        let as_error = krait_syntax::parser::SyntaxError {
            class: krait_syntax::lexer::ErrorClass::SyntaxError,
            msg: message.into(),
            lineno: Some(i64::from(lineno)),
            offset: None,
            end_lineno: None,
            end_offset: None,
            text: None,
        };
        ParseWarning {
            category,
            message: message.into(),
            lineno,
            as_error,
        }
    }

    #[test]
    fn default_filters_show_every_syntax_warning() {
        let ws = [
            w("SyntaxWarning", "invalid decimal literal", 2),
            w("DeprecationWarning", "invalid escape sequence '\\d'", 1),
            w("SyntaxWarning", "invalid decimal literal", 2),
            w("SyntaxWarning", "invalid hexadecimal literal", 2),
        ];
        let mut out = Vec::new();
        print_compile_warnings(
            &ws,
            "f.py",
            Some("x = '\\d'\n  y = 1if x else 2\n"),
            &mut out,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "f.py:2: SyntaxWarning: invalid decimal literal\n  y = 1if x else 2\n\
             f.py:2: SyntaxWarning: invalid decimal literal\n  y = 1if x else 2\n\
             f.py:2: SyntaxWarning: invalid hexadecimal literal\n  y = 1if x else 2\n"
        );
        let mut out = Vec::new();
        print_compile_warnings(&ws[..1], "<string>", None, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "<string>:2: SyntaxWarning: invalid decimal literal\n"
        );
    }
}
