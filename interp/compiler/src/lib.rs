//! krait's compiler: symbol tables, AST → CPython 3.11 bytecode, marshal and `.pyc` (issue #5).

pub mod assemble;
pub mod ast_opt;
pub mod bytecode;
pub mod code;
pub mod codegen;
pub mod compile;
pub mod dis;
mod fxhash;
pub mod ir;
pub mod marshal;
pub mod opcode;
pub mod pyc;
pub mod pyhash;
pub mod setorder;
mod startup_interned;
pub mod symtable;
pub mod value;

pub use code::CodeObject;
pub use compile::{CompileOptions, Compiled, compile_ast, compile_source};
pub use opcode::Opcode;
pub use value::{PyFloat, PyStrBuf, Value};
