//! The symbol table: CPython 3.11's `Python/symtable.c` rebuilt over krait's AST — one table per
//! block (module, class, function, lambda, comprehension), each name's raw flags and resolved scope,
//! and the compile-time errors that stage raises.
//!
//! Like CPython, building is two passes: [`builder`] (with [`visit_expr`]) walks the AST and records
//! raw facts (bound here, used here, declared global, ...), then [`analyze`] resolves every name's
//! scope from the nesting of blocks. [`future`] collects `from __future__` features first, as
//! `_PyFuture_FromAST` does before `_PySymtable_Build`.

mod analyze;
mod builder;
mod errors;
pub mod future;
pub mod mangle;
mod types;
mod visit_expr;

use crate::fxhash::{FastMap, FastSet};

use krait_syntax::ast::{Expr, Mod, Stmt};
use krait_syntax::parser::ParseError;

pub use future::FutureFeatures;
pub use mangle::mangle;
pub use types::{Block, BlockId, BlockType, ComprehensionKind, Flags, SCOPE_OFFSET, Scope, Symbol};

/// The symbol tables of one module: every block in creation order (the module is block 0), with the
/// `__future__` features in effect.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    /// All blocks, in the order they were entered. Annotation blocks (only made under
    /// `from __future__ import annotations`) are here too but are nobody's child, as in CPython,
    /// where they exist only to keep annotation names out of the enclosing scope.
    pub blocks: Vec<Block>,
    /// The `__future__` features of the module (plus inherited compiler flags).
    pub future: FutureFeatures,
    /// AST node address → block, CPython's `st_blocks` keyed by node pointer.
    keys: FastMap<usize, BlockId>,
    /// Every symbol name of every block, made on first use by [`SymbolTable::is_identifier`].
    symbol_names: std::cell::OnceCell<FastSet<Box<[u8]>>>,
    /// The module's other identifiers (attribute and keyword names, ...); see
    /// [`SymbolTable::is_identifier`].
    other_identifiers: FastSet<Box<[u8]>>,
}

/// Options of [`build`]: what CPython takes from `compile()`'s flags and the thread state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SymtableOptions {
    /// `CO_FUTURE_*` bits inherited from the caller (`compile(..., flags=...)`), merged into the
    /// module's own features as `compile.c` does (`ff_features |= cf_flags`).
    pub inherited_features: u32,
    /// The symtable's recursion budget: CPython allows `3 × sys.getrecursionlimit()` nested
    /// statements/expressions/patterns, minus `3 ×` the caller's current depth.
    pub recursion_limit: u32,
}

impl Default for SymtableOptions {
    fn default() -> Self {
        SymtableOptions {
            inherited_features: 0,
            // `COMPILER_STACK_FRAME_SCALE` (3) × the default recursion limit (1000), less the
            // 3 × 1 frames of a `compile()` called from module level.
            recursion_limit: 3 * 1000 - 3,
        }
    }
}

/// The address of an AST node, the key CPython uses to find a node's block (`PySymtable_Lookup`).
pub fn stmt_key(stmt: &Stmt) -> usize {
    std::ptr::from_ref(stmt) as usize
}

/// The key of an expression node (lambda, comprehension or annotation); see [`stmt_key`].
pub fn expr_key(expr: &Expr) -> usize {
    std::ptr::from_ref(expr) as usize
}

impl SymbolTable {
    /// Whether `name` is an identifier of the module's source, which the parser interned
    /// (`_PyPegen_new_identifier`): a symbol of some block, an attribute or keyword name, a part
    /// of an imported module's name. Asked once per string constant of every code object, so
    /// the symbol names are gathered into a set the first time.
    pub fn is_identifier(&self, name: &[u8]) -> bool {
        self.other_identifiers.contains(name)
            || self
                .symbol_names
                .get_or_init(|| {
                    self.blocks
                        .iter()
                        .flat_map(|b| b.symbols.iter())
                        .map(|sym| Box::from(sym.name.as_bytes()))
                        .collect()
                })
                .contains(name)
    }

    /// The module block.
    pub fn top(&self) -> &Block {
        &self.blocks[0]
    }

    /// The block with this id.
    pub fn block(&self, id: BlockId) -> &Block {
        &self.blocks[id]
    }

    /// The children of a block, in source order.
    pub fn children(&self, id: BlockId) -> impl Iterator<Item = &Block> {
        self.blocks[id].children.iter().map(|&c| &self.blocks[c])
    }

    /// The block a `def`/`class` statement opens (None for other statements).
    pub fn lookup_stmt(&self, stmt: &Stmt) -> Option<BlockId> {
        self.keys.get(&stmt_key(stmt)).copied()
    }

    /// The block a lambda or comprehension opens (None for other expressions).
    pub fn lookup_expr(&self, expr: &Expr) -> Option<BlockId> {
        self.keys.get(&expr_key(expr)).copied()
    }
}

/// Builds the symbol table of a parsed module as `compile()` does before code generation:
/// `__future__` features (with their errors), then the two symtable passes. Errors are
/// `SyntaxError`s located as CPython reports them, or `RecursionError` for too deep a tree.
///
/// Runs on a big stack (the walk recurses once per nesting level, like CPython's).
pub fn build(module: &Mod, opts: SymtableOptions) -> Result<SymbolTable, ParseError> {
    krait_syntax::stack::with_big_stack(|| {
        let mut future = future::parse_future(module)?;
        future.features |= opts.inherited_features;
        let built = builder::Builder::run(module, future, opts.recursion_limit)?;
        let mut table = SymbolTable {
            blocks: built.blocks,
            future,
            keys: built.keys,
            symbol_names: std::cell::OnceCell::new(),
            other_identifiers: built.other_identifiers,
        };
        analyze::analyze(&mut table.blocks)?;
        Ok(table)
    })
}
