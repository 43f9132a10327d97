//! `krait -m py_compile [-h] [-q] FILE...`: byte-compiles each file with krait's compiler into
//! `__pycache__/NAME.krait-311.pyc` next to it, behaving as `python3 -m py_compile` does
//! (`main()` and `compile()` of CPython 3.11's `Lib/py_compile.py`, with `argparse`'s help, usage
//! and errors): the same exit statuses, the same messages, the same atomic write.
//!
//! The cache tag is krait's own (`krait-311` where CPython writes `cpython-311`), so krait never
//! overwrites CPython's files; the file itself is a CPython 3.11 `.pyc` (magic 3495) that CPython
//! loads and runs. Not modelled: `-O` (krait's interpreter options do not reach `-m` modules yet,
//! so no `.opt-N` name and no optimised code) and `PYTHONPYCACHEPREFIX`.

use super::Stop;
use crate::Io;
use krait_compiler::pyc::{Validation, source_hash, write_pyc};
use krait_compiler::{CompileOptions, compile_source};
use krait_syntax::lexer::ErrorClass;
use krait_syntax::parser::ParseError;
use krait_syntax::pyrepr::repr_str;
use std::io::Write;

/// krait's `sys.implementation.cache_tag`.
pub const CACHE_TAG: &str = "krait-311";

/// The program name argparse derives from `sys.argv[0]` when CPython runs `-m py_compile`.
const USAGE: &str = "usage: py_compile.py [-h] [-q] filenames [filenames ...]\n";
const HELP: &str = "
A simple command-line interface for py_compile module.

positional arguments:
  filenames    Files to compile

options:
  -h, --help   show this help message and exit
  -q, --quiet  Suppress error output
";

/// The two options.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Opt {
    Help,
    Quiet,
}

/// Option strings in registration order (argparse's `_option_string_actions`).
const OPTIONS: [(&str, Opt); 4] = [
    ("-h", Opt::Help),
    ("--help", Opt::Help),
    ("-q", Opt::Quiet),
    ("--quiet", Opt::Quiet),
];

impl Opt {
    /// argparse's name for the action in error messages.
    fn name(self) -> &'static str {
        match self {
            Opt::Help => "-h/--help",
            Opt::Quiet => "-q/--quiet",
        }
    }
}

/// The parsed command line.
#[derive(Debug, PartialEq, Eq)]
struct Args {
    quiet: bool,
    filenames: Vec<String>,
}

/// An argument that looks like an option: the action (None when unknown), its option string and
/// an explicit value glued to it.
type Matched = (Option<Opt>, &'static str, Option<String>);

/// `_parse_optional`: `Ok(None)` for a positional argument.
fn parse_optional(arg: &str) -> Result<Option<Matched>, String> {
    if !arg.starts_with('-') {
        return Ok(None);
    }
    if let Some(&(o, a)) = OPTIONS.iter().find(|(o, _)| *o == arg) {
        return Ok(Some((Some(a), o, None)));
    }
    if arg.len() == 1 {
        return Ok(None);
    }
    if let Some((opt, value)) = arg.split_once('=')
        && let Some(&(o, a)) = OPTIONS.iter().find(|(o, _)| *o == opt)
    {
        return Ok(Some((Some(a), o, Some(value.to_string()))));
    }
    // `_get_option_tuples`: long prefixes, or a short option with characters glued to it.
    let mut found: Vec<Matched> = Vec::new();
    if arg.starts_with("--") {
        let (prefix, explicit) = match arg.split_once('=') {
            Some((p, e)) => (p, Some(e.to_string())),
            None => (arg, None),
        };
        for &(o, a) in &OPTIONS {
            if o.starts_with(prefix) {
                found.push((Some(a), o, explicit.clone()));
            }
        }
    } else {
        let split = arg.char_indices().nth(2).map_or(arg.len(), |(i, _)| i);
        let (short, rest) = arg.split_at(split);
        for &(o, a) in &OPTIONS {
            if o == short {
                found.push((Some(a), o, Some(rest.to_string())));
            } else if o.starts_with(arg) {
                found.push((Some(a), o, None));
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
        return Ok(Some(f));
    }
    // A negative number or an argument with a space is a positional (no option looks like one).
    if is_negative_number(arg) || arg.contains(' ') {
        return Ok(None);
    }
    Ok(Some((None, "", None)))
}

/// argparse's `^-\d+$|^-\d*\.\d+$`.
fn is_negative_number(arg: &str) -> bool {
    let Some(body) = arg.strip_prefix('-') else {
        return false;
    };
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    match body.split_once('.') {
        None => !body.is_empty() && digits(body),
        Some((int, frac)) => digits(int) && !frac.is_empty() && digits(frac),
    }
}

/// One argument classified: argparse's pattern letter (`O`, `A`, or `-` for the first `--`).
enum Classified {
    Optional(Matched),
    Positional,
    DoubleDash,
}

/// `parse_args` for this parser: options are taken as they come (so `-h` prints the help even
/// after a bad argument), the one `nargs='+'` positional takes the first run of positional
/// arguments, and whatever is left is reported as unrecognised once the required check passed.
fn parse_args(argv: &[String]) -> Result<Args, Stop> {
    let mut classes = Vec::with_capacity(argv.len());
    let mut only_positionals = false;
    for arg in argv {
        classes.push(if only_positionals {
            Classified::Positional
        } else if arg == "--" {
            only_positionals = true;
            Classified::DoubleDash
        } else {
            match parse_optional(arg).map_err(Stop::Error)? {
                Some(m) => Classified::Optional(m),
                None => Classified::Positional,
            }
        });
    }
    let mut args = Args {
        quiet: false,
        filenames: Vec::new(),
    };
    let mut filled = false;
    let mut extras: Vec<String> = Vec::new();
    let mut i = 0;
    while i < argv.len() {
        match &classes[i] {
            Classified::Optional((action, option, explicit)) => {
                match action {
                    None => extras.push(argv[i].clone()),
                    Some(a) => consume_optional(&mut args, *a, option, explicit.clone())?,
                }
                i += 1;
            }
            _ if filled => {
                extras.push(argv[i].clone());
                i += 1;
            }
            _ => {
                // The pattern `-*A[A-]*` over the run of non-options from here.
                let end = (i..argv.len())
                    .find(|&j| matches!(classes[j], Classified::Optional(_)))
                    .unwrap_or(argv.len());
                let run = i..end;
                if !run
                    .clone()
                    .any(|j| matches!(classes[j], Classified::Positional))
                {
                    extras.extend(argv[run].iter().cloned());
                    i = end;
                    continue;
                }
                let mut values: Vec<String> = argv[run].to_vec();
                // `_get_values` drops the first '--' of a positional's strings.
                if let Some(k) = values.iter().position(|v| v == "--") {
                    values.remove(k);
                }
                args.filenames = values;
                filled = true;
                i = end;
            }
        }
    }
    if !filled {
        return Err(Stop::Error(
            "the following arguments are required: filenames".into(),
        ));
    }
    if !extras.is_empty() {
        return Err(Stop::Error(format!(
            "unrecognized arguments: {}",
            extras.join(" ")
        )));
    }
    Ok(args)
}

/// `consume_optional` for flags: an explicit value glued to a short flag chains further short
/// flags (`-qh`); any other explicit value is an error.
fn consume_optional(
    args: &mut Args,
    mut action: Opt,
    mut option: &str,
    mut explicit: Option<String>,
) -> Result<(), Stop> {
    let mut taken = Vec::new();
    loop {
        let Some(rest) = explicit.take() else {
            taken.push(action);
            break;
        };
        if option.starts_with("--") || rest.is_empty() {
            return Err(Stop::Error(format!(
                "argument {}: ignored explicit argument {}",
                action.name(),
                repr_str(&rest)
            )));
        }
        taken.push(action);
        let first = rest.chars().next().map_or(0, char::len_utf8);
        let next = format!("-{}", &rest[..first]);
        let Some(&(o, a)) = OPTIONS.iter().find(|(o, _)| *o == next) else {
            return Err(Stop::Error(format!(
                "argument {}: ignored explicit argument {}",
                action.name(),
                repr_str(&rest)
            )));
        };
        (action, option) = (a, o);
        explicit = Some(rest[first..].to_string()).filter(|r| !r.is_empty());
    }
    for a in taken {
        match a {
            Opt::Help => return Err(Stop::Help),
            Opt::Quiet => args.quiet = true,
        }
    }
    Ok(())
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
            let _ = writeln!(io.stderr, "{USAGE}py_compile.py: error: {msg}");
            return 2;
        }
    };
    let filenames = if args.filenames == ["-"] {
        stdin_lines(io)
    } else {
        args.filenames
    };
    for filename in filenames {
        let filename = filename.trim_end_matches('\n');
        if let Err(msg) = compile_file(filename, io) {
            // `parser.exit(1, message)`: the message as it is, without a newline of its own.
            if !args.quiet {
                let _ = io.stderr.write_all(msg.as_bytes());
            }
            return 1;
        }
    }
    0
}

/// `sys.stdin.readlines()`, each line without its `\n`. CPython opens stdin with
/// `newline="\n"` on POSIX, so a `\r` stays part of the name.
fn stdin_lines(io: &mut Io<'_>) -> Vec<String> {
    let mut data = Vec::new();
    let _ = io.stdin.read_to_end(&mut data);
    String::from_utf8_lossy(&data)
        .split_inclusive('\n')
        .map(|l| l.trim_end_matches('\n').to_string())
        .collect()
}

/// `importlib.util.cache_from_source(path)` with krait's tag: `_path_split` at the last `/`,
/// the name up to its last dot (the whole name when it has none, or when the dot is first),
/// `__pycache__` joined in with `_path_join`, which drops empty parts and trailing slashes.
/// Under `-O`/`-OO` the name carries `.opt-N` (PEP 488).
pub fn cache_from_source(path: &str, optimize: i32) -> String {
    let (head, tail) = match path.rfind('/') {
        Some(i) => (&path[..i], &path[i + 1..]),
        None => ("", path),
    };
    let opt = if optimize == 0 {
        String::new()
    } else {
        format!(".opt-{optimize}")
    };
    let filename = match tail.rfind('.') {
        Some(0) => format!("{}.{CACHE_TAG}{opt}.pyc", &tail[1..]),
        Some(i) => format!("{}.{CACHE_TAG}{opt}.pyc", &tail[..i]),
        None => format!("{tail}{CACHE_TAG}{opt}.pyc"),
    };
    [head, "__pycache__", &filename]
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| p.trim_end_matches('/'))
        .collect::<Vec<_>>()
        .join("/")
}

/// `str(OSError)` for an error about `filename`: `[Errno N] strerror: 'filename'`.
fn os_error(e: &std::io::Error, filename: &str) -> String {
    let text = e.to_string();
    let strerror = text
        .rfind(" (os error")
        .map_or(text.as_str(), |i| &text[..i]);
    match e.raw_os_error() {
        Some(n) => format!("[Errno {n}] {strerror}: {}", repr_str(filename)),
        None => text.clone(),
    }
}

/// `py_compile.compile(file, doraise=True)`: `Err` carries the message `main` prints.
fn compile_file(file: &str, io: &mut Io<'_>) -> Result<(), String> {
    let optimize = krait_vm::sys::process_optimize();
    let cfile = cache_from_source(file, optimize);
    let cpath = std::path::Path::new(&cfile);
    match std::fs::symlink_metadata(cpath) {
        Ok(m) if m.file_type().is_symlink() => {
            return Err(format!(
                "{cfile} is a symlink and will be changed into a regular file if import writes \
                 a byte-compiled file to it"
            ));
        }
        _ if cpath.exists() && !cpath.is_file() => {
            return Err(format!(
                "{cfile} is a non-regular file and will be changed into a regular one if import \
                 writes a byte-compiled file to it"
            ));
        }
        _ => {}
    }
    let source = std::fs::read(file).map_err(|e| os_error(&e, file))?;
    let opts = CompileOptions {
        optimize,
        ..CompileOptions::default()
    };
    let compiled = compile_source(&source, file, &opts);
    let text = String::from_utf8_lossy(&source);
    let _ =
        crate::warnings::print_compile_warnings(&compiled.warnings, file, Some(&text), io.stderr);
    let code = compiled.result.map_err(|e| compile_error(&e, file))?;
    if let Some(dir) = cpath.parent().filter(|d| !d.as_os_str().is_empty())
        && let Err(e) = std::fs::create_dir_all(dir)
        && e.kind() != std::io::ErrorKind::AlreadyExists
    {
        return Err(os_error(&e, &dir.to_string_lossy()));
    }
    let meta = std::fs::metadata(file).map_err(|e| os_error(&e, file))?;
    let validation = invalidation(&source, &meta);
    let data = write_pyc(&validation, &code).map_err(|e| format!("Sorry: ValueError: {e}"))?;
    // `_calc_mode`: the source's permissions with the owner's write bit.
    let mode = std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) | 0o200;
    write_atomic(&cfile, &data, mode)
}

/// The header `py_compile` chooses: a checked source hash when `SOURCE_DATE_EPOCH` is set
/// (reproducible builds), else the source's mtime and size, each truncated to 32 bits as
/// `_pack_uint32(int(st_mtime))` does.
fn invalidation(source: &[u8], meta: &std::fs::Metadata) -> Validation {
    if std::env::var_os("SOURCE_DATE_EPOCH").is_some_and(|v| !v.is_empty()) {
        return Validation::Hash {
            checked: true,
            hash: source_hash(source),
        };
    }
    // `int()` of the float mtime truncates toward zero, before as well as after 1970.
    let mtime = match meta
        .modified()
        .map(|t| t.duration_since(std::time::UNIX_EPOCH))
    {
        Ok(Ok(d)) => d.as_secs() as i64,
        Ok(Err(before)) => -(before.duration().as_secs() as i64),
        Err(_) => 0,
    };
    Validation::Timestamp {
        mtime: mtime as u32,
        source_size: meta.len() as u32,
    }
}

/// `_write_atomic`: a new temporary file next to the target (created exclusively, with the
/// mode less the execute bits, under the umask), then renamed over it.
fn write_atomic(cfile: &str, data: &[u8], mode: u32) -> Result<(), String> {
    use std::os::unix::fs::OpenOptionsExt;
    let tmp = format!("{cfile}.{}", std::process::id());
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(mode & 0o666)
        .open(&tmp)
        .map_err(|e| os_error(&e, &tmp))
        .and_then(|mut f| f.write_all(data).map_err(|e| os_error(&e, &tmp)))
        .and_then(|()| std::fs::rename(&tmp, cfile).map_err(|e| os_error(&e, &tmp)));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// `PyCompileError(...).msg`: a `SyntaxError` itself as `traceback.format_exception_only`
/// formats it; anything else, subclasses of `SyntaxError` included, as
/// `Sorry: Class: str(exc)`.
fn compile_error(e: &ParseError, file: &str) -> String {
    let s = match e {
        ParseError::Memory => return "Sorry: MemoryError: ".into(),
        ParseError::Recursion(msg) => return format!("Sorry: RecursionError: {msg}"),
        ParseError::UnicodeDecode(msg) => return format!("Sorry: UnicodeDecodeError: {msg}"),
        ParseError::Syntax(s) => s,
    };
    // krait reports a construct its compiler cannot handle yet as a located-nowhere
    // `SystemError: ...`; it is shown as the SystemError it stands for.
    if s.lineno.is_none()
        && let Some(rest) = s.msg.strip_prefix("SystemError: ")
    {
        return format!("Sorry: SystemError: {rest}");
    }
    if s.class != ErrorClass::SyntaxError {
        // `SyntaxError.__str__`: the message, then the file's base name and the line.
        let base = file.rsplit('/').next().unwrap_or(file);
        return match s.lineno {
            Some(l) => format!("Sorry: {}: {} ({base}, line {l})", s.class.name(), s.msg),
            None => format!("Sorry: {}: {}", s.class.name(), s.msg),
        };
    }
    let mut out = String::new();
    if let Some(lineno) = s.lineno {
        out.push_str(&format!("  File \"{file}\", line {lineno}\n"));
        // Errors of the symbol table and the compiler carry no text: CPython reads the line
        // back from the file (`PyErr_ProgramTextObject`).
        let text = s.text.clone().or_else(|| program_text(file, lineno));
        if let Some(text) = text {
            out.push_str(&error_text(&text, s.offset, s.end_offset));
        }
    }
    let msg = if s.msg.is_empty() {
        "<no detail available>"
    } else {
        &s.msg
    };
    out.push_str(&format!("SyntaxError: {msg}\n"));
    out
}

/// The source line and caret line of `TracebackException._format_syntax_error`: the line
/// without its newline and leading spaces, newlines and form feeds; carets from the 1-based
/// `offset` to `end_offset` (at least one), in characters, under whitespace kept as it is.
fn error_text(text: &str, offset: Option<i64>, end_offset: Option<i64>) -> String {
    let rtext = text.trim_end_matches('\n');
    let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
    let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
    let mut out = format!("    {ltext}\n");
    let Some(offset) = offset else {
        return out;
    };
    let mut end = match end_offset {
        None | Some(0) => offset,
        Some(e) => e,
    };
    if end == offset || end == -1 {
        end = offset + 1;
    }
    let (col, end_col) = (offset - 1 - spaces, end - 1 - spaces);
    if col >= 0 {
        let pad: String = ltext
            .chars()
            .take(col as usize)
            .map(|c| {
                if krait_syntax::unicode::is_space(c) {
                    c
                } else {
                    ' '
                }
            })
            .collect();
        let carets = "^".repeat(usize::try_from(end_col - col).unwrap_or(0));
        out.push_str(&format!("    {pad}{carets}\n"));
    }
    out
}

/// `err_programtext`: line `lineno` of the file, read with universal newlines and decoded as
/// UTF-8, with its newline; `None` when the file or the line cannot be read. The line is read
/// through a 1000-byte buffer, so of a longer line only its last 999-byte chunk remains.
fn program_text(file: &str, lineno: i64) -> Option<String> {
    const CHUNK: usize = 999;
    let data = std::fs::read(file).ok()?;
    let n = usize::try_from(lineno).ok()?.checked_sub(1)?;
    let mut text = Vec::with_capacity(data.len());
    let mut bytes = data.iter().peekable();
    while let Some(&b) = bytes.next() {
        if b == b'\r' {
            bytes.next_if_eq(&&b'\n');
            text.push(b'\n');
        } else {
            text.push(b);
        }
    }
    let line = text.split_inclusive(|&b| b == b'\n').nth(n)?;
    let start = (line.len().saturating_sub(1) / CHUNK) * CHUNK;
    String::from_utf8(line[start..].to_vec()).ok()
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
        let ok = |v: &[&str]| parse_args(&s(v)).unwrap();
        assert_eq!(ok(&["a", "b", "-q"]).filenames, s(&["a", "b"]));
        assert!(ok(&["--qu", "a"]).quiet);
        assert_eq!(ok(&["a", "--", "-q"]).filenames, s(&["a", "-q"]));
        assert_eq!(ok(&["-1", "-a b"]).filenames, s(&["-1", "-a b"]));
        assert_eq!(
            err(&["-x"]),
            "the following arguments are required: filenames"
        );
        assert_eq!(err(&["a", "-q", "b"]), "unrecognized arguments: b");
        assert_eq!(err(&["-x", "a"]), "unrecognized arguments: -x");
        assert_eq!(
            err(&["-q=1", "a"]),
            "argument -q/--quiet: ignored explicit argument '1'"
        );
        assert_eq!(
            err(&["--hel=x"]),
            "argument -h/--help: ignored explicit argument 'x'"
        );
        assert_eq!(
            err(&["--"]),
            "the following arguments are required: filenames"
        );
        assert_eq!(parse_args(&s(&["-qh"])), Err(Stop::Help));
        assert_eq!(parse_args(&s(&["-x", "-h"])), Err(Stop::Help));
    }

    #[test]
    fn cache_paths_follow_importlib() {
        // The oracle's `importlib.util.cache_from_source`, asked live, with its tag read as ours.
        let paths = ["a.py", "d/e/a.b.py", "noext", ".hidden", "/x.py", "d//f.py"];
        for optimize in [0, 1, 2] {
            for path in paths {
                let opt = if optimize == 0 {
                    "''".to_string()
                } else {
                    optimize.to_string()
                };
                let out = std::process::Command::new("python3")
                    .args([
                        "-c",
                        &format!(
                            "import importlib.util as u; \
                             print(u.cache_from_source({path:?}, optimization={opt}))"
                        ),
                    ])
                    .output()
                    .expect("python3 runs");
                let theirs = String::from_utf8_lossy(&out.stdout)
                    .trim_end()
                    .replace("cpython-311", CACHE_TAG);
                assert_eq!(
                    cache_from_source(path, optimize),
                    theirs,
                    "{path} -O{optimize}"
                );
            }
        }
    }

    #[test]
    fn carets_follow_traceback_module() {
        assert_eq!(
            error_text("x = (\n", Some(5), Some(6)),
            "    x = (\n        ^\n"
        );
        assert_eq!(
            error_text("  \treturn 1\n", Some(4), Some(12)),
            "    \treturn 1\n    \t^^^^^^^^\n"
        );
        assert_eq!(error_text("  x\n", Some(1), None), "    x\n");
    }
}
