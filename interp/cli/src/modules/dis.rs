//! `krait -m dis [-h] [infile]`: prints byte for byte what `python3 -m dis` prints (`main()` of
//! CPython 3.11's `Lib/dis.py`: the file, or stdin, compiled with `compile(source, name, "exec")`
//! and shown by `dis.dis`), with `argparse`'s help, usage and errors for the `dis.py` program.
//!
//! Object addresses (`at 0x...`) are krait's own. An uncaught exception is printed after a
//! `Traceback` line; CPython also shows the frames of runpy and Lib/dis.py, which krait can show
//! only once `-m dis` runs Lib/dis.py on the VM (issue #6).

use super::{Stop, strerror};
use crate::Io;
use krait_compiler::{CompileOptions, compile_source};
use krait_syntax::pyrepr::repr_str;

const USAGE: &str = "usage: dis.py [-h] [infile]\n";
const HELP: &str = "
positional arguments:
  infile

options:
  -h, --help  show this help message and exit
";

/// The option strings of the parser; both mean `--help`.
const OPTIONS: [&str; 2] = ["-h", "--help"];

/// What `argparse`'s `_parse_optional` makes of one argument: a positional, the help option
/// (with a glued value, if any), or an unknown option.
#[derive(Debug, PartialEq, Eq)]
enum Arg {
    Positional,
    Help(&'static str, Option<String>),
    Unknown,
}

fn classify(arg: &str) -> Arg {
    if !arg.starts_with('-') || arg.len() == 1 {
        return Arg::Positional;
    }
    if let Some(&o) = OPTIONS.iter().find(|&&o| o == arg) {
        return Arg::Help(o, None);
    }
    if let Some((opt, value)) = arg.split_once('=')
        && let Some(&o) = OPTIONS.iter().find(|&&o| o == opt)
    {
        return Arg::Help(o, Some(value.to_owned()));
    }
    // `_get_option_tuples`: `--` options by prefix (before any `=`), `-h` with characters
    // glued to it. Both candidates are the help action, so there is no ambiguity to report.
    if let Some(long) = arg.strip_prefix("--") {
        let (prefix, explicit) = match long.split_once('=') {
            Some((p, e)) => (p, Some(e.to_owned())),
            None => (long, None),
        };
        if "help".starts_with(prefix) {
            return Arg::Help("--help", explicit);
        }
    } else if let Some(rest) = arg.strip_prefix("-h") {
        return Arg::Help("-h", Some(rest.to_owned()));
    }
    // A negative number or a string with a space is a positional.
    let body = &arg[1..];
    let number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let negative = number(body)
        || body
            .split_once('.')
            .is_some_and(|(int, frac)| int.bytes().all(|b| b.is_ascii_digit()) && number(frac));
    if negative || arg.contains(' ') {
        return Arg::Positional;
    }
    Arg::Unknown
}

/// `consume_optional` for the help action, which takes no value: a short `-h` with characters
/// glued to it chains them as more short flags (`-hh` is help twice); any other glued or `=`
/// value, even an empty one, is an error naming what is left.
fn help_option(option: &str, explicit: Option<String>) -> Result<(), Stop> {
    let Some(value) = explicit else {
        return Err(Stop::Help);
    };
    let mut rest = value.as_str();
    if option == "-h" {
        while let Some(tail) = rest.strip_prefix('h') {
            if tail.is_empty() {
                return Err(Stop::Help);
            }
            rest = tail;
        }
    }
    Err(Stop::Error(format!(
        "argument -h/--help: ignored explicit argument {}",
        repr_str(rest)
    )))
}

/// `parse_args`: options and the optional positional in order; `argparse.FileType('rb')` opens
/// the file as soon as the positional is consumed; unknown arguments are reported last.
fn parse_args(argv: &[String]) -> Result<Option<String>, Stop> {
    let mut infile = None;
    let mut extras: Vec<&str> = Vec::new();
    let mut only_positionals = false;
    for arg in argv {
        if arg == "--" && !only_positionals {
            only_positionals = true;
            continue;
        }
        let kind = if only_positionals {
            Arg::Positional
        } else {
            classify(arg)
        };
        match kind {
            Arg::Positional if infile.is_none() => {
                open_check(arg)?;
                infile = Some(arg.clone());
            }
            Arg::Positional | Arg::Unknown => extras.push(arg),
            Arg::Help(option, explicit) => help_option(option, explicit)?,
        }
    }
    if !extras.is_empty() {
        return Err(Stop::Error(format!(
            "unrecognized arguments: {}",
            extras.join(" ")
        )));
    }
    Ok(infile)
}

/// The error `open(path, 'rb')` would raise, in `argparse.FileType`'s words.
fn open_check(path: &str) -> Result<(), Stop> {
    if path == "-" {
        return Ok(());
    }
    let failure = match std::fs::metadata(path) {
        // Opening a directory for reading fails with EISDIR in Python.
        Ok(m) if m.is_dir() => Some((21, "Is a directory".to_owned())),
        _ => std::fs::File::open(path)
            .err()
            .map(|e| (e.raw_os_error().unwrap_or(0), strerror(&e))),
    };
    match failure {
        None => Ok(()),
        Some((errno, text)) => Err(Stop::Error(format!(
            "argument infile: can't open {}: [Errno {errno}] {text}: {}",
            repr_str(path),
            repr_str(path)
        ))),
    }
}

/// The entry point.
pub fn main(argv: &[String], io: &mut Io<'_>) -> i32 {
    let infile = match parse_args(argv) {
        Ok(f) => f,
        Err(Stop::Help) => {
            let _ = write!(io.stdout, "{USAGE}{HELP}");
            return 0;
        }
        Err(Stop::Error(msg)) => {
            let _ = writeln!(io.stderr, "{USAGE}dis.py: error: {msg}");
            return 2;
        }
    };
    let (name, source) = match infile.as_deref() {
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
    // `dis` compiles with `compile()`, at the interpreter's `-O` level.
    let opts = CompileOptions {
        optimize: krait_vm::sys::process_optimize(),
        ..CompileOptions::default()
    };
    let compiled = compile_source(&source, &name, &opts);
    let text = String::from_utf8_lossy(&source);
    let lines = std::path::Path::new(&name).is_file().then_some(&*text);
    let _ = crate::warnings::print_compile_warnings(&compiled.warnings, &name, lines, io.stderr);
    let code = match compiled.result {
        Ok(code) => code,
        Err(e) => {
            // CPython's traceback shows runpy's and Lib/dis.py's frames before the error; krait
            // has no Python frames until `-m dis` runs on the VM (issue #6).
            let _ = writeln!(io.stderr, "Traceback (most recent call last):");
            let _ = crate::syntax_error::print(&e, &name, io.stderr);
            return 1;
        }
    };
    let mut out = String::new();
    let result = krait_compiler::dis::dis_into(&code, &mut out);
    let _ = io.stdout.write_all(out.as_bytes());
    match result {
        Ok(()) => 0,
        Err(e) => {
            let _ = io.stdout.flush();
            let _ = writeln!(io.stderr, "Traceback (most recent call last):");
            let _ = writeln!(io.stderr, "{e}");
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
            other => panic!("expected an error for {v:?}, got {other:?}"),
        }
    }

    #[test]
    fn argparse_behaviour() {
        assert_eq!(parse_args(&s(&[])), Ok(None));
        assert_eq!(parse_args(&s(&["-"])), Ok(Some("-".into())));
        assert_eq!(parse_args(&s(&["--he"])), Err(Stop::Help));
        assert_eq!(parse_args(&s(&["-hh"])), Err(Stop::Help));
        assert_eq!(parse_args(&s(&["-x", "-h"])), Err(Stop::Help));
        assert_eq!(
            err(&["-hx"]),
            "argument -h/--help: ignored explicit argument 'x'"
        );
        assert_eq!(
            err(&["--help=3"]),
            "argument -h/--help: ignored explicit argument '3'"
        );
        assert_eq!(
            err(&["-h="]),
            "argument -h/--help: ignored explicit argument ''"
        );
        assert_eq!(
            err(&["-hxh"]),
            "argument -h/--help: ignored explicit argument 'xh'"
        );
        assert_eq!(parse_args(&s(&["-h=h"])), Err(Stop::Help));
        assert_eq!(
            err(&["--=x"]),
            "argument -h/--help: ignored explicit argument 'x'"
        );
        assert_eq!(err(&["---"]), "unrecognized arguments: ---");
        assert_eq!(err(&["-x", "-y"]), "unrecognized arguments: -x -y");
        assert!(err(&["-1"]).starts_with("argument infile: can't open '-1': [Errno 2]"));
        assert!(err(&["--", "-x"]).starts_with("argument infile: can't open '-x'"));
        assert!(err(&["/"]).ends_with("[Errno 21] Is a directory: '/'"));
    }
}
