//! `krait -m ast [-h] [-m MODE] [--no-type-comments] [-a] [-i INDENT] [infile]`: prints byte for
//! byte what `python3 -m ast` prints (`main()` of CPython 3.11's `Lib/ast.py`, with `argparse`'s
//! help, usage and errors).
//!
//! An uncaught `SyntaxError` is printed after a `Traceback` line; CPython also shows the frames of
//! runpy and Lib/ast.py, which krait can show only once `-m ast` runs Lib/ast.py on the VM
//! (issue #6).

use super::{Stop, strerror};
use crate::Io;
use krait_syntax::ast::{DumpOptions, dump};
use krait_syntax::parser::{Mode, ParseOptions, parse_bytes_full};
use krait_syntax::pyrepr::repr_str;

const USAGE: &str = "usage: python -m ast [-h] [-m {exec,single,eval,func_type}]
                     [--no-type-comments] [-a] [-i INDENT]
                     [infile]
";
const HELP: &str = "
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m {exec,single,eval,func_type}, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i INDENT, --indent INDENT
                        indentation of nodes (number of spaces)
";

/// The parser's actions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Action {
    Help,
    Mode,
    NoTypeComments,
    Attributes,
    Indent,
}

/// Option strings in registration order.
const OPTIONS: [(&str, Action); 9] = [
    ("-h", Action::Help),
    ("--help", Action::Help),
    ("-m", Action::Mode),
    ("--mode", Action::Mode),
    ("--no-type-comments", Action::NoTypeComments),
    ("-a", Action::Attributes),
    ("--include-attributes", Action::Attributes),
    ("-i", Action::Indent),
    ("--indent", Action::Indent),
];

impl Action {
    /// `argparse`'s name for the action in error messages.
    fn name(self) -> &'static str {
        match self {
            Action::Help => "-h/--help",
            Action::Mode => "-m/--mode",
            Action::NoTypeComments => "--no-type-comments",
            Action::Attributes => "-a/--include-attributes",
            Action::Indent => "-i/--indent",
        }
    }

    fn takes_value(self) -> bool {
        matches!(self, Action::Mode | Action::Indent)
    }
}

/// The parsed command line.
#[derive(Debug)]
struct Args {
    mode: Mode,
    type_comments: bool,
    attributes: bool,
    indent: i64,
    infile: Option<String>,
}

/// A recognised option: its action, the option string and any explicit (glued) value.
type Matched = (Action, &'static str, Option<String>);

/// `_parse_optional`: `None` for a positional, `Some(None)` for an unknown option.
fn parse_optional(arg: &str) -> Result<Option<Option<Matched>>, String> {
    if !arg.starts_with('-') || arg == "-" {
        return Ok(None);
    }
    if let Some(&(o, a)) = OPTIONS.iter().find(|(o, _)| *o == arg) {
        return Ok(Some(Some((a, o, None))));
    }
    let with_value = arg.split_once('=').and_then(|(opt, value)| {
        let &(o, a) = OPTIONS.iter().find(|(o, _)| *o == opt)?;
        Some((a, o, Some(value.to_string())))
    });
    if with_value.is_some() {
        return Ok(Some(with_value));
    }
    // `_get_option_tuples`: long prefixes, or a short option with characters glued to it.
    let mut found = Vec::new();
    if arg.starts_with("--") {
        let (prefix, explicit) = match arg.split_once('=') {
            Some((p, e)) => (p, Some(e.to_string())),
            None => (arg, None),
        };
        for &(o, a) in &OPTIONS {
            if o.starts_with(prefix) {
                found.push((a, o, explicit.clone()));
            }
        }
    } else {
        let (short, rest) = (arg.get(..2).unwrap_or(arg), arg.get(2..).unwrap_or(""));
        for &(o, a) in &OPTIONS {
            if o == short {
                found.push((a, o, Some(rest.to_string())));
            } else if o.starts_with(arg) {
                found.push((a, o, None));
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
    if let Some(f) = found.pop() {
        return Ok(Some(Some(f)));
    }
    let negative = arg[1..].chars().all(|c| c.is_ascii_digit() || c == '.') && arg.len() > 1;
    if negative || arg.contains(' ') {
        return Ok(None);
    }
    Ok(Some(None))
}

/// Python's `int(s)` for base-10 strings.
fn python_int(s: &str) -> Option<i64> {
    let t = s.trim();
    let body = t.strip_prefix(['+', '-']).unwrap_or(t);
    let ok = !body.is_empty()
        && !body.starts_with('_')
        && !body.ends_with('_')
        && !body.contains("__")
        && body.chars().all(|c| c.is_ascii_digit() || c == '_');
    if !ok {
        return None;
    }
    t.replace('_', "").parse().ok()
}

/// Applies one action with its value (`None` for flags).
fn apply(args: &mut Args, action: Action, value: Option<String>) -> Result<(), Stop> {
    let v = value.unwrap_or_default();
    match action {
        Action::Help => return Err(Stop::Help),
        Action::NoTypeComments => args.type_comments = false,
        Action::Attributes => args.attributes = true,
        Action::Mode => {
            args.mode = match v.as_str() {
                "exec" => Mode::Exec,
                "single" => Mode::Single,
                "eval" => Mode::Eval,
                "func_type" => Mode::FuncType,
                _ => {
                    return Err(Stop::Error(format!(
                        "argument -m/--mode: invalid choice: {} (choose from 'exec', 'single', \
                         'eval', 'func_type')",
                        repr_str(&v)
                    )));
                }
            }
        }
        Action::Indent => {
            args.indent = python_int(&v).ok_or_else(|| {
                Stop::Error(format!(
                    "argument -i/--indent: invalid int value: {}",
                    repr_str(&v)
                ))
            })?;
        }
    }
    Ok(())
}

/// `parse_args` for this parser: options and the optional positional in any order, unknown
/// arguments collected and reported last.
fn parse_args(argv: &[String]) -> Result<Args, Stop> {
    let mut args = Args {
        mode: Mode::Exec,
        type_comments: true,
        attributes: false,
        indent: 3,
        infile: None,
    };
    let mut extras: Vec<String> = Vec::new();
    let mut i = 0;
    let mut only_positionals = false;
    while i < argv.len() {
        let arg = &argv[i];
        i += 1;
        if arg == "--" && !only_positionals {
            only_positionals = true;
            continue;
        }
        let opt = if only_positionals {
            None
        } else {
            parse_optional(arg).map_err(Stop::Error)?
        };
        match opt {
            None => positional(&mut args, &mut extras, arg)?,
            Some(None) => extras.push(arg.clone()),
            Some(Some((action, option, explicit))) => {
                consume_optional(&mut args, argv, &mut i, action, option, explicit)?;
            }
        }
    }
    if !extras.is_empty() {
        return Err(Stop::Error(format!(
            "unrecognized arguments: {}",
            extras.join(" ")
        )));
    }
    Ok(args)
}

fn positional(args: &mut Args, extras: &mut Vec<String>, arg: &str) -> Result<(), Stop> {
    if args.infile.is_some() {
        extras.push(arg.to_string());
        return Ok(());
    }
    // `argparse.FileType('rb')` opens the file as soon as the argument is consumed.
    if let Err(e) = std::fs::File::open(arg).map(drop).or_else(|e| match arg {
        "-" => Ok(()),
        _ => Err(e),
    }) {
        return Err(Stop::Error(format!(
            "argument infile: can't open {}: [Errno {}] {}: {}",
            repr_str(arg),
            e.raw_os_error().unwrap_or(0),
            strerror(&e),
            repr_str(arg)
        )));
    }
    args.infile = Some(arg.to_string());
    Ok(())
}

/// `consume_optional`: glued short flags (`-ai`) chain; a value comes glued or as the next
/// argument, which must not look like an option.
fn consume_optional(
    args: &mut Args,
    argv: &[String],
    i: &mut usize,
    mut action: Action,
    mut option: &'static str,
    mut explicit: Option<String>,
) -> Result<(), Stop> {
    loop {
        if action.takes_value() {
            let value = match explicit {
                Some(v) => v,
                None => match argv.get(*i) {
                    Some(v) if !matches!(parse_optional(v), Ok(Some(_)) | Err(_)) => {
                        *i += 1;
                        v.clone()
                    }
                    _ => {
                        return Err(Stop::Error(format!(
                            "argument {}: expected one argument",
                            action.name()
                        )));
                    }
                },
            };
            return apply(args, action, Some(value));
        }
        let Some(rest) = explicit.filter(|e| !e.is_empty()) else {
            return apply(args, action, None);
        };
        if option.starts_with("--") {
            return Err(Stop::Error(format!(
                "argument {}: ignored explicit argument {}",
                action.name(),
                repr_str(&rest)
            )));
        }
        apply(args, action, None)?;
        let next = format!(
            "-{}",
            &rest[..rest.chars().next().map_or(0, char::len_utf8)]
        );
        let Some(&(o, a)) = OPTIONS.iter().find(|(o, _)| *o == next) else {
            return Err(Stop::Error(format!(
                "argument {}: ignored explicit argument {}",
                action.name(),
                repr_str(&rest)
            )));
        };
        let tail = &rest[next.len() - 1..];
        (action, option, explicit) = (a, o, (!tail.is_empty()).then(|| tail.to_string()));
    }
}

/// The entry point.
pub fn main(argv: &[String], io: &mut Io<'_>) -> i32 {
    let args = match parse_args(argv) {
        Ok(a) => a,
        Err(Stop::Help) => {
            let _ = write!(io.stdout, "{USAGE}{HELP}");
            return 0;
        }
        Err(Stop::Error(msg)) => {
            let _ = writeln!(io.stderr, "{USAGE}python -m ast: error: {msg}");
            return 2;
        }
    };
    let (name, source) = match args.infile.as_deref() {
        None | Some("-") => {
            let mut buf = Vec::new();
            let _ = io.stdin.read_to_end(&mut buf);
            ("<stdin>".to_string(), buf)
        }
        Some(path) => match std::fs::read(path) {
            Ok(b) => (path.to_string(), b),
            Err(e) => {
                let _ = writeln!(io.stderr, "OSError: {}", strerror(&e));
                return 1;
            }
        },
    };
    let opts = ParseOptions {
        type_comments: args.type_comments,
        ..ParseOptions::default()
    };
    let parsed = parse_bytes_full(&source, args.mode, opts, &name);
    let text = String::from_utf8_lossy(&source);
    let lines = std::path::Path::new(&name).is_file().then_some(&*text);
    let _ = crate::warnings::print_compile_warnings(&parsed.warnings, &name, lines, io.stderr);
    match parsed.result {
        Ok(tree) => {
            let options = DumpOptions {
                include_attributes: args.attributes,
                indent: Some(" ".repeat(usize::try_from(args.indent).unwrap_or(0))),
                ..DumpOptions::default()
            };
            let _ = writeln!(io.stdout, "{}", dump(&tree, options));
            0
        }
        Err(e) => {
            // CPython shows a traceback through runpy and Lib/ast.py before the error; krait has
            // no Python frames to show until `-m ast` runs Lib's ast.py on the VM (issue #6), so
            // it prints the exception part only.
            let _ = writeln!(io.stderr, "Traceback (most recent call last):");
            let _ = crate::syntax_error::print(&e, &name, io.stderr);
            1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    fn err(v: &[&str]) -> String {
        match parse_args(&s(v)) {
            Err(Stop::Error(m)) => m,
            _ => panic!("expected an error for {v:?}"),
        }
    }

    #[test]
    fn argparse_behaviour() {
        let a = parse_args(&s(&["-ai", "2", "-m", "eval"])).ok().unwrap();
        assert!(a.attributes && a.indent == 2 && a.mode == Mode::Eval);
        let a = parse_args(&s(&["--no", "--mode=single", "-i-1"]))
            .ok()
            .unwrap();
        assert!(!a.type_comments && a.mode == Mode::Single && a.indent == -1);
        assert_eq!(err(&["-x"]), "unrecognized arguments: -x");
        assert_eq!(err(&["-i"]), "argument -i/--indent: expected one argument");
        assert_eq!(
            err(&["-i", "x"]),
            "argument -i/--indent: invalid int value: 'x'"
        );
        assert_eq!(
            err(&["--in", "3"]),
            "ambiguous option: --in could match --include-attributes, --indent"
        );
        assert!(err(&["-m", "foo"]).starts_with("argument -m/--mode: invalid choice: 'foo'"));
        assert!(matches!(parse_args(&s(&["-h", "-x"])), Err(Stop::Help)));
    }
}
