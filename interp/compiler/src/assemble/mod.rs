//! The assembler: CPython 3.11 `compile.c`'s back half, from a code unit's control-flow graph to a
//! code object (`assemble()` and the passes it calls, in its order).
//!
//! The passes live by family: `blocks` (block normalisation, reachability, exits, line-number
//! propagation), `optimize` (`optimize_cfg` and the peepholes), `swaps` (`swaptimize`,
//! `apply_static_swaps`), `cells` (cell/free-variable offsets and the prefix instructions),
//! `stackdepth`, `exceptions` (handler labelling and the exception table), `emit` (jump
//! normalisation, offsets, `co_code`), `linetable` (`co_linetable`) and `makecode` (the code
//! object's tables, interning).

mod blocks;
mod cells;
mod emit;
mod exceptions;
mod linetable;
mod makecode;
mod optimize;
mod stackdepth;
mod swaps;

use crate::code::{CodeObject, flags};
use crate::ir::{BlockId, Cfg, Instr};
use crate::value::{PyStrBuf, Value};

/// What code generation knows about a code unit besides its graph (`struct compiler_unit`'s
/// dictionaries flattened to index order, and the flags `compute_code_flags` computed).
///
/// Instructions that name cells and free variables (`MAKE_CELL`, `LOAD_CLOSURE`, `LOAD_DEREF`,
/// `STORE_DEREF`, `DELETE_DEREF`, `LOAD_CLASSDEREF`) carry code generation's index: a cell's
/// position in `cellvars`, or `cellvars.len()` plus a free variable's position in `freevars`
/// (as `compiler_nameop` takes them from `u_cellvars`/`u_freevars`); the assembler turns them
/// into localsplus offsets (`fix_cell_offsets`).
#[derive(Clone, Debug)]
pub struct UnitInfo {
    /// `co_name`.
    pub name: PyStrBuf,
    /// `co_qualname`; empty when not set (`u_qualname` NULL), in which case `name` serves.
    pub qualname: PyStrBuf,
    /// `co_filename`.
    pub filename: PyStrBuf,
    /// `u_firstlineno`; 0 when not set, in which case the assembler takes the entry block's first line.
    pub firstlineno: i32,
    /// `u_consts` keys in index order.
    pub consts: Vec<Value>,
    /// `u_names` in index order.
    pub names: Vec<String>,
    /// `u_varnames` in index order (parameters first).
    pub varnames: Vec<String>,
    /// `u_cellvars` in index order.
    pub cellvars: Vec<String>,
    /// `u_freevars` in index order (their indices start after the cells).
    pub freevars: Vec<String>,
    /// `u_argcount`.
    pub argcount: u32,
    /// `u_posonlyargcount`.
    pub posonlyargcount: u32,
    /// `u_kwonlyargcount`.
    pub kwonlyargcount: u32,
    /// `compute_code_flags`.
    pub flags: u32,
}

impl UnitInfo {
    /// Whether the unit is a generator or coroutine of some kind (`ste_generator ||
    /// ste_coroutine`, which is what `compute_code_flags` turns into these three flags).
    fn is_generator(&self) -> bool {
        self.flags & (flags::CO_GENERATOR | flags::CO_COROUTINE | flags::CO_ASYNC_GENERATOR) != 0
    }
}

/// `assemble(c, addNone)` after its first step: code generation has already appended the
/// implicit `return None`. Block 0 of `cfg` is the entry block.
pub fn assemble(mut cfg: Cfg, mut unit: UnitInfo) -> CodeObject {
    if cfg.blocks.is_empty() {
        debug_assert!(false, "assemble: a code unit has at least its entry block");
        cfg.new_block();
    }
    // `u_blocks`/`b_list` order: the newest block first.
    for b in (0..cfg.blocks.len()).rev() {
        blocks::normalize_basic_block(&mut cfg, b);
    }
    for b in (0..cfg.blocks.len()).rev() {
        blocks::extend_block(&mut cfg, b);
    }
    let fixed = cells::build_cellfixedoffsets(&unit);
    let firstlineno = first_line(&cfg, &unit);
    cells::insert_prefix_instructions(&mut cfg, &unit, &fixed, firstlineno);
    let numdropped = cells::fix_cell_offsets(&mut cfg, &unit, fixed);

    let mut consts = std::mem::take(&mut unit.consts);
    optimize::optimize_cfg(&mut cfg, &mut consts);
    blocks::duplicate_exits_without_lineno(&mut cfg);
    optimize::trim_unused_consts(&cfg, &mut consts);
    blocks::propagate_line_numbers(&mut cfg);
    blocks::guarantee_lineno_for_exits(&mut cfg, firstlineno);
    let maxdepth = stackdepth::stackdepth(&mut cfg, unit.is_generator());

    exceptions::label_exception_targets(&mut cfg);
    exceptions::convert_exception_handlers_to_nops(&mut cfg);
    for b in cfg.layout() {
        blocks::clean_basic_block(&mut cfg, b);
    }
    emit::normalize_jumps(&mut cfg);
    emit::assemble_jump_offsets(&mut cfg);

    let code = emit::emit_code(&cfg);
    let linetable = linetable::location_table(&cfg, firstlineno);
    let exceptiontable = exceptions::exception_table(&cfg);
    makecode::makecode(
        &unit,
        makecode::Assembled {
            code,
            consts,
            linetable,
            exceptiontable,
            firstlineno,
            maxdepth,
            numdropped,
        },
    )
}

/// "Set firstlineno if it wasn't explicitly set": the entry block's first line, else 1.
fn first_line(cfg: &Cfg, unit: &UnitInfo) -> i32 {
    if unit.firstlineno != 0 {
        return unit.firstlineno;
    }
    match cfg.blocks[0].instrs.first() {
        Some(first) if first.loc.lineno != 0 => first.loc.lineno,
        _ => 1,
    }
}

/// Walks the blocks in layout order (`for (b = entry; b; b = b->b_next)`), reading each block's
/// `next` only after `f` has run on it, as CPython's loops do.
fn for_each_in_layout(cfg: &mut Cfg, mut f: impl FnMut(&mut Cfg, BlockId)) {
    let mut b = Some(0);
    while let Some(id) = b {
        f(cfg, id);
        b = cfg.blocks[id].next;
    }
}

/// The last instruction of block `b`, if any.
fn last_instr(cfg: &Cfg, b: BlockId) -> Option<&Instr> {
    cfg.blocks[b].instrs.last()
}
