//! Block-level passes of the assembler: `normalize_basic_block`, `extend_block`,
//! `clean_basic_block`, `eliminate_empty_basic_blocks`, `mark_reachable`,
//! `duplicate_exits_without_lineno`, `propagate_line_numbers` and `guarantee_lineno_for_exits`,
//! as 3.11's `compile.c` has them.

use super::{for_each_in_layout, last_instr};
use crate::ir::{BasicBlock, BlockId, Cfg, Loc, Op, Pseudo};
use crate::opcode::Opcode;

/// `MAX_COPY_SIZE`: the largest exit block `extend_block` copies.
const MAX_COPY_SIZE: usize = 4;

/// Follows `next` from `b` past empty blocks ("Skip over empty basic blocks"). CPython would
/// walk off the end of the list on a malformed graph; this stops at the last block instead.
pub(super) fn skip_empty(cfg: &Cfg, mut b: BlockId) -> BlockId {
    while cfg.blocks[b].instrs.is_empty() {
        match cfg.blocks[b].next {
            Some(next) => b = next,
            None => {
                debug_assert!(false, "a jump leads past the last block");
                break;
            }
        }
    }
    b
}

/// `normalize_basic_block`: marks exit and no-fall-through blocks and moves jump targets past
/// empty blocks. A jump that is not last in its block is a malformed graph (CPython raises
/// `SystemError`); it is only asserted here.
pub(super) fn normalize_basic_block(cfg: &mut Cfg, b: BlockId) {
    let n = cfg.blocks[b].instrs.len();
    for i in 0..n {
        let instr = cfg.blocks[b].instrs[i];
        let is_jump = match instr.op {
            Op::Real(Opcode::RETURN_VALUE | Opcode::RAISE_VARARGS | Opcode::RERAISE) => {
                cfg.blocks[b].exit = true;
                cfg.blocks[b].nofallthrough = true;
                false
            }
            Op::Pseudo(Pseudo::Jump | Pseudo::JumpNoInterrupt) => {
                cfg.blocks[b].nofallthrough = true;
                true
            }
            Op::Pseudo(
                Pseudo::PopJumpIfFalse
                | Pseudo::PopJumpIfTrue
                | Pseudo::PopJumpIfNone
                | Pseudo::PopJumpIfNotNone,
            )
            | Op::Real(
                Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP | Opcode::FOR_ITER,
            ) => true,
            _ => false,
        };
        if is_jump {
            debug_assert!(i == n - 1, "malformed control flow graph.");
            if let Some(t) = instr.target {
                cfg.blocks[b].instrs[i].target = Some(skip_empty(cfg, t));
            }
        }
    }
}

/// `basicblock_has_lineno`: some instruction has a line number above 0.
fn has_lineno(block: &BasicBlock) -> bool {
    block.instrs.iter().any(|i| i.loc.lineno > 0)
}

/// `extend_block`: a block ending in an unconditional jump to a small exit block without line
/// numbers (an implicit `return None`, say) gets a copy of that block in place of the jump.
pub(super) fn extend_block(cfg: &mut Cfg, b: BlockId) {
    let Some(last) = last_instr(cfg, b).copied() else {
        return;
    };
    if !matches!(
        last.op,
        Op::Pseudo(Pseudo::Jump) | Op::Real(Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD)
    ) {
        return;
    }
    let Some(target) = last.target else {
        return;
    };
    let to_copy = &cfg.blocks[target];
    if !to_copy.exit || to_copy.instrs.len() > MAX_COPY_SIZE || has_lineno(to_copy) {
        return;
    }
    let copied = to_copy.instrs.clone();
    let block = &mut cfg.blocks[b];
    if let Some(last) = block.instrs.last_mut() {
        last.op = Op::Real(Opcode::NOP);
    }
    block.instrs.extend(copied);
    block.exit = true;
}

/// `clean_basic_block`: removes the `NOP`s whose line is otherwise represented (no line, the
/// previous instruction's line, the next instruction's line, or the next block's first line),
/// handing a `NOP`'s location to a following instruction without one.
pub(super) fn clean_basic_block(cfg: &mut Cfg, b: BlockId) {
    let next_block_line = {
        let mut next = cfg.blocks[b].next;
        while let Some(n) = next {
            if !cfg.blocks[n].instrs.is_empty() {
                break;
            }
            next = cfg.blocks[n].next;
        }
        next.map(|n| cfg.blocks[n].instrs[0].loc.lineno)
    };
    let instrs = &mut cfg.blocks[b].instrs;
    let n = instrs.len();
    let mut dest = 0;
    let mut prev_lineno = -1;
    for src in 0..n {
        let lineno = instrs[src].loc.lineno;
        if instrs[src].op == Op::Real(Opcode::NOP) {
            if lineno < 0 || prev_lineno == lineno {
                continue;
            }
            if src + 1 < n {
                let next_lineno = instrs[src + 1].loc.lineno;
                if next_lineno == lineno {
                    continue;
                }
                if next_lineno < 0 {
                    instrs[src + 1].loc = instrs[src].loc;
                    continue;
                }
            } else if next_block_line == Some(lineno) {
                continue;
            }
        }
        instrs[dest] = instrs[src];
        dest += 1;
        prev_lineno = lineno;
    }
    instrs.truncate(dest);
}

/// `eliminate_empty_basic_blocks`: unlinks empty blocks from the layout (keeping a last one)
/// and moves the targets of blocks' final jumps past empty blocks.
pub(super) fn eliminate_empty_basic_blocks(cfg: &mut Cfg) {
    for_each_in_layout(cfg, |cfg, b| {
        if let Some(mut next) = cfg.blocks[b].next {
            while cfg.blocks[next].instrs.is_empty() {
                match cfg.blocks[next].next {
                    Some(n) => next = n,
                    None => break,
                }
            }
            cfg.blocks[b].next = Some(next);
        }
    });
    for_each_in_layout(cfg, |cfg, b| {
        let Some(last) = last_instr(cfg, b).copied() else {
            return;
        };
        if let (true, Some(target)) = (last.op.is_jump(), last.target) {
            let target = skip_empty(cfg, target);
            if let Some(last) = cfg.blocks[b].instrs.last_mut() {
                last.target = Some(target);
            }
        }
    });
}

/// `mark_reachable`: counts each block's predecessors among the blocks reachable from the
/// entry (by fall-through, jumps and handler pushes); unreachable blocks keep 0.
pub(super) fn mark_reachable(cfg: &mut Cfg) {
    for block in &mut cfg.blocks {
        block.predecessors = 0;
    }
    cfg.blocks[0].predecessors = 1;
    let mut stack = vec![0];
    while let Some(b) = stack.pop() {
        let block = &cfg.blocks[b];
        let mut successors = Vec::new();
        if let (Some(next), false) = (block.next, block.nofallthrough) {
            successors.push(next);
        }
        successors.extend(
            block
                .instrs
                .iter()
                .filter(|i| i.op.is_jump() || i.op.is_block_push())
                .filter_map(|i| i.target),
        );
        for s in successors {
            if cfg.blocks[s].predecessors == 0 {
                stack.push(s);
            }
            cfg.blocks[s].predecessors += 1;
        }
    }
}

/// `is_exit_without_lineno`: an exit block none of whose instructions has a line.
fn is_exit_without_lineno(block: &BasicBlock) -> bool {
    block.exit && block.instrs.iter().all(|i| i.loc.lineno < 0)
}

/// `compiler_copy_block`: a new block holding a copy of `b`'s instructions.
fn copy_block(cfg: &mut Cfg, b: BlockId) -> BlockId {
    let new = cfg.new_block();
    cfg.blocks[new].instrs = cfg.blocks[b].instrs.clone();
    cfg.blocks[new].exit = cfg.blocks[b].exit;
    cfg.blocks[new].nofallthrough = true;
    new
}

/// `duplicate_exits_without_lineno`: every line-less exit block that several jumps reach is
/// copied for each extra jump, taking the jump's location, so that PEP 626 can give every exit
/// a line; then line-less exits reached by fall-through take the previous instruction's.
pub(super) fn duplicate_exits_without_lineno(cfg: &mut Cfg) {
    for b in (0..cfg.blocks.len()).rev() {
        let Some(last) = last_instr(cfg, b).copied() else {
            continue;
        };
        let Some(target) = last.target.filter(|_| last.op.is_jump()) else {
            continue;
        };
        if is_exit_without_lineno(&cfg.blocks[target]) && cfg.blocks[target].predecessors > 1 {
            let new = copy_block(cfg, target);
            if let Some(first) = cfg.blocks[new].instrs.first_mut() {
                first.loc = last.loc;
            }
            if let Some(jump) = cfg.blocks[b].instrs.last_mut() {
                jump.target = Some(new);
            }
            cfg.blocks[target].predecessors -= 1;
            cfg.blocks[new].predecessors = 1;
            cfg.blocks[new].next = cfg.blocks[target].next;
            cfg.blocks[target].next = Some(new);
        }
    }
    for b in (0..cfg.blocks.len()).rev() {
        while let Some(next) = cfg.blocks[b].next {
            if !cfg.blocks[next].instrs.is_empty() {
                break;
            }
            cfg.blocks[b].next = cfg.blocks[next].next;
        }
    }
    for b in (0..cfg.blocks.len()).rev() {
        let block = &cfg.blocks[b];
        let (Some(next), Some(last)) = (block.next, block.instrs.last()) else {
            continue;
        };
        if !block.nofallthrough && is_exit_without_lineno(&cfg.blocks[next]) {
            let loc = last.loc;
            if let Some(first) = cfg.blocks[next].instrs.first_mut() {
                first.loc = loc;
            }
        }
    }
}

/// `propagate_line_numbers`: a line-less instruction takes the location of the previous one in
/// its block; a successor block with one predecessor whose first instruction has no line takes
/// the block's last location.
pub(super) fn propagate_line_numbers(cfg: &mut Cfg) {
    for_each_in_layout(cfg, |cfg, b| {
        if cfg.blocks[b].instrs.is_empty() {
            return;
        }
        let mut prev = Loc::UNSET;
        for instr in &mut cfg.blocks[b].instrs {
            if instr.loc.lineno < 0 {
                instr.loc = prev;
            } else {
                prev = instr.loc;
            }
        }
        let block = &cfg.blocks[b];
        let fallthrough = block.next.filter(|_| !block.nofallthrough);
        let last = block.instrs[block.instrs.len() - 1];
        let jump_target = last.target.filter(|_| last.op.is_jump());
        for succ in [fallthrough, jump_target].into_iter().flatten() {
            let succ = &mut cfg.blocks[succ];
            if succ.predecessors == 1 {
                match succ.instrs.first_mut() {
                    Some(first) if first.loc.lineno < 0 => first.loc = prev,
                    Some(_) => {}
                    None => debug_assert!(false, "propagate_line_numbers: empty successor"),
                }
            }
        }
    });
}

/// `guarantee_lineno_for_exits`: a block ending in a line-less `RETURN_VALUE` takes the last line
/// seen before it (the line only, not the columns), starting from the first line.
pub(super) fn guarantee_lineno_for_exits(cfg: &mut Cfg, firstlineno: i32) {
    let mut lineno = firstlineno;
    for_each_in_layout(cfg, |cfg, b| {
        let instrs = &mut cfg.blocks[b].instrs;
        let Some(last) = instrs.last() else {
            return;
        };
        if last.loc.lineno >= 0 {
            lineno = last.loc.lineno;
        } else if last.op == Op::Real(Opcode::RETURN_VALUE) {
            for instr in instrs.iter_mut() {
                debug_assert!(instr.loc.lineno < 0);
                instr.loc.lineno = lineno;
            }
        }
    });
}
