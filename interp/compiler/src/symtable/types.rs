//! The symbol table's data: blocks, symbols, their flags (`DEF_*` of `pycore_symtable.h`) and
//! scopes.

use crate::fxhash::FastMap;
use std::ops::{BitOr, BitOrAssign};

use krait_syntax::ast::Range;

/// Index of a block in [`super::SymbolTable::blocks`].
pub type BlockId = usize;

/// `_Py_block_ty`; the discriminants are CPython's (what `_symtable` entries report as `type`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    /// A `def`, `async def`, lambda or comprehension.
    Function = 0,
    /// A class body.
    Class = 1,
    /// The module (`top`).
    Module = 2,
    /// An annotation under `from __future__ import annotations` (never linked into the tree).
    Annotation = 3,
}

/// `_Py_comprehension_ty`: which comprehension a function block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComprehensionKind {
    /// `[... for ...]`
    List,
    /// `{... for ...}`
    Set,
    /// `{k: v for ...}`
    Dict,
    /// `(... for ...)`
    Generator,
}

/// A symbol's raw flags: the `DEF_*` bits of `pycore_symtable.h`, with CPython's values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Flags(pub u16);

impl Flags {
    /// `DEF_GLOBAL`: a `global` statement.
    pub const GLOBAL: Flags = Flags(1);
    /// `DEF_LOCAL`: bound in the block.
    pub const LOCAL: Flags = Flags(2);
    /// `DEF_PARAM`: a parameter.
    pub const PARAM: Flags = Flags(4);
    /// `DEF_NONLOCAL`: a `nonlocal` statement.
    pub const NONLOCAL: Flags = Flags(8);
    /// `USE`: read in the block.
    pub const USE: Flags = Flags(16);
    /// `DEF_FREE`: defined by CPython but never set by its 3.11 symtable.
    pub const FREE: Flags = Flags(32);
    /// `DEF_FREE_CLASS`: a class-level name that a method also uses as a free variable.
    pub const FREE_CLASS: Flags = Flags(64);
    /// `DEF_IMPORT`: bound by an import.
    pub const IMPORT: Flags = Flags(128);
    /// `DEF_ANNOT`: annotated (`x: int`).
    pub const ANNOT: Flags = Flags(256);
    /// `DEF_COMP_ITER`: a comprehension iteration variable.
    pub const COMP_ITER: Flags = Flags(512);
    /// `DEF_BOUND`: any binding.
    pub const BOUND: Flags = Flags(2 | 4 | 128);

    /// Whether any bit of `other` is set.
    pub fn intersects(self, other: Flags) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether there is no bit set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl BitOr for Flags {
    type Output = Flags;
    fn bitor(self, rhs: Flags) -> Flags {
        Flags(self.0 | rhs.0)
    }
}

impl BitOrAssign for Flags {
    fn bitor_assign(&mut self, rhs: Flags) {
        self.0 |= rhs.0;
    }
}

/// A name's resolved scope (the `LOCAL` ... `CELL` values of `pycore_symtable.h`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    /// A local of the block.
    Local = 1,
    /// Declared `global`.
    GlobalExplicit = 2,
    /// Global or builtin because no enclosing function binds it.
    GlobalImplicit = 3,
    /// Bound in an enclosing function.
    Free = 4,
    /// Local, and used as a free variable by a nested block.
    Cell = 5,
}

/// CPython's `SCOPE_OFFSET`: where the scope sits in a symbol's packed value.
pub const SCOPE_OFFSET: u32 = 11;

/// One name of a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// The name, mangled if it is a `__private` name inside a class.
    pub name: String,
    /// Raw facts gathered by the first pass.
    pub flags: Flags,
    /// The scope, once analysed (None only in annotation blocks, which are never analysed).
    pub scope: Option<Scope>,
}

impl Symbol {
    /// The value CPython stores in `ste_symbols`: flags with the scope at [`SCOPE_OFFSET`].
    pub fn packed(&self) -> i64 {
        i64::from(self.flags.0) | (self.scope.map_or(0, |s| s as i64) << SCOPE_OFFSET)
    }
}

/// One block (CPython's `PySTEntryObject`).
#[derive(Clone, Debug)]
pub struct Block {
    /// `top` for the module, the function or class name, `lambda`, `listcomp`, `setcomp`,
    /// `dictcomp`, `genexpr`, or `_annotation`.
    pub name: String,
    /// The block's kind.
    pub kind: BlockType,
    /// The location of the node that opened the block (all zero for the module).
    pub range: Range,
    /// The symbols in first-seen order.
    pub symbols: Vec<Symbol>,
    index: FastMap<String, usize>,
    /// Parameters in definition order (`ste_varnames`).
    pub varnames: Vec<String>,
    /// Child blocks in source order.
    pub children: Vec<BlockId>,
    /// `global`/`nonlocal` declarations (and implicit ones of assignment expressions): name and
    /// location, where errors about them point.
    pub directives: Vec<(String, Range)>,
    /// Inside a function (directly or not).
    pub nested: bool,
    /// Has free variables.
    pub free: bool,
    /// A child block has free variables.
    pub child_free: bool,
    /// Is a generator.
    pub generator: bool,
    /// Is a coroutine (or an async comprehension).
    pub coroutine: bool,
    /// Which comprehension this block is, if any.
    pub comprehension: Option<ComprehensionKind>,
    /// Has `*args`.
    pub varargs: bool,
    /// Has `**kwargs`.
    pub varkeywords: bool,
    /// Has a `return` with a value.
    pub returns_value: bool,
    /// A class whose methods use `__class__` (or `super`): it must create the `__class__` cell.
    pub needs_class_closure: bool,
    /// While visiting a comprehension target (first pass only).
    pub(crate) comp_iter_target: bool,
    /// Depth of comprehension iterable expressions being visited (first pass only).
    pub(crate) comp_iter_expr: u32,
}

impl Block {
    pub(crate) fn new(name: &str, kind: BlockType, range: Range) -> Block {
        Block {
            name: name.to_owned(),
            kind,
            range,
            symbols: Vec::new(),
            index: FastMap::default(),
            varnames: Vec::new(),
            children: Vec::new(),
            directives: Vec::new(),
            nested: false,
            free: false,
            child_free: false,
            generator: false,
            coroutine: false,
            comprehension: None,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    /// The symbol of this name (already mangled).
    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    /// The flags of a name, empty if the block does not know it (`_PyST_GetSymbol`).
    pub fn flags(&self, name: &str) -> Flags {
        self.symbol(name).map_or(Flags::default(), |s| s.flags)
    }

    /// The scope of a name (`_PyST_GetScope`), None if unknown.
    pub fn scope(&self, name: &str) -> Option<Scope> {
        self.symbol(name).and_then(|s| s.scope)
    }

    /// Sets a name's flags, adding the symbol at the end if it is new.
    pub(crate) fn set_flags(&mut self, name: &str, flags: Flags) {
        if let Some(&i) = self.index.get(name) {
            self.symbols[i].flags = flags;
        } else {
            self.index.insert(name.to_owned(), self.symbols.len());
            self.symbols.push(Symbol {
                name: name.to_owned(),
                flags,
                scope: None,
            });
        }
    }

    /// Sets the scope of an existing symbol.
    pub(crate) fn set_scope(&mut self, index: usize, scope: Scope) {
        self.symbols[index].scope = Some(scope);
    }

    /// Whether the block is a function-like scope (`FunctionBlock`).
    pub fn is_function(&self) -> bool {
        self.kind == BlockType::Function
    }
}
