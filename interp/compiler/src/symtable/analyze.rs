//! The second pass (`symtable_analyze`): resolves each name's scope from the raw flags and the
//! nesting of blocks — local, global (explicit or implicit), free or cell — and raises the errors
//! that need the whole tree (`nonlocal` without a binding).
//!
//! Each block is analysed with the names bound by enclosing functions (`bound`) and declared
//! global (`global`) and returns the names its subtree uses freely. A function that binds one of
//! those turns it into a cell; a class passes them on (but keeps `__class__`, for which it makes
//! the implicit cell of zero-argument `super()`).

use crate::fxhash::FastSet;
use std::collections::BTreeSet;

use krait_syntax::parser::ParseError;

use super::errors::{Result, ranged};
use super::types::{Block, BlockId, BlockType, Flags, Scope};

type Names = FastSet<String>;

/// Analyses the tree from the module block (block 0).
pub(crate) fn analyze(blocks: &mut [Block]) -> Result<()> {
    let mut global = Names::default();
    analyze_block(blocks, 0, None, &mut global).map(|_| ())
}

/// `analyze_block`: resolves block `id` and its children; returns the names free in it or below
/// that must come from outside. `bound` and `global` are this block's own copies: declaring a name
/// global removes it from `bound`, binding it removes it from `global`, as in CPython.
fn analyze_block(
    blocks: &mut [Block],
    id: BlockId,
    mut bound: Option<&mut Names>,
    global: &mut Names,
) -> Result<Names> {
    let kind = blocks[id].kind;
    let mut local = Names::default();
    let mut free = Names::default();
    let mut new_bound = Names::default();
    let mut new_global = Names::default();
    // A class's own names are invisible to its methods: children see only what the class saw.
    if kind == BlockType::Class {
        new_global.extend(global.iter().cloned());
        if let Some(b) = bound.as_deref() {
            new_bound.extend(b.iter().cloned());
        }
    }
    for index in 0..blocks[id].symbols.len() {
        let (scope, needs_outside) = analyze_name(
            &blocks[id],
            index,
            bound.as_deref_mut(),
            &mut local,
            &mut free,
            global,
        )?;
        // `ste_free`: the block reads names from outside it.
        blocks[id].free |= needs_outside;
        blocks[id].set_scope(index, scope);
    }
    if kind == BlockType::Class {
        new_bound.insert("__class__".to_owned());
    } else {
        if kind == BlockType::Function {
            new_bound.extend(local.iter().cloned());
        }
        if let Some(b) = bound.as_deref() {
            new_bound.extend(b.iter().cloned());
        }
        new_global.extend(global.iter().cloned());
    }
    let mut new_free = Names::default();
    for child in blocks[id].children.clone() {
        let mut child_bound = new_bound.clone();
        let mut child_global = new_global.clone();
        let child_free = analyze_block(blocks, child, Some(&mut child_bound), &mut child_global)?;
        new_free.extend(child_free);
        if blocks[child].free || blocks[child].child_free {
            blocks[id].child_free = true;
        }
    }
    match kind {
        BlockType::Function => make_cells(&mut blocks[id], &mut new_free),
        // `drop_class_free`: a method's free `__class__` is the class's implicit cell.
        BlockType::Class if new_free.remove("__class__") => {
            blocks[id].needs_class_closure = true;
        }
        _ => {}
    }
    update_symbols(&mut blocks[id], bound.as_deref(), &new_free);
    free.extend(new_free);
    Ok(free)
}

/// `analyze_name`: the scope of one name from its flags and the enclosing bindings, and whether
/// it makes the block need names from outside (`ste_free`): a free name does, and so does an
/// implicit global of a nested block unless an enclosing block declared it global.
fn analyze_name(
    block: &Block,
    index: usize,
    bound: Option<&mut Names>,
    local: &mut Names,
    free: &mut Names,
    global: &mut Names,
) -> Result<(Scope, bool)> {
    let symbol = &block.symbols[index];
    let (name, flags) = (&symbol.name, symbol.flags);
    if flags.intersects(Flags::GLOBAL) {
        if flags.intersects(Flags::NONLOCAL) {
            return Err(at_directive(
                block,
                name,
                format!("name '{name}' is nonlocal and global"),
            ));
        }
        global.insert(name.clone());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok((Scope::GlobalExplicit, false));
    }
    if flags.intersects(Flags::NONLOCAL) {
        let Some(b) = bound else {
            let msg = "nonlocal declaration not allowed at module level".to_owned();
            return Err(at_directive(block, name, msg));
        };
        if !b.contains(name) {
            return Err(at_directive(
                block,
                name,
                format!("no binding for nonlocal '{name}' found"),
            ));
        }
        free.insert(name.clone());
        return Ok((Scope::Free, true));
    }
    if flags.intersects(Flags::BOUND) {
        local.insert(name.clone());
        global.remove(name);
        return Ok((Scope::Local, false));
    }
    // Bound by an enclosing function: free here. (Only nested blocks have a `bound` set.)
    if bound.is_some_and(|b| b.contains(name)) {
        free.insert(name.clone());
        return Ok((Scope::Free, true));
    }
    if global.contains(name) {
        return Ok((Scope::GlobalImplicit, false));
    }
    Ok((Scope::GlobalImplicit, block.nested))
}

/// `error_at_directive`: an error about a declared name points at its first `global`/`nonlocal`
/// (or assignment expression target), with CPython's `+ 1` columns.
fn at_directive(block: &Block, name: &str, msg: String) -> ParseError {
    let range = block
        .directives
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, r)| *r)
        .unwrap_or_default();
    ranged(msg, range)
}

/// `analyze_cells`: a function's local that a nested block uses freely becomes a cell, and is no
/// longer free above this function.
fn make_cells(block: &mut Block, free: &mut Names) {
    for index in 0..block.symbols.len() {
        if block.symbols[index].scope == Some(Scope::Local)
            && free.remove(&block.symbols[index].name)
        {
            block.set_scope(index, Scope::Cell);
        }
    }
}

/// `update_symbols`: the names free in children that this block does not define are added to it
/// as free (passing through), unless no enclosing function binds them (then they are globals and
/// nothing is added). A class that defines such a name marks it `DEF_FREE_CLASS`.
///
/// CPython adds them in its set's hash order; here they are added in sorted order, which is
/// deterministic (only `symtable.get_symbols()`' order can tell the difference: the compiler sorts
/// cell and free variables by name).
fn update_symbols(block: &mut Block, bound: Option<&Names>, free: &Names) {
    let is_class = block.kind == BlockType::Class;
    let sorted: BTreeSet<&String> = free.iter().collect();
    for name in sorted {
        if let Some(sym) = block.symbol(name) {
            if is_class && sym.flags.intersects(Flags::BOUND | Flags::GLOBAL) {
                let flags = sym.flags | Flags::FREE_CLASS;
                block.set_flags(name, flags);
            }
            continue;
        }
        if bound.is_some_and(|b| !b.contains(name.as_str())) {
            continue;
        }
        block.set_flags(name, Flags::default());
        let index = block.symbols.len() - 1;
        block.set_scope(index, Scope::Free);
    }
}
