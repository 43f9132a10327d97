//! The `-m` modules krait implements natively until the VM can run CPython's own `Lib` versions.

pub mod ast;
pub mod dis;
pub mod py_compile;
pub mod tokenize;

use crate::Io;

/// The entry point of a native `-m` module: its arguments (after the module name) and the streams.
pub type ModuleMain = fn(&[String], &mut Io<'_>) -> i32;

/// How a module's argument parsing ended early (argparse's `--help` exit, or its usage error).
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Stop {
    Help,
    Error(String),
}

/// `strerror` of an I/O error as Python shows it, without Rust's " (os error N)" suffix.
pub(crate) fn strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    s.rfind(" (os error")
        .map_or(s.clone(), |i| s[..i].to_string())
}

/// Looks up a native `-m` module by name.
pub fn find(name: &str) -> Option<ModuleMain> {
    match name {
        "ast" => Some(ast::main),
        "dis" => Some(dis::main),
        "py_compile" => Some(py_compile::main),
        "tokenize" => Some(tokenize::main),
        _ => None,
    }
}
