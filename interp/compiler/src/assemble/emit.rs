//! From laid-out blocks to `co_code`, as 3.11's `compile.c` does it: `normalize_jumps` (virtual
//! jumps become their forward/backward opcodes), `assemble_jump_offsets` (block offsets and jump
//! arguments, repeated until the `EXTENDED_ARG`s settle), `instr_size` and `write_instr`.

use super::for_each_in_layout;
use crate::ir::{Cfg, Instr, Op, Pseudo};
use crate::opcode::{self, JumpKind, Opcode};

/// The argument an instruction is written with (`HAS_ARG(opcode) ? oparg : 0`).
fn written_arg(instr: &Instr) -> u32 {
    if instr.op.has_arg() && matches!(instr.op, Op::Real(_)) {
        instr.arg
    } else {
        0
    }
}

/// The real opcode written for an instruction. Every virtual opcode is gone by emission time; a
/// leftover one (a malformed graph) is written as `NOP`.
fn written_op(instr: &Instr) -> Opcode {
    match instr.op {
        Op::Real(op) => op,
        Op::Pseudo(_) => {
            debug_assert!(false, "virtual opcode {} reached emission", instr.op.name());
            Opcode::NOP
        }
    }
}

/// `instr_size`: code units taken by the instruction, its `EXTENDED_ARG` prefixes and caches.
pub(super) fn instr_size(instr: &Instr) -> u32 {
    let arg = written_arg(instr);
    let extended = u32::from(arg > 0xFF_FFFF) + u32::from(arg > 0xFFFF) + u32::from(arg > 0xFF);
    extended + 1 + u32::from(written_op(instr).cache_entries())
}

/// `normalize_jumps`: a block's final virtual jump becomes the forward or backward real opcode,
/// backward when its target was laid out earlier (or is the block itself).
pub(super) fn normalize_jumps(cfg: &mut Cfg) {
    for b in cfg.layout() {
        cfg.blocks[b].visited = false;
    }
    for_each_in_layout(cfg, |cfg, b| {
        cfg.blocks[b].visited = true;
        let Some(last) = cfg.blocks[b].instrs.last().copied() else {
            return;
        };
        let (true, Some(target)) = (last.op.is_jump(), last.target) else {
            return;
        };
        let forward = !cfg.blocks[target].visited;
        let pick = |f: Opcode, back: Opcode| Op::Real(if forward { f } else { back });
        let op = match last.op {
            Op::Pseudo(Pseudo::Jump) => pick(Opcode::JUMP_FORWARD, Opcode::JUMP_BACKWARD),
            Op::Pseudo(Pseudo::JumpNoInterrupt) => {
                pick(Opcode::JUMP_FORWARD, Opcode::JUMP_BACKWARD_NO_INTERRUPT)
            }
            Op::Pseudo(Pseudo::PopJumpIfNotNone) => pick(
                Opcode::POP_JUMP_FORWARD_IF_NOT_NONE,
                Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE,
            ),
            Op::Pseudo(Pseudo::PopJumpIfNone) => pick(
                Opcode::POP_JUMP_FORWARD_IF_NONE,
                Opcode::POP_JUMP_BACKWARD_IF_NONE,
            ),
            Op::Pseudo(Pseudo::PopJumpIfFalse) => pick(
                Opcode::POP_JUMP_FORWARD_IF_FALSE,
                Opcode::POP_JUMP_BACKWARD_IF_FALSE,
            ),
            Op::Pseudo(Pseudo::PopJumpIfTrue) => pick(
                Opcode::POP_JUMP_FORWARD_IF_TRUE,
                Opcode::POP_JUMP_BACKWARD_IF_TRUE,
            ),
            // CPython raises SystemError on a backward JUMP_IF_*_OR_POP, which its code
            // generation never emits.
            other => {
                debug_assert!(
                    forward || other.real().map(Opcode::jump_kind) != Some(JumpKind::Forward),
                    "unexpected {} jumping backwards",
                    other.name()
                );
                other
            }
        };
        if let Some(last) = cfg.blocks[b].instrs.last_mut() {
            last.op = op;
        }
    });
}

/// `assemble_jump_offsets`: lays the blocks out (`offset`, in code units) and sets every jump's
/// argument relative to the end of the jump, again while a jump's size changed.
pub(super) fn assemble_jump_offsets(cfg: &mut Cfg) {
    let layout = cfg.layout();
    loop {
        let mut total = 0;
        for &b in &layout {
            cfg.blocks[b].offset = total;
            total += cfg.blocks[b].instrs.iter().map(instr_size).sum::<u32>() as i32;
        }
        let mut recompile = false;
        for &b in &layout {
            let mut end = cfg.blocks[b].offset;
            for i in 0..cfg.blocks[b].instrs.len() {
                let instr = cfg.blocks[b].instrs[i];
                let size = instr_size(&instr);
                end += size as i32;
                let (true, Some(target)) = (instr.op.is_jump(), instr.target) else {
                    continue;
                };
                let dest = cfg.blocks[target].offset;
                let relative = instr.op.real().is_some_and(Opcode::has_jrel);
                let arg = if !relative {
                    dest
                } else if dest < end {
                    debug_assert!(
                        instr.op.real().map(Opcode::jump_kind) == Some(JumpKind::Backward)
                    );
                    end - dest
                } else {
                    debug_assert!(
                        instr.op.real().map(Opcode::jump_kind) != Some(JumpKind::Backward)
                    );
                    dest - end
                };
                let slot = &mut cfg.blocks[b].instrs[i];
                slot.arg = arg.max(0) as u32;
                if instr_size(slot) != size {
                    recompile = true;
                }
            }
        }
        if !recompile {
            break;
        }
    }
}

/// `write_instr` over every laid-out instruction: `EXTENDED_ARG` prefixes for the argument's
/// high bytes, the instruction, then its `CACHE` entries.
pub(super) fn emit_code(cfg: &Cfg) -> Vec<u8> {
    let mut code = Vec::new();
    for b in cfg.layout() {
        for instr in &cfg.blocks[b].instrs {
            let arg = written_arg(instr);
            let op = written_op(instr);
            let size = instr_size(instr) - u32::from(op.cache_entries());
            for shift in (1..size).rev() {
                code.push(opcode::EXTENDED_ARG);
                code.push((arg >> (8 * shift)) as u8);
            }
            code.push(op.number());
            code.push(arg as u8);
            for _ in 0..op.cache_entries() {
                code.extend([Opcode::CACHE.number(), 0]);
            }
        }
    }
    code
}
