//! `co_stacksize`: 3.11 `compile.c`'s `stackdepth`, a depth-first walk of the graph that records
//! each block's depth on entry and the largest depth any path needs.

use crate::ir::{BlockId, Cfg, Op, Pseudo};
use crate::opcode::Opcode;

/// `stackdepth_push`: a block gets its entry depth when first reached (CPython never lowers or
/// revisits one past depth 100, asserting that paths agree).
fn push(stack: &mut Vec<BlockId>, cfg: &mut Cfg, b: BlockId, depth: i32) {
    let block = &mut cfg.blocks[b];
    debug_assert!(block.start_depth < 0 || block.start_depth == depth);
    if block.start_depth < depth && block.start_depth < 100 {
        block.start_depth = depth;
        stack.push(b);
    }
}

/// Whether the rest of a block after this instruction is dead.
fn ends_flow(op: Op) -> bool {
    matches!(
        op,
        Op::Pseudo(Pseudo::Jump | Pseudo::JumpNoInterrupt)
            | Op::Real(Opcode::RETURN_VALUE | Opcode::RAISE_VARARGS | Opcode::RERAISE)
    )
}

/// `stackdepth`: the maximum stack depth, setting every reachable block's `start_depth`.
/// Generators and coroutines start at depth 1 (the value `send` pushes).
pub(super) fn stackdepth(cfg: &mut Cfg, generator: bool) -> i32 {
    for block in &mut cfg.blocks {
        block.start_depth = i32::MIN;
    }
    let mut stack = Vec::new();
    push(&mut stack, cfg, 0, i32::from(generator));
    let mut maxdepth = 0;
    while let Some(b) = stack.pop() {
        let mut depth = cfg.blocks[b].start_depth;
        debug_assert!(depth >= 0);
        let mut next = cfg.blocks[b].next;
        for i in 0..cfg.blocks[b].instrs.len() {
            let instr = cfg.blocks[b].instrs[i];
            let arg = i32::try_from(instr.arg).unwrap_or(i32::MAX);
            let new_depth = depth + instr.op.stack_effect(arg, false);
            maxdepth = maxdepth.max(new_depth);
            debug_assert!(depth >= 0, "invalid code or bug in stackdepth()");
            if instr.op.is_jump() || instr.op.is_block_push() {
                let target_depth = depth + instr.op.stack_effect(arg, true);
                maxdepth = maxdepth.max(target_depth);
                debug_assert!(target_depth >= 0, "invalid code or bug in stackdepth()");
                if let Some(t) = instr.target {
                    push(&mut stack, cfg, t, target_depth);
                }
            }
            depth = new_depth;
            if ends_flow(instr.op) {
                next = None;
                break;
            }
        }
        if let Some(next) = next {
            debug_assert!(!cfg.blocks[b].nofallthrough);
            push(&mut stack, cfg, next, depth);
        }
    }
    maxdepth
}
