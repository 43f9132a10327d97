//! `krait -m tokenize [-e] [FILE]`: prints byte for byte what `python3 -m tokenize` prints
//! (`main()` of CPython 3.11's `Lib/tokenize.py`, including its `argparse` behaviour).
//!
//! Known difference: where CPython's `main` re-raises an unexpected exception (a line that does not
//! decode), krait prints the `unexpected error: ...` line but not the Python traceback after it; that
//! comes when the VM runs Lib's own `tokenize.py` (issue #3).

use crate::Io;
use krait_syntax::pyrepr;
use krait_syntax::tokenize::{self, Tokenized};

const PROG: &str = "python -m tokenize";
const USAGE: &str = "usage: python -m tokenize [-h] [-e] [filename.py]\n";
const HELP: &str = "
positional arguments:
  filename.py  the file to tokenize; defaults to stdin

options:
  -h, --help   show this help message and exit
  -e, --exact  display token names using the exact type
";

/// What the command line asked for, as `argparse` decides it.
#[derive(Debug, PartialEq, Eq)]
enum Parsed {
    Run {
        exact: bool,
        filename: Option<String>,
    },
    Help,
    /// `parser.error(msg)`.
    Error(String),
}

/// The parser's option strings in registration order (`-h`, `--help`, `-e`, `--exact`) with
/// whether each is the help action.
const OPTIONS: [(&str, bool); 4] = [
    ("-h", true),
    ("--help", true),
    ("-e", false),
    ("--exact", false),
];

/// `argparse`'s name for an action in error messages.
fn action_name(help: bool) -> &'static str {
    if help { "-h/--help" } else { "-e/--exact" }
}

/// `_parse_optional`: `None` for a positional, else (is-help action or unknown, option string,
/// explicit argument).
#[derive(Debug)]
enum Optional {
    Known(bool, &'static str, Option<String>),
    Unknown,
}

fn parse_optional(arg: &str) -> Result<Option<Optional>, String> {
    if arg.is_empty() || !arg.starts_with('-') {
        return Ok(None);
    }
    if let Some(&(o, h)) = OPTIONS.iter().find(|(o, _)| *o == arg) {
        return Ok(Some(Optional::Known(h, o, None)));
    }
    if arg.len() == 1 {
        return Ok(None);
    }
    let with_value = arg.split_once('=').and_then(|(opt, explicit)| {
        let &(o, h) = OPTIONS.iter().find(|(o, _)| *o == opt)?;
        Some(Optional::Known(h, o, Some(explicit.to_string())))
    });
    if with_value.is_some() {
        return Ok(with_value);
    }
    // `_get_option_tuples`: long prefixes (allow_abbrev) or a short option with glued characters.
    let mut found: Vec<(bool, &'static str, Option<String>)> = Vec::new();
    if arg.starts_with("--") {
        let (prefix, explicit) = match arg.split_once('=') {
            Some((p, e)) => (p, Some(e.to_string())),
            None => (arg, None),
        };
        for &(o, h) in &OPTIONS {
            if o.starts_with(prefix) {
                found.push((h, o, explicit.clone()));
            }
        }
    } else {
        let short = arg.get(..2).unwrap_or(arg);
        let rest = arg.get(2..).unwrap_or("");
        for &(o, h) in &OPTIONS {
            if o == short {
                found.push((h, o, Some(rest.to_string())));
            } else if o.starts_with(arg) {
                found.push((h, o, None));
            }
        }
    }
    if found.len() > 1 {
        let names: Vec<&str> = found.iter().map(|f| f.1).collect();
        return Err(format!(
            "ambiguous option: {arg} could match {}",
            names.join(", ")
        ));
    }
    if let Some((h, o, e)) = found.pop() {
        return Ok(Some(Optional::Known(h, o, e)));
    }
    if is_negative_number(arg) || arg.contains(' ') {
        return Ok(None);
    }
    Ok(Some(Optional::Unknown))
}

/// `^-\d+$|^-\d*\.\d+$` (argparse's `_negative_number_matcher`).
fn is_negative_number(arg: &str) -> bool {
    let Some(body) = arg.strip_prefix('-') else {
        return false;
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    match body.split_once('.') {
        None => !body.is_empty() && digits(body),
        Some((a, b)) => digits(a) && !b.is_empty() && digits(b),
    }
}

/// `consume_optional` for a known option: the actions to take (in order), or the error.
fn consume_optional(
    help: bool,
    opt: &'static str,
    explicit: Option<String>,
) -> Result<Vec<bool>, String> {
    let mut actions = Vec::new();
    let (mut help, mut opt, mut explicit) = (help, opt, explicit);
    loop {
        let Some(arg) = explicit else {
            actions.push(help);
            return Ok(actions);
        };
        let ignored = || {
            format!(
                "argument {}: ignored explicit argument {}",
                action_name(help),
                pyrepr::repr_str(&arg)
            )
        };
        // A glued short flag: `-eh` is `-e -h`.
        if opt.as_bytes()[1] != b'-' && !arg.is_empty() {
            actions.push(help);
            let mut chars = arg.chars();
            let next = format!("-{}", chars.next().unwrap_or('-'));
            let rest: String = chars.collect();
            match OPTIONS.iter().find(|(o, _)| *o == next) {
                Some(&(o, h)) => {
                    help = h;
                    opt = o;
                    explicit = (!rest.is_empty()).then_some(rest);
                }
                None => return Err(ignored()),
            }
        } else {
            return Err(ignored());
        }
    }
}

/// `parser.parse_args()` for `python -m tokenize`.
fn parse(args: &[String]) -> Parsed {
    let mut exact = false;
    let mut filename: Option<Option<String>> = None;
    let mut extras: Vec<String> = Vec::new();
    let mut after_dd = false;
    let mut i = 0;
    while i < args.len() {
        let opt = if after_dd || args[i] == "--" {
            None
        } else {
            match parse_optional(&args[i]) {
                Ok(o) => o,
                Err(msg) => return Parsed::Error(msg),
            }
        };
        match opt {
            Some(Optional::Unknown) => {
                extras.push(args[i].clone());
                i += 1;
            }
            Some(Optional::Known(h, o, e)) => {
                match consume_optional(h, o, e) {
                    Err(msg) => return Parsed::Error(msg),
                    Ok(actions) => {
                        if actions.iter().any(|&h| h) {
                            return Parsed::Help;
                        }
                        exact = true;
                    }
                }
                i += 1;
            }
            None => {
                // A chunk of positionals ('A') and `--` markers ('-').
                let mut chunk = Vec::new();
                while i < args.len() {
                    let is_dd = !after_dd && args[i] == "--";
                    if !after_dd && !is_dd && !matches!(parse_optional(&args[i]), Ok(None)) {
                        break;
                    }
                    after_dd |= is_dd;
                    chunk.push((is_dd, args[i].clone()));
                    i += 1;
                }
                if filename.is_some() {
                    extras.extend(chunk.into_iter().map(|c| c.1));
                    continue;
                }
                // nargs='?' matches `-*A?-*` at the start of the chunk.
                let mut k = chunk.iter().take_while(|c| c.0).count();
                if k < chunk.len() {
                    k += 1;
                }
                k += chunk[k..].iter().take_while(|c| c.0).count();
                let mut values: Vec<String> = chunk[..k].iter().map(|c| c.1.clone()).collect();
                if let Some(p) = values.iter().position(|v| v == "--") {
                    values.remove(p);
                }
                filename = Some(values.into_iter().next());
                extras.extend(chunk[k..].iter().map(|c| c.1.clone()));
            }
        }
    }
    if !extras.is_empty() {
        return Parsed::Error(format!("unrecognized arguments: {}", extras.join(" ")));
    }
    Parsed::Run {
        exact,
        filename: filename.flatten(),
    }
}

/// Runs the `tokenize` command line.
pub fn main(args: &[String], io: &mut Io<'_>) -> i32 {
    let (exact, filename) = match parse(args) {
        Parsed::Help => {
            let _ = write!(io.stdout, "{USAGE}{HELP}");
            return 0;
        }
        Parsed::Error(msg) => {
            let _ = writeln!(io.stderr, "{USAGE}{PROG}: error: {msg}");
            return 2;
        }
        Parsed::Run { exact, filename } => (exact, filename),
    };
    // `if args.filename:` — an empty name also means stdin.
    let (shown, result) = match filename.filter(|f| !f.is_empty()) {
        Some(f) => match read_file(&f) {
            Ok(bytes) => {
                let t = tokenize::tokenize(&bytes, Some(&f));
                // `list(tokenize(...))`: nothing is printed when tokenizing fails.
                if t.error.is_none() {
                    print_tokens(io, &t, exact, false);
                }
                (f, t)
            }
            Err(msg) => {
                let _ = writeln!(io.stderr, "error: {msg}");
                return 1;
            }
        },
        None => {
            let mut raw = Vec::new();
            let _ = io.stdin.read_to_end(&mut raw);
            let (text, escaped) = stdin_text(&raw);
            let t = tokenize::generate_tokens(&text);
            // Stdin tokens are printed lazily, so those before an error still appear.
            print_tokens(io, &t, exact, escaped);
            ("<stdin>".to_string(), t)
        }
    };
    let Some(err) = result.error else {
        return 0;
    };
    let _ = match (&err, err.located()) {
        (_, Some((msg, (row, col)))) => writeln!(io.stderr, "{shown}:{row}:{col}: error: {msg}"),
        (tokenize::TokenizeError::Syntax(msg), None) => {
            writeln!(io.stderr, "{shown}: error: {msg}")
        }
        _ => writeln!(io.stderr, "unexpected error: {}", err.message()),
    };
    1
}

/// First of the stand-ins for lone surrogates U+DC80..U+DCFF (see [`stdin_text`]).
const ESCAPE_BASE: u32 = 0x10_FF00;

/// `sys.stdin.read()`: UTF-8 with `surrogateescape` (the C.UTF-8 locale's setting) and, on POSIX,
/// no newline translation (`create_stdio` opens stdin with `newline="\n"`).
///
/// krait's `str` cannot hold the lone surrogates U+DC80..U+DCFF that `surrogateescape` produces, so
/// each undecodable byte becomes the non-word, non-space code point U+10FF00 + byte (which
/// tokenizes identically: one ERRORTOKEN code point) and [`print_tokens`] writes it back as
/// `\udcXX`. `None` when the input already contains such code points and cannot be escaped
/// unambiguously; lossy decoding is the fallback there (issue #3).
fn stdin_text(raw: &[u8]) -> (String, bool) {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    let mut escaped = false;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let bad = e.error_len().unwrap_or(rest.len() - good);
                for &b in &rest[good..good + bad] {
                    out.push(char::from_u32(ESCAPE_BASE + u32::from(b)).unwrap_or('\u{fffd}'));
                }
                escaped = true;
                rest = &rest[good + bad..];
            }
        }
    }
    let clash = |s: &str| s.chars().any(|c| c as u32 >= ESCAPE_BASE + 0x80);
    if escaped && clash(&String::from_utf8_lossy(raw)) {
        return (String::from_utf8_lossy(raw).into_owned(), false);
    }
    (out, escaped)
}

/// `repr()` of a token string, with [`stdin_text`]'s stand-ins shown as the surrogates they are.
fn token_repr(s: &str, escaped: bool) -> String {
    let repr = pyrepr::repr_str(s);
    if !escaped || !repr.contains("\\U0010ff") {
        return repr;
    }
    let mut out = String::with_capacity(repr.len());
    let mut rest = repr.as_str();
    while let Some(i) = rest.find("\\U0010ff") {
        // A literal `\U0010ff..` in the source shows as `\\U...`: an odd run of backslashes
        // before it means this backslash is itself escaped.
        let run = rest[..i].bytes().rev().take_while(|&b| b == b'\\').count();
        out.push_str(&rest[..i]);
        if run % 2 == 0 {
            out.push_str("\\udc");
        } else {
            out.push_str(&rest[i..i + 8]);
        }
        out.push_str(&rest[i + 8..i + 10]);
        rest = &rest[i + 10..];
    }
    out.push_str(rest);
    out
}

/// `open(filename, 'rb').read()`, with `OSError`'s `str()` on failure.
fn read_file(name: &str) -> Result<Vec<u8>, String> {
    std::fs::read(name).map_err(|e| {
        let text = e.to_string();
        let strerror = text.split(" (os error").next().unwrap_or(&text).to_string();
        match e.raw_os_error() {
            Some(n) => format!("[Errno {n}] {strerror}: {}", pyrepr::repr_str(name)),
            None => strerror,
        }
    })
}

/// `print("%-20s%-15s%-15r" % (token_range, tok_name[token_type], token.string))` per token.
fn print_tokens(io: &mut Io<'_>, t: &Tokenized, exact: bool, escaped: bool) {
    let mut out = String::with_capacity(t.tokens.len() * 48);
    for (i, tok) in t.tokens.iter().enumerate() {
        let kind = if exact { tok.exact } else { tok.kind };
        let range = format!(
            "{},{}-{},{}:",
            tok.start.0, tok.start.1, tok.end.0, tok.end.1
        );
        let repr = token_repr(t.string(i), escaped);
        // Rust pads by `char`s, as `%-20s` pads by code points.
        out.push_str(&format!("{range:<20}{:<15}{repr:<15}\n", kind.name()));
    }
    let _ = io.stdout.write_all(out.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stdin_surrogateescape() {
        let (text, escaped) = stdin_text(b"x = '\xe9\\U0010ff80'\r\n");
        assert!(escaped);
        assert_eq!(
            token_repr(&text, escaped),
            "\"x = '\\udce9\\\\U0010ff80'\\r\\n\""
        );
        assert_eq!(stdin_text(b"a\r\n"), ("a\r\n".to_string(), false));
    }

    fn p(args: &[&str]) -> Parsed {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    fn run(f: Option<&str>, exact: bool) -> Parsed {
        Parsed::Run {
            exact,
            filename: f.map(str::to_string),
        }
    }

    #[test]
    fn argparse_like_cpython() {
        assert_eq!(p(&[]), run(None, false));
        assert_eq!(p(&["-e", "a.py"]), run(Some("a.py"), true));
        assert_eq!(p(&["--ex", "a.py"]), run(Some("a.py"), true));
        assert_eq!(p(&["-ee"]), run(None, true));
        assert_eq!(p(&["-eh"]), Parsed::Help);
        assert_eq!(p(&["-x", "-h"]), Parsed::Help);
        assert_eq!(p(&["--h"]), Parsed::Help);
        assert_eq!(p(&["--", "-e"]), run(Some("-e"), false));
        assert_eq!(p(&["--"]), run(None, false));
        assert_eq!(p(&["-1"]), run(Some("-1"), false));
        assert_eq!(p(&["-"]), run(Some("-"), false));
        let err = |m: &str| Parsed::Error(m.to_string());
        assert_eq!(p(&["a", "b"]), err("unrecognized arguments: b"));
        assert_eq!(p(&["a", "-x", "b"]), err("unrecognized arguments: -x b"));
        assert_eq!(p(&["-xh"]), err("unrecognized arguments: -xh"));
        assert_eq!(p(&["a", "--", "b"]), err("unrecognized arguments: b"));
        assert_eq!(
            p(&["-ex"]),
            err("argument -e/--exact: ignored explicit argument 'x'")
        );
        assert_eq!(
            p(&["-hx"]),
            err("argument -h/--help: ignored explicit argument 'x'")
        );
        assert_eq!(
            p(&["--exact=1", "-h"]),
            err("argument -e/--exact: ignored explicit argument '1'")
        );
        assert_eq!(
            p(&["--ex="]),
            err("argument -e/--exact: ignored explicit argument ''")
        );
        assert_eq!(
            p(&["--=x"]),
            err("ambiguous option: --=x could match --help, --exact")
        );
    }
}
