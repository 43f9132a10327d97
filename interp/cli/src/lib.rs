//! The `krait` command line: parses `python3`-style arguments and dispatches to the pipeline stages.
//!
//! Everything is reachable as a library call ([`run`]) with injectable standard streams, so the
//! differential harness can drive the exact code path of the binary in-process.

pub mod modules;
mod process;
pub mod repl;
pub mod run;
pub mod syntax_error;
pub mod warnings;

use krait_syntax::parser::{Mode, ParseError, ParseOptions};
use std::io::{BufRead, Write};

pub use process::process_main;

/// The three standard streams of one `krait` invocation.
pub struct Io<'a> {
    pub stdin: &'a mut dyn BufRead,
    pub stdout: &'a mut dyn Write,
    pub stderr: &'a mut dyn Write,
}

impl std::fmt::Debug for Io<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Io { .. }")
    }
}

/// What `krait` was asked to do, decided from its arguments the way `python3` decides.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Invocation {
    /// `-m MODULE ARGS...`
    Module(String, Vec<String>),
    /// `-c CODE ARGS...`
    Command(String, Vec<String>),
    /// `FILE ARGS...` or `- ARGS...`
    Script(String, Vec<String>),
    /// No program: the interactive prompt.
    Repl,
    /// `-V`/`--version` (`-VV`: the long form): the version, and nothing runs.
    Version { long: bool },
    /// `-h`/`-?`/`--help`: the usage, and nothing runs.
    Help,
}

/// What `krait -h` prints: the command line `krait` takes (the options `python3` takes that
/// change what krait does; the others are accepted and ignored).
const USAGE: &str = "\
usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-B     : don't write .pyc files on import (also PYTHONDONTWRITEBYTECODE=x)
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-I     : isolate krait from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements (-OO: docstrings too)
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version; -VV: more)
-W arg : warning control (also PYTHONWARNINGS=arg)
-X opt : set implementation-specific option (sys._xoptions)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// One interpreter option.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Opt {
    /// A one-letter flag (`-B`, `-E`, `-I`, `-O`, `-u`...).
    Flag(char),
    /// `-X OPTION` (`sys._xoptions`).
    X(String),
    /// `-W ACTION` (`sys.warnoptions`).
    W(String),
}

/// The one-letter flags `python3` 3.11 takes (`PROGRAM_OPTS` of `Python/initconfig.c`, less
/// the ones with a value).
const FLAGS: &str = "bBdEiIOPqRsSuvx";

/// Reads the argument vector (without the program name) as CPython's `Modules/main.c` does:
/// interpreter options come first, flags may be grouped (`-IEs`), `-X`/`-W` take a value
/// (glued or the next argument), and the first of `-c`, `-m`, `FILE`, `-` or `--` ends them.
/// `-V` wins wherever it comes among the options.
fn scan(args: &[String]) -> Result<(Vec<Opt>, Invocation), String> {
    let mut opts = Vec::new();
    let mut versions = 0;
    let mut i = 0;
    let version = |versions: usize| Invocation::Version { long: versions > 1 };
    while i < args.len() {
        let arg = &args[i];
        if arg == "-" || !arg.starts_with('-') {
            let inv = Invocation::Script(arg.clone(), args[i + 1..].to_vec());
            return Ok((opts, if versions > 0 { version(versions) } else { inv }));
        }
        if arg == "--" {
            let inv = match args.get(i + 1) {
                Some(file) => Invocation::Script(file.clone(), args[i + 2..].to_vec()),
                None => Invocation::Repl,
            };
            return Ok((opts, if versions > 0 { version(versions) } else { inv }));
        }
        if arg == "--version" {
            versions += 1;
            i += 1;
            continue;
        }
        // As `config_parse_cmdline`: help ends the scan where it is met, whatever follows.
        if arg == "--help" {
            return Ok((opts, Invocation::Help));
        }
        if arg.starts_with("--") {
            return Err(format!("unknown option {arg}"));
        }
        let body = &arg[1..];
        let mut used_next = false;
        for (k, c) in body.char_indices() {
            let rest = &body[k + c.len_utf8()..];
            match c {
                'c' | 'm' => {
                    let (v, tail) = take_value(args, i, rest, if c == 'c' { "-c" } else { "-m" })?;
                    if versions > 0 {
                        return Ok((opts, version(versions)));
                    }
                    let inv = if c == 'c' {
                        Invocation::Command(v, tail)
                    } else {
                        Invocation::Module(v, tail)
                    };
                    return Ok((opts, inv));
                }
                'X' | 'W' => {
                    let value = if rest.is_empty() {
                        used_next = true;
                        args.get(i + 1)
                            .cloned()
                            .ok_or_else(|| format!("Argument expected for the -{c} option"))?
                    } else {
                        rest.to_string()
                    };
                    opts.push(if c == 'X' {
                        Opt::X(value)
                    } else {
                        Opt::W(value)
                    });
                    break;
                }
                'V' => versions += 1,
                'h' | '?' => return Ok((opts, Invocation::Help)),
                c if FLAGS.contains(c) => opts.push(Opt::Flag(c)),
                _ => return Err(format!("Unknown option: -{c}")),
            }
        }
        i += if used_next { 2 } else { 1 };
    }
    let inv = if versions > 0 {
        version(versions)
    } else {
        Invocation::Repl
    };
    Ok((opts, inv))
}

/// What `krait` was asked to run.
fn parse_args(args: &[String]) -> Result<Invocation, String> {
    scan(args).map(|(_, inv)| inv)
}

/// Whether `flag` (`"-i"`, `"-q"`...) is among the interpreter options before the program:
/// `-i` (`inspect`: the prompt opens after the program, or even when standard input is not a
/// terminal), `-q` (no banner).
fn has_flag(args: &[String], flag: &str) -> bool {
    options(args).any(|a| a == flag)
}

/// The interpreter's one-letter flags, in order, once each time given.
fn flag_letters(args: &[String]) -> Vec<char> {
    let opts = scan(args).map(|(o, _)| o).unwrap_or_default();
    opts.into_iter()
        .filter_map(|o| match o {
            Opt::Flag(c) => Some(c),
            _ => None,
        })
        .collect()
}

/// The interpreter's one-letter flags, each as `-F` (a grouped `-IE` gives `-I` and `-E`).
fn options(args: &[String]) -> impl Iterator<Item = String> {
    let opts = scan(args).map(|(o, _)| o).unwrap_or_default();
    opts.into_iter().filter_map(|o| match o {
        Opt::Flag(c) => Some(format!("-{c}")),
        _ => None,
    })
}

/// `sys._xoptions`'s `-X` values, and `sys.warnoptions` as `config_init_warnoptions` builds
/// it, lowest precedence first: `default` for `-X dev`, `PYTHONWARNINGS`'s entries (unless
/// `-E`/`-I`), the `-W` values, then the `BytesWarning` filter of `-b`/`-bb`.
fn valued_options(args: &[String]) -> (Vec<String>, Vec<String>) {
    let opts = scan(args).map(|(o, _)| o).unwrap_or_default();
    let mut xs = Vec::new();
    let mut ws = Vec::new();
    let mut bytes_warning = 0;
    let mut ignore_env = false;
    for o in opts {
        match o {
            Opt::X(v) => xs.push(v),
            Opt::W(v) => ws.push(v),
            Opt::Flag('b') => bytes_warning += 1,
            Opt::Flag('E' | 'I') => ignore_env = true,
            Opt::Flag(_) => {}
        }
    }
    let mut warn = Vec::new();
    if xs.iter().any(|x| x == "dev") {
        warn.push("default".to_string());
    }
    if !ignore_env && let Ok(env) = std::env::var("PYTHONWARNINGS") {
        warn.extend(env.split(',').filter(|w| !w.is_empty()).map(String::from));
    }
    warn.extend(ws);
    match bytes_warning {
        0 => {}
        1 => warn.push("default::BytesWarning".into()),
        _ => warn.push("error::BytesWarning".into()),
    }
    (xs, warn)
}

/// The optimisation level: one per `O` of the `-O`/`-OO` options, raised to `PYTHONOPTIMIZE`
/// (a number, or 1 for any other non-empty value) unless `-E`/`-I` ignore the environment, as
/// `config_parse_cmdline` and `_Py_get_env_flag` combine them.
fn optimize_level(args: &[String]) -> i32 {
    let mut level = 0;
    let mut ignore_env = false;
    for a in options(args) {
        match a.as_str() {
            "-O" => level += 1,
            "-E" | "-I" => ignore_env = true,
            _ => {}
        }
    }
    if !ignore_env
        && let Ok(v) = std::env::var("PYTHONOPTIMIZE")
        && !v.is_empty()
    {
        level = level.max(v.trim().parse::<i32>().unwrap_or(1));
    }
    level
}

/// `-u`, or a non-empty `PYTHONUNBUFFERED` unless `-E`/`-I` ignore the environment: stdout and
/// stderr then write each piece of text through at once (`config_init_stdio`).
pub fn unbuffered(args: &[String]) -> bool {
    env_or_flag(args, "-u", "PYTHONUNBUFFERED")
}

/// An option that is on when given as `flag` or when the environment variable `var` is
/// non-empty, unless `-E`/`-I` ignore the environment (`_Py_get_env_flag`).
fn env_or_flag(args: &[String], flag: &str, var: &str) -> bool {
    if has_flag(args, flag) {
        return true;
    }
    let ignore_env = options(args).any(|a| a == "-E" || a == "-I");
    !ignore_env && std::env::var_os(var).is_some_and(|v| !v.is_empty())
}

/// `PYTHONSTARTUP`, which the prompt runs first when no program is given, unless `-E` or
/// `-I` tells the interpreter to ignore the environment.
fn startup_file(args: &[String]) -> Option<String> {
    let ignore_env = options(args).any(|a| a == "-E" || a == "-I");
    if ignore_env {
        return None;
    }
    std::env::var("PYTHONSTARTUP")
        .ok()
        .filter(|p| !p.is_empty())
}

/// Takes the value of `-c`/`-m`, either glued (`-mtokenize`) or as the next argument.
fn take_value(
    args: &[String],
    i: usize,
    glued: &str,
    flag: &str,
) -> Result<(String, Vec<String>), String> {
    if !glued.is_empty() {
        return Ok((glued.to_string(), args[i + 1..].to_vec()));
    }
    match args.get(i + 1) {
        Some(v) => Ok((v.clone(), args[i + 2..].to_vec())),
        None => Err(format!("Argument expected for the {flag} option")),
    }
}

/// Runs `krait` with `args` (without the program name) and returns the process exit status.
pub fn run(args: &[String], io: &mut Io<'_>) -> i32 {
    let invocation = match parse_args(args) {
        Ok(inv) => inv,
        Err(msg) => {
            // CPython prints the message, then a usage hint, and exits with status 2.
            let _ = writeln!(io.stderr, "{msg}");
            let _ = writeln!(
                io.stderr,
                "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ..."
            );
            let _ = writeln!(io.stderr, "Try `krait -h' for more information.");
            return 2;
        }
    };
    krait_vm::sys::set_process_optimize(optimize_level(args));
    krait_vm::sys::set_process_flags(flag_letters(args));
    let (xoptions, warnoptions) = valued_options(args);
    krait_vm::sys::set_process_options(xoptions, warnoptions);
    krait_vm::sys::set_process_unbuffered(unbuffered(args));
    krait_vm::sys::set_process_dont_write_bytecode(env_or_flag(
        args,
        "-B",
        "PYTHONDONTWRITEBYTECODE",
    ));
    let inspect = has_flag(args, "-i");
    let tty = std::io::IsTerminal::is_terminal(&std::io::stdin());
    let quiet = has_flag(args, "-q");
    match invocation {
        Invocation::Module(name, rest) => match modules::find(&name) {
            Some(main) => main(&rest, io),
            None => run::run_module(&name, &rest, io),
        },
        Invocation::Command(code, rest) => {
            // `-c` source is text (`PyCF_IGNORE_COOKIE`): the string tokenizer, file "<string>".
            let parsed =
                krait_syntax::parser::parse_full(&code, Mode::Exec, ParseOptions::default());
            let _ = warnings::print_compile_warnings(&parsed.warnings, "<string>", None, io.stderr);
            let mut argv = vec!["-c".to_string()];
            argv.extend(rest);
            let program = Loaded {
                parsed: parsed.result,
                filename: "<string>",
                file: None,
                text: None,
            };
            run_loaded(program, &argv, inspect.then_some(tty), io)
        }
        Invocation::Script(path, rest) if path != "-" => {
            let mut argv = vec![path.clone()];
            argv.extend(rest);
            run_file(&path, &argv, inspect.then_some(tty), io)
        }
        // `python3 -` on a terminal reads its program at the prompt.
        Invocation::Script(_, rest) if tty => {
            let mut argv = vec!["-".to_string()];
            argv.extend(rest);
            let opts = repl::Options { tty: true, quiet };
            repl::interactive(io, opts, &argv, Err(startup_file(args)))
        }
        Invocation::Script(_, rest) => run_stdin("-", rest, io),
        // Without a terminal, `python3` with no program reads one from standard input, unless
        // `-i` asks for the prompt anyway.
        Invocation::Repl if tty || inspect => {
            let opts = repl::Options { tty, quiet };
            repl::interactive(io, opts, &[String::new()], Err(startup_file(args)))
        }
        Invocation::Repl => run_stdin("", Vec::new(), io),
        Invocation::Help => {
            let _ = io.stdout.write_all(USAGE.as_bytes());
            0
        }
        Invocation::Version { long } => {
            let _ = writeln!(io.stdout, "Python {}", krait_vm::sys::version_string(long));
            0
        }
    }
}

/// A parsed program about to be compiled and run.
struct Loaded<'s> {
    parsed: Result<krait_syntax::ast::Mod, ParseError>,
    filename: &'s str,
    /// `__file__`, for a script.
    file: Option<&'s str>,
    /// The source, for the lines of compile-time warnings.
    text: Option<&'s str>,
}

/// Compiles and runs a parsed program; with `inspect` (`-i`, holding whether standard input
/// is a terminal) the prompt opens afterwards in its namespace, even after a syntax error.
fn run_loaded(p: Loaded<'_>, argv: &[String], inspect: Option<bool>, io: &mut Io<'_>) -> i32 {
    let Some(tty) = inspect else {
        return match p.parsed {
            Ok(module) => run::compile_and_run(module, p.filename, p.file, p.text, argv, io),
            Err(e) => finish_error(e, p.filename, io),
        };
    };
    let code = match p.parsed {
        Ok(module) => run::compile_module(module, p.filename, p.file.is_some(), p.text, io),
        Err(e) => {
            let _ = syntax_error::print(&e, p.filename, io.stderr);
            None
        }
    };
    let main = krait_vm::MainInfo {
        file: p.file.map(str::to_string),
    };
    let opts = repl::Options { tty, quiet: true };
    repl::interactive(io, opts, argv, Ok(repl::Program { code, main }))
}

/// `python3 -` (or `python3` reading a program that is not typed in): the program is standard
/// input, `sys.argv[0]` is `argv0`.
fn run_stdin(argv0: &str, rest: Vec<String>, io: &mut Io<'_>) -> i32 {
    let mut argv = vec![argv0.to_string()];
    argv.extend(rest);
    let mut source = Vec::new();
    if let Err(e) = io.stdin.read_to_end(&mut source) {
        let _ = writeln!(io.stderr, "krait: can't read <stdin>: {e}");
        return 2;
    }
    let parsed = krait_syntax::parser::parse_file_full(&source, "<stdin>", ParseOptions::default());
    let _ = warnings::print_compile_warnings(&parsed.warnings, "<stdin>", None, io.stderr);
    match parsed.result {
        Ok(module) => run::compile_and_run(module, "<stdin>", None, None, &argv, io),
        Err(e) => finish_error(e, "<stdin>", io),
    }
}

/// `python3 FILE`: an unreadable file is reported as CPython's `pymain_run_file` does (status 2);
/// otherwise the file tokenizer's decoding rules apply.
fn run_file(path: &str, argv: &[String], inspect: Option<bool>, io: &mut Io<'_>) -> i32 {
    let shown = absolute(path);
    match std::fs::read(path) {
        Ok(source) if run::is_pyc(path, &source) => run::run_pyc(&source, &shown, argv, io),
        Ok(source) => {
            let parsed =
                krait_syntax::parser::parse_file_full(&source, &shown, ParseOptions::default());
            let text = String::from_utf8_lossy(&source);
            let _ =
                warnings::print_compile_warnings(&parsed.warnings, &shown, Some(&text), io.stderr);
            let program = Loaded {
                parsed: parsed.result,
                filename: &shown,
                file: Some(&shown),
                text: Some(&text),
            };
            run_loaded(program, argv, inspect, io)
        }
        Err(e) => {
            let _ = writeln!(
                io.stderr,
                "krait: can't open file {}: [Errno {}] {}",
                krait_syntax::pyrepr::repr_str(&shown),
                e.raw_os_error().unwrap_or(0),
                os_error_text(&e)
            );
            2
        }
    }
}

/// `_Py_abspath`, which 3.11 applies to the script's name before compiling it: the current
/// directory joined to a relative path, without normalising it.
fn absolute(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{path}", cwd.to_string_lossy()),
        Err(_) => path.to_string(),
    }
}

/// `strerror` without Rust's " (os error N)" suffix.
pub(crate) fn os_error_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.rfind(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// A program that does not parse: the syntax error is printed as `PyErr_Print` prints it
/// (status 1).
fn finish_error(e: ParseError, filename: &str, io: &mut Io<'_>) -> i32 {
    let _ = syntax_error::print(&e, filename, io.stderr);
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn module_flag_ends_option_processing() {
        assert_eq!(
            parse_args(&s(&["-B", "-m", "tokenize", "-e", "f.py"])),
            Ok(Invocation::Module("tokenize".into(), s(&["-e", "f.py"])))
        );
        assert_eq!(
            parse_args(&s(&["-mtokenize"])),
            Ok(Invocation::Module("tokenize".into(), vec![]))
        );
    }

    #[test]
    fn script_and_command_and_repl() {
        assert_eq!(
            parse_args(&s(&["a.py", "-c"])),
            Ok(Invocation::Script("a.py".into(), s(&["-c"])))
        );
        assert_eq!(
            parse_args(&s(&["-c", "pass", "x"])),
            Ok(Invocation::Command("pass".into(), s(&["x"])))
        );
        assert_eq!(parse_args(&[]), Ok(Invocation::Repl));
        assert!(parse_args(&s(&["-c"])).is_err());
        assert!(parse_args(&s(&["--bogus"])).is_err());
        assert_eq!(
            parse_args(&s(&["-B", "-V", "-c", "pass"])),
            Ok(Invocation::Version { long: false })
        );
        assert_eq!(
            parse_args(&s(&["-V", "--version"])),
            Ok(Invocation::Version { long: true })
        );
        assert_eq!(
            parse_args(&s(&["-c", "pass", "-V"])),
            Ok(Invocation::Command("pass".into(), s(&["-V"])))
        );
        for help in [
            &["-h"][..],
            &["-B", "-?", "-c", "pass"],
            &["-V", "--help"],
            &["-Eh"],
        ] {
            assert_eq!(parse_args(&s(help)), Ok(Invocation::Help), "{help:?}");
        }
        assert_eq!(
            parse_args(&s(&["-c", "pass", "-h"])),
            Ok(Invocation::Command("pass".into(), s(&["-h"])))
        );
    }

    #[test]
    fn grouped_flags_and_valued_options() {
        assert!(has_flag(&s(&["-IEs", "f.py"]), "-E"));
        assert!(has_flag(&s(&["-qi"]), "-i"));
        assert_eq!(
            parse_args(&s(&["-X", "faulthandler", "-I", "-c", "pass"])),
            Ok(Invocation::Command("pass".into(), vec![]))
        );
        assert_eq!(
            parse_args(&s(&["-Wignore", "-Xdev", "-Bc", "pass", "a"])),
            Ok(Invocation::Command("pass".into(), s(&["a"])))
        );
        assert_eq!(
            valued_options(&s(&["-Xa=1", "-X", "b", "-W", "error", "-E", "-c", "0"])),
            (s(&["a=1", "b"]), s(&["error"]))
        );
        assert_eq!(
            valued_options(&s(&["-Xdev", "-bb", "-I", "-c", "0"])).1,
            s(&["default", "error::BytesWarning"])
        );
        assert_eq!(
            parse_args(&s(&["-X"])),
            Err("Argument expected for the -X option".into())
        );
        assert_eq!(parse_args(&s(&["-Iz"])), Err("Unknown option: -z".into()));
        assert_eq!(
            parse_args(&s(&["--", "f.py", "-x"])),
            Ok(Invocation::Script("f.py".into(), s(&["-x"])))
        );
        assert_eq!(optimize_level(&s(&["-OO", "-E", "-c", "0"])), 2);
    }

    #[test]
    fn interpreter_flags_before_the_program() {
        assert!(has_flag(&s(&["-q", "-i"]), "-i"));
        assert!(has_flag(&s(&["-i", "f.py", "-q"]), "-i"));
        assert!(!has_flag(&s(&["f.py", "-i"]), "-i"));
        assert!(!has_flag(&s(&["-c", "-i"]), "-i"));
        assert_eq!(parse_args(&s(&["-i"])), Ok(Invocation::Repl));
    }
}
