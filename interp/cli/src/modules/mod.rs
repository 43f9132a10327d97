//! The `-m` modules krait implements natively until the VM can run CPython's own `Lib` versions.

pub mod ast;
pub mod dis;
pub mod py_compile;
pub mod tokenize;

use crate::Io;

/// The entry point of a native `-m` module: its arguments (after the module name) and the streams.
pub type ModuleMain = fn(&[String], &mut Io<'_>) -> i32;

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
