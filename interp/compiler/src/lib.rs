//! krait's compiler: symbol tables, AST → CPython 3.11 bytecode, marshal and `.pyc` (issue #5).

pub mod symtable;
