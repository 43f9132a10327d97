//! Exception handling in the assembler, as 3.11's `compile.c` does it: `label_exception_targets`
//! (each instruction learns its handler from the stack of `SETUP_*`/`POP_BLOCK` along the
//! paths reaching it), `convert_exception_handlers_to_nops`, and `co_exceptiontable`
//! (`assemble_exception_table`, format in `Objects/exception_handling_notes.txt`).

use super::for_each_in_layout;
use crate::ir::{BlockId, Cfg, Op, Pseudo};
use crate::opcode::Opcode;

/// `ExceptStack`: the handlers in effect, innermost last; the bottom entry is "no handler".
#[derive(Clone, Debug)]
struct ExceptStack(Vec<Option<BlockId>>);

impl ExceptStack {
    fn new() -> ExceptStack {
        ExceptStack(vec![None])
    }

    fn top(&self) -> Option<BlockId> {
        self.0.last().copied().flatten()
    }

    /// `push_except_block`: `SETUP_WITH` and `SETUP_CLEANUP` handlers preserve `lasti`.
    fn push(&mut self, cfg: &mut Cfg, op: Op, target: BlockId) -> Option<BlockId> {
        if matches!(op, Op::Pseudo(Pseudo::SetupWith | Pseudo::SetupCleanup)) {
            cfg.blocks[target].preserve_lasti = true;
        }
        self.0.push(Some(target));
        Some(target)
    }

    /// `pop_except_block`.
    fn pop(&mut self) -> Option<BlockId> {
        if self.0.len() > 1 {
            self.0.pop();
        } else {
            debug_assert!(false, "POP_BLOCK without a handler");
        }
        self.top()
    }
}

/// `label_exception_targets`: walks the reachable blocks from the entry, carrying the handler
/// stack, and sets every instruction's `except` to the handler in effect.
pub(super) fn label_exception_targets(cfg: &mut Cfg) {
    for b in cfg.layout() {
        cfg.blocks[b].visited = false;
    }
    let mut stacks: Vec<Option<ExceptStack>> = vec![None; cfg.blocks.len()];
    let mut todo = vec![0];
    cfg.blocks[0].visited = true;
    stacks[0] = Some(ExceptStack::new());
    while let Some(b) = todo.pop() {
        let Some(mut stack) = stacks[b].take() else {
            debug_assert!(false, "a block to visit without its handler stack");
            continue;
        };
        let mut handler = stack.top();
        let mut stack_moved = false;
        for i in 0..cfg.blocks[b].instrs.len() {
            let instr = cfg.blocks[b].instrs[i];
            if let (true, Some(target)) = (instr.op.is_block_push(), instr.target) {
                if !cfg.blocks[target].visited {
                    stacks[target] = Some(stack.clone());
                    cfg.blocks[target].visited = true;
                    todo.push(target);
                }
                handler = stack.push(cfg, instr.op, target);
            } else if instr.op == Op::Pseudo(Pseudo::PopBlock) {
                handler = stack.pop();
            } else if instr.op.is_jump() {
                cfg.blocks[b].instrs[i].except = handler;
                debug_assert!(i == cfg.blocks[b].instrs.len() - 1);
                if let Some(target) = instr.target.filter(|&t| !cfg.blocks[t].visited) {
                    // The stack goes to the jump target as is when nothing falls through.
                    stacks[target] = Some(stack.clone());
                    stack_moved = cfg.blocks[b].nofallthrough;
                    cfg.blocks[target].visited = true;
                    todo.push(target);
                }
            } else {
                cfg.blocks[b].instrs[i].except = handler;
            }
        }
        let block = &cfg.blocks[b];
        let fallthrough = block.next.filter(|_| !block.nofallthrough);
        if let Some(next) = fallthrough.filter(|&n| !cfg.blocks[n].visited) {
            debug_assert!(!stack_moved);
            stacks[next] = Some(stack);
            cfg.blocks[next].visited = true;
            todo.push(next);
        }
    }
}

/// `convert_exception_handlers_to_nops`: the block pushes and pops have done their work.
pub(super) fn convert_exception_handlers_to_nops(cfg: &mut Cfg) {
    for_each_in_layout(cfg, |cfg, b| {
        for instr in &mut cfg.blocks[b].instrs {
            if instr.op.is_block_push() || instr.op == Op::Pseudo(Pseudo::PopBlock) {
                instr.op = Op::Real(Opcode::NOP);
            }
        }
    });
}

/// `assemble_emit_exception_table_item`: `value` in 6-bit groups, most significant first, bit
/// 6 marking continuation and `msb` (bit 7) the start of an entry.
fn write_item(out: &mut Vec<u8>, value: u32, mut msb: u8) {
    const CONTINUATION: u8 = 64;
    debug_assert!(value < 1 << 30);
    for shift in [24u32, 18, 12, 6] {
        if value >= 1 << shift {
            out.push(((value >> shift) & 0x3f) as u8 | CONTINUATION | msb);
            msb = 0;
        }
    }
    out.push((value & 0x3f) as u8 | msb);
}

/// `assemble_emit_exception_table_entry`: start, length, handler offset and depth/lasti.
fn write_entry(out: &mut Vec<u8>, cfg: &Cfg, start: i32, end: i32, handler: BlockId) {
    debug_assert!(end > start);
    let h = &cfg.blocks[handler];
    let mut depth = h.start_depth - 1;
    if h.preserve_lasti {
        depth -= 1;
    }
    debug_assert!(depth >= 0);
    let depth = depth.max(0) as u32;
    let depth_lasti = (depth << 1) | u32::from(h.preserve_lasti);
    write_item(out, start.max(0) as u32, 0x80);
    write_item(out, (end - start).max(0) as u32, 0);
    write_item(out, h.offset.max(0) as u32, 0);
    write_item(out, depth_lasti, 0);
}

/// `assemble_exception_table`: one entry per run of instructions with the same handler.
/// Block offsets must be final (`assemble_jump_offsets`).
pub(super) fn exception_table(cfg: &Cfg) -> Vec<u8> {
    let mut out = Vec::new();
    let mut handler: Option<BlockId> = None;
    let mut start = -1;
    let mut ioffset = 0;
    for b in cfg.layout() {
        ioffset = cfg.blocks[b].offset;
        for instr in &cfg.blocks[b].instrs {
            if instr.except != handler {
                if let Some(h) = handler {
                    write_entry(&mut out, cfg, start, ioffset, h);
                }
                start = ioffset;
                handler = instr.except;
            }
            ioffset += super::emit::instr_size(instr) as i32;
        }
    }
    if let Some(h) = handler {
        write_entry(&mut out, cfg, start, ioffset, h);
    }
    out
}
