//! The control-flow-graph optimiser of 3.11's `compile.c`: `optimize_cfg` and what it calls
//! (`optimize_basic_block`'s peepholes, `jump_thread`, `fold_tuple_on_constants`), plus
//! `trim_unused_consts`.

use num_bigint::Sign;

use super::blocks::{
    clean_basic_block, eliminate_empty_basic_blocks, extend_block, mark_reachable, skip_empty,
};
use super::{for_each_in_layout, swaps};
use crate::ir::{BlockId, Cfg, Instr, Op, Pseudo};
use crate::opcode::Opcode;
use crate::value::Value;

/// `optimize_cfg`: peepholes block by block, then unreachable code, empty blocks and redundant
/// jumps removed. `consts` is the constant list, which tuple folding may grow.
pub(super) fn optimize_cfg(cfg: &mut Cfg, consts: &mut Vec<Value>) {
    for_each_in_layout(cfg, |cfg, b| {
        optimize_basic_block(cfg, b, consts);
        clean_basic_block(cfg, b);
    });
    for b in (0..cfg.blocks.len()).rev() {
        extend_block(cfg, b);
    }
    mark_reachable(cfg);
    for_each_in_layout(cfg, |cfg, b| {
        let block = &mut cfg.blocks[b];
        if block.predecessors == 0 {
            block.instrs.clear();
            block.nofallthrough = false;
        }
    });
    eliminate_empty_basic_blocks(cfg);
    for_each_in_layout(cfg, clean_basic_block);
    remove_redundant_jumps(cfg);
}

/// The last step of `optimize_cfg`: an unconditional jump to the block that follows anyway
/// becomes a `NOP` (and the block falls through again).
fn remove_redundant_jumps(cfg: &mut Cfg) {
    let mut maybe_empty_blocks = false;
    for_each_in_layout(cfg, |cfg, b| {
        let next = cfg.blocks[b].next;
        let block = &mut cfg.blocks[b];
        let Some(last) = block.instrs.last_mut() else {
            return;
        };
        if matches!(last.op, Op::Pseudo(Pseudo::Jump | Pseudo::JumpNoInterrupt))
            && last.target.is_some()
            && last.target == next
        {
            last.op = Op::Real(Opcode::NOP);
            block.nofallthrough = false;
            maybe_empty_blocks = true;
        }
    });
    if maybe_empty_blocks {
        eliminate_empty_basic_blocks(cfg);
    }
}

/// `trim_unused_consts`: drops the constants after the last one any `LOAD_CONST`/`KW_NAMES`
/// uses, always keeping the first (it may be a docstring).
pub(super) fn trim_unused_consts(cfg: &Cfg, consts: &mut Vec<Value>) {
    let max_index = cfg
        .layout()
        .into_iter()
        .flat_map(|b| cfg.blocks[b].instrs.iter())
        .filter(|i| i.op.has_const())
        .map(|i| i.arg as usize)
        .fold(0, usize::max);
    consts.truncate(max_index + 1);
}

/// What the peephole loop knows of a jump's target: its first instruction, read when the jump
/// is examined (`target = &inst->i_target->b_instr[0]`).
#[derive(Clone, Copy)]
struct Target {
    op: Op,
    target: Option<BlockId>,
    lineno: i32,
}

/// `optimize_basic_block`: the peepholes over one block, in CPython's order and with its
/// re-examination of an instruction after a successful jump thread.
fn optimize_basic_block(cfg: &mut Cfg, b: BlockId, consts: &mut Vec<Value>) {
    // CPython re-examines a threaded jump until nothing changes; on a cyclic graph of jumps it
    // would not stop, so the re-examinations are bounded here.
    let mut budget = 4 * (cfg.blocks.len() + cfg.blocks[b].instrs.len()) + 16;
    let mut i = 0;
    while i < cfg.blocks[b].instrs.len() {
        let target = jump_target_instr(cfg, b, i);
        let again = peephole(cfg, b, i, target, consts);
        match again {
            Step::Next => i += 1,
            Step::Again if budget > 0 => budget -= 1,
            Step::Again => i += 1,
            Step::Skip(to) => i = to + 1,
        }
    }
}

/// For a jump or handler push, moves its target past empty blocks and returns the target's
/// first instruction; for anything else, a `NOP`.
fn jump_target_instr(cfg: &mut Cfg, b: BlockId, i: usize) -> Target {
    let inst = cfg.blocks[b].instrs[i];
    let nop = Target {
        op: Op::Real(Opcode::NOP),
        target: None,
        lineno: -1,
    };
    if !(inst.op.is_jump() || inst.op.is_block_push()) {
        return nop;
    }
    let Some(t) = inst.target else {
        debug_assert!(false, "a jump without target");
        return nop;
    };
    let t = skip_empty(cfg, t);
    cfg.blocks[b].instrs[i].target = Some(t);
    match cfg.blocks[t].instrs.first() {
        Some(first) => Target {
            op: first.op,
            target: first.target,
            lineno: first.loc.lineno,
        },
        None => nop,
    }
}

/// What the loop does after one peephole.
enum Step {
    /// Go on with the next instruction.
    Next,
    /// Look at the same instruction again (`i -= 1` before the loop's `i++`).
    Again,
    /// Go on after instruction `n` (`swaptimize` moved the index).
    Skip(usize),
}

/// One iteration of `optimize_basic_block`'s loop: the instruction at `i`, its successor's
/// opcode as `nextop`, and the jump target's first instruction.
fn peephole(cfg: &mut Cfg, b: BlockId, i: usize, target: Target, consts: &mut Vec<Value>) -> Step {
    let instrs = &cfg.blocks[b].instrs;
    let inst = instrs[i];
    let nextop = instrs.get(i + 1).map(|n| n.op);
    let Op::Real(op) = inst.op else {
        return pseudo_peephole(cfg, b, i, inst, target);
    };
    match op {
        Opcode::LOAD_CONST => {
            load_const_peephole(cfg, b, i, consts);
            Step::Next
        }
        Opcode::BUILD_TUPLE => build_tuple_peephole(cfg, b, i, consts),
        Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP => {
            or_pop_peephole(cfg, b, i, inst, target)
        }
        Opcode::SWAP => {
            if inst.arg == 1 {
                cfg.blocks[b].instrs[i].op = Op::Real(Opcode::NOP);
                return Step::Next;
            }
            let end = swaps::swaptimize(&mut cfg.blocks[b].instrs, i);
            swaps::apply_static_swaps(&mut cfg.blocks[b].instrs, end);
            Step::Skip(end)
        }
        // CPython tests `(inst[1].i_opcode & 1) == 0`, which `LOAD_GLOBAL` (116) always passes.
        Opcode::PUSH_NULL if nextop == Some(Op::Real(Opcode::LOAD_GLOBAL)) => {
            let instrs = &mut cfg.blocks[b].instrs;
            instrs[i].op = Op::Real(Opcode::NOP);
            instrs[i].arg = 0;
            instrs[i + 1].arg |= 1;
            Step::Next
        }
        _ => Step::Next,
    }
}

/// The peepholes of the virtual conditional and unconditional jumps: each threads through a
/// `JUMP` at its target.
fn pseudo_peephole(cfg: &mut Cfg, b: BlockId, i: usize, inst: Instr, target: Target) -> Step {
    match inst.op {
        Op::Pseudo(
            p @ (Pseudo::PopJumpIfNotNone
            | Pseudo::PopJumpIfNone
            | Pseudo::PopJumpIfFalse
            | Pseudo::PopJumpIfTrue
            | Pseudo::Jump),
        ) if target.op == Op::Pseudo(Pseudo::Jump) => jump_thread(cfg, b, i, target, Op::Pseudo(p)),
        _ => Step::Next,
    }
}

/// `jump_thread`: a jump whose target starts with a jump on the same line goes straight to that
/// jump's target, as `opcode` (unless that changes nothing, bpo-45773).
fn jump_thread(cfg: &mut Cfg, b: BlockId, i: usize, target: Target, opcode: Op) -> Step {
    let inst = &mut cfg.blocks[b].instrs[i];
    if inst.loc.lineno == target.lineno && inst.target != target.target {
        inst.target = target.target;
        inst.op = opcode;
        Step::Again
    } else {
        Step::Next
    }
}

/// `JUMP_IF_FALSE_OR_POP`/`JUMP_IF_TRUE_OR_POP` whose target tests the same way again thread to
/// that test's target; whose target tests the other way jump past it, popping.
fn or_pop_peephole(cfg: &mut Cfg, b: BlockId, i: usize, inst: Instr, target: Target) -> Step {
    let if_false = inst.op == Op::Real(Opcode::JUMP_IF_FALSE_OR_POP);
    let (same_pop, same_or_pop, other_pop, other_or_pop) = if if_false {
        (
            Pseudo::PopJumpIfFalse,
            Opcode::JUMP_IF_FALSE_OR_POP,
            Pseudo::PopJumpIfTrue,
            Opcode::JUMP_IF_TRUE_OR_POP,
        )
    } else {
        (
            Pseudo::PopJumpIfTrue,
            Opcode::JUMP_IF_TRUE_OR_POP,
            Pseudo::PopJumpIfFalse,
            Opcode::JUMP_IF_FALSE_OR_POP,
        )
    };
    let t = target.op;
    if t == Op::Pseudo(same_pop) {
        jump_thread(cfg, b, i, target, Op::Pseudo(same_pop))
    } else if t == Op::Pseudo(Pseudo::Jump) || t == Op::Real(same_or_pop) {
        jump_thread(cfg, b, i, target, Op::Real(same_or_pop))
    } else if (t == Op::Real(other_or_pop) || t == Op::Pseudo(other_pop))
        && inst.loc.lineno == target.lineno
    {
        let Some(after) = inst.target.and_then(|t| cfg.blocks[t].next) else {
            debug_assert!(false, "a test's target block has no successor");
            return Step::Next;
        };
        let inst = &mut cfg.blocks[b].instrs[i];
        inst.op = Op::Pseudo(same_pop);
        inst.target = Some(after);
        Step::Again
    } else {
        Step::Next
    }
}

/// `LOAD_CONST` followed by a conditional jump on its truth, or by `IS_OP` against `None` and a
/// conditional jump: the test is decided now.
fn load_const_peephole(cfg: &mut Cfg, b: BlockId, i: usize, consts: &[Value]) {
    let instrs = &mut cfg.blocks[b].instrs;
    let Some(next) = instrs.get(i + 1).copied() else {
        return;
    };
    let Some(value) = consts.get(instrs[i].arg as usize) else {
        debug_assert!(false, "LOAD_CONST index out of range");
        return;
    };
    match next.op {
        Op::Pseudo(Pseudo::PopJumpIfFalse | Pseudo::PopJumpIfTrue) => {
            instrs[i].op = Op::Real(Opcode::NOP);
            let jump_if_true = next.op == Op::Pseudo(Pseudo::PopJumpIfTrue);
            if is_true(value) == jump_if_true {
                instrs[i + 1].op = Op::Pseudo(Pseudo::Jump);
                cfg.blocks[b].nofallthrough = true;
            } else {
                instrs[i + 1].op = Op::Real(Opcode::NOP);
            }
        }
        Op::Real(Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP) => {
            let jump_if_true = next.op == Op::Real(Opcode::JUMP_IF_TRUE_OR_POP);
            if is_true(value) == jump_if_true {
                instrs[i + 1].op = Op::Pseudo(Pseudo::Jump);
                cfg.blocks[b].nofallthrough = true;
            } else {
                instrs[i].op = Op::Real(Opcode::NOP);
                instrs[i + 1].op = Op::Real(Opcode::NOP);
            }
        }
        Op::Real(Opcode::IS_OP) => {
            let jump_op = instrs.get(i + 2).map(|j| j.op);
            let if_false = jump_op == Some(Op::Pseudo(Pseudo::PopJumpIfFalse));
            let if_true = jump_op == Some(Op::Pseudo(Pseudo::PopJumpIfTrue));
            if *value == Value::None && (if_false || if_true) {
                let invert = next.arg & 0xFF != 0;
                instrs[i].op = Op::Real(Opcode::NOP);
                instrs[i + 1].op = Op::Real(Opcode::NOP);
                instrs[i + 2].op = Op::Pseudo(if invert != if_false {
                    Pseudo::PopJumpIfNotNone
                } else {
                    Pseudo::PopJumpIfNone
                });
            }
        }
        _ => {}
    }
}

/// `BUILD_TUPLE n` right before `UNPACK_SEQUENCE n` (n ≤ 3) becomes nothing or a `SWAP`;
/// otherwise a tuple of constants is folded (`fold_tuple_on_constants`).
fn build_tuple_peephole(cfg: &mut Cfg, b: BlockId, i: usize, consts: &mut Vec<Value>) -> Step {
    let instrs = &mut cfg.blocks[b].instrs;
    let n = instrs[i].arg as usize;
    if let Some(next) = instrs.get(i + 1).copied()
        && next.op == Op::Real(Opcode::UNPACK_SEQUENCE)
        && next.arg as usize == n
    {
        match n {
            1 => {
                instrs[i].op = Op::Real(Opcode::NOP);
                instrs[i + 1].op = Op::Real(Opcode::NOP);
                return Step::Next;
            }
            2 | 3 => {
                instrs[i].op = Op::Real(Opcode::NOP);
                instrs[i + 1].op = Op::Real(Opcode::SWAP);
                return Step::Next;
            }
            _ => {}
        }
    }
    if i >= n {
        fold_tuple_on_constants(&mut instrs[i - n..=i], consts);
    }
    Step::Next
}

/// `fold_tuple_on_constants`: `LOAD_CONST c1 ... LOAD_CONST cn; BUILD_TUPLE n` becomes `NOP`s and
/// `LOAD_CONST (c1, ..., cn)`, reusing an equal constant already in the list.
fn fold_tuple_on_constants(instrs: &mut [Instr], consts: &mut Vec<Value>) {
    let n = instrs.len() - 1;
    if !instrs[..n].iter().all(|i| i.op.has_const()) {
        return;
    }
    let mut items = Vec::with_capacity(n);
    for inst in &instrs[..n] {
        // `get_const_value` knows only `LOAD_CONST`; CPython raises SystemError otherwise.
        match consts.get(inst.arg as usize) {
            Some(v) if inst.op == Op::Real(Opcode::LOAD_CONST) => items.push(v.clone()),
            _ => {
                debug_assert!(false, "failed to get value of a constant");
                return;
            }
        }
    }
    let folded = Value::Tuple(items);
    // `merge_const_one` makes the new tuple the cached constant equal to it, and every entry of
    // the list is a cached constant, so the identity search finds an equal entry.
    let index = match consts.iter().position(|c| same_constant(c, &folded)) {
        Some(index) => index,
        None => {
            consts.push(folded);
            consts.len() - 1
        }
    };
    for inst in &mut instrs[..n] {
        inst.op = Op::Real(Opcode::NOP);
    }
    instrs[n].op = Op::Real(Opcode::LOAD_CONST);
    instrs[n].arg = u32::try_from(index).unwrap_or(u32::MAX);
}

/// Whether `_PyCode_ConstantKey` gives `a` and `b` equal keys: the same type and value
/// (floats by bits), recursively; interning does not count.
pub(super) fn same_constant(a: &Value, b: &Value) -> bool {
    fn all_same(a: &[Value], b: &[Value]) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_constant(x, y))
    }
    match (a, b) {
        (Value::Str { value: x, .. }, Value::Str { value: y, .. }) => x == y,
        (Value::Tuple(x), Value::Tuple(y)) => all_same(x, y),
        (Value::FrozenSet(x), Value::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().all(|v| y.iter().any(|w| same_constant(v, w)))
        }
        _ => a == b,
    }
}

/// `PyObject_IsTrue` of a constant.
pub(super) fn is_true(v: &Value) -> bool {
    match v {
        Value::None | Value::False => false,
        Value::True | Value::StopIteration | Value::Ellipsis | Value::Code(_) => true,
        Value::Int(i) => i.sign() != Sign::NoSign,
        Value::Float(f) => f.0 != 0.0,
        Value::Complex(re, im) => re.0 != 0.0 || im.0 != 0.0,
        Value::Bytes(b) => !b.is_empty(),
        Value::Str { value, .. } => !value.is_empty(),
        Value::Tuple(items) | Value::List(items) | Value::Set(items) | Value::FrozenSet(items) => {
            !items.is_empty()
        }
        Value::Dict(items) => !items.is_empty(),
    }
}
