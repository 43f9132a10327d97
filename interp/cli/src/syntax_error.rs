//! Printing an uncaught `SyntaxError` the way CPython's C-level printer does (`print_exception`,
//! `print_exception_file_and_line`, `parse_syntax_error` and `print_error_text` in
//! `Python/pythonrun.c`), which is what `python3 FILE`, `python3 -c` and `python3 -m` show.

use krait_syntax::lexer::ErrorClass;
use krait_syntax::parser::{ParseError, SyntaxError};
use std::io::Write;

/// Writes the exception part of the report: the `File` block (when the error has a line number)
/// and `Class: msg`.
pub fn print(err: &ParseError, filename: &str, out: &mut dyn Write) -> std::io::Result<()> {
    match err {
        ParseError::Memory => writeln!(out, "MemoryError"),
        ParseError::Recursion(msg) => writeln!(out, "RecursionError: {msg}"),
        ParseError::UnicodeDecode(msg) => writeln!(out, "UnicodeDecodeError: {msg}"),
        ParseError::Syntax(e) => print_syntax(e, filename, out),
    }
}

fn print_syntax(e: &SyntaxError, filename: &str, out: &mut dyn Write) -> std::io::Result<()> {
    // `parse_syntax_error` fails on a None lineno, and then no File block is printed at all.
    if let Some(lineno) = e.lineno {
        writeln!(out, "  File \"{filename}\", line {lineno}")?;
        if let Some(text) = &e.text_or_program_text(filename) {
            let offset = e.offset.unwrap_or(-1);
            // Only SyntaxError itself has its end attributes read; subclasses get (lineno, -1).
            let (end_lineno, mut end_offset) = if e.class == ErrorClass::SyntaxError {
                (e.end_lineno.unwrap_or(lineno), e.end_offset.unwrap_or(-1))
            } else {
                (lineno, -1)
            };
            let line_size = i64::try_from(text.len()).unwrap_or(i64::MAX);
            if end_lineno > lineno {
                end_offset = line_size;
            }
            if end_offset > line_size + 1 {
                end_offset = line_size + 1;
            }
            print_error_text(out, offset, end_offset, text)?;
        }
    }
    if e.msg.is_empty() {
        writeln!(out, "{}", e.class.name())
    } else {
        writeln!(out, "{}: {}", e.class.name(), e.msg)
    }
}

/// `print_error_text`: the line stripped of leading blanks and a caret line. The offsets are the
/// exception's (characters) but are applied to the line's UTF-8 bytes, exactly as CPython does,
/// so carets after non-ASCII text sit where CPython puts them.
fn print_error_text(
    out: &mut dyn Write,
    offset: i64,
    end_offset: i64,
    text: &str,
) -> std::io::Result<()> {
    let carets = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    // The text went through a C string: it ends at the first NUL.
    let mut text = text.split('\0').next().unwrap_or("").as_bytes();
    let mut offset = offset - 1;
    while let [b' ' | b'\t' | b'\x0c', rest @ ..] = text {
        text = rest;
        offset -= 1;
    }
    let mut len = i64::try_from(text.len()).unwrap_or(i64::MAX);
    if text.last() == Some(&b'\n') {
        len -= 1;
    }
    offset = offset.min(len);
    // Skip past newlines embedded in the text before the offset.
    while let Some(nl) = text.iter().position(|&b| b == b'\n') {
        let inl = i64::try_from(nl).unwrap_or(i64::MAX);
        if inl >= offset {
            break;
        }
        text = &text[nl + 1..];
        len -= inl + 1;
        offset -= inl + 1;
    }
    out.write_all(b"    ")?;
    out.write_all(text)?;
    let at_len = usize::try_from(len).ok().and_then(|l| text.get(l));
    if at_len != Some(&b'\n') {
        out.write_all(b"\n")?;
    }
    if offset < 0 {
        return Ok(());
    }
    let pad = usize::try_from(offset).unwrap_or(0);
    let carets = usize::try_from(carets).unwrap_or(1);
    writeln!(out, "    {}{}", " ".repeat(pad), "^".repeat(carets))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(e: SyntaxError, filename: &str) -> String {
        let mut out = Vec::new();
        print(&ParseError::Syntax(e), filename, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn err(class: ErrorClass, loc: (i64, i64, i64, i64), text: &str) -> SyntaxError {
        SyntaxError {
            class,
            msg: "m".into(),
            lineno: Some(loc.0),
            offset: Some(loc.1),
            end_lineno: Some(loc.2),
            end_offset: Some(loc.3),
            text: Some(text.into()),
        }
    }

    #[test]
    fn carets_follow_pythonrun() {
        let e = err(ErrorClass::SyntaxError, (1, 3, 1, 6), "f(1 2)\n");
        assert_eq!(
            render(e, "<string>"),
            "  File \"<string>\", line 1\n    f(1 2)\n      ^^^\nSyntaxError: m\n"
        );
        // Subclasses ignore the end; leading blanks move the caret left of the text: no caret.
        let e = err(ErrorClass::IndentationError, (1, 2, 1, -1), "  (1 2)\n");
        assert_eq!(
            render(e, "<string>"),
            "  File \"<string>\", line 1\n    (1 2)\nIndentationError: m\n"
        );
        // A multi-line end highlights to the end of the first line.
        let e = err(ErrorClass::SyntaxError, (2, 1, 3, 2), "y = (\n");
        assert!(render(e, "f").contains("    y = (\n    ^^^^^\n"));
        let mut e = err(ErrorClass::SyntaxError, (1, 1, 1, 1), "x");
        e.lineno = None;
        assert_eq!(render(e, "f"), "SyntaxError: m\n");
    }
}
