//! `SWAP` optimisation of 3.11's `compile.c`: `swaptimize` (a run of `SWAP`s and `NOP`s replaced
//! by the shortest run with the same effect) and `apply_static_swaps` (a `SWAP` applied to the
//! instructions that consume the swapped values instead of the stack).

use crate::ir::{Instr, Op};
use crate::opcode::Opcode;

/// `swaptimize`: `instrs[start]` is a `SWAP`; the run of `SWAP`s and `NOP`s from there is
/// rewritten in place (from its end, `NOP`s first) when it holds more than one `SWAP`. Returns
/// the index of the run's last instruction, or `start` when the run was left alone.
pub(super) fn swaptimize(instrs: &mut [Instr], start: usize) -> usize {
    let run = &mut instrs[start..];
    let mut depth = run[0].arg as usize;
    let mut len = 1;
    let mut more = false;
    while len < run.len() {
        match run[len].op {
            Op::Real(Opcode::SWAP) => {
                depth = depth.max(run[len].arg as usize);
                more = true;
            }
            Op::Real(Opcode::NOP) => {}
            _ => break,
        }
        len += 1;
    }
    if !more || depth == 0 {
        return start;
    }
    // Simulate the run on a stack of positions 0..depth (index 0 is the top).
    let mut stack: Vec<Option<usize>> = (0..depth).map(Some).collect();
    for inst in &run[..len] {
        if inst.op == Op::Real(Opcode::SWAP) {
            let k = (inst.arg as usize).clamp(1, depth) - 1;
            stack.swap(0, k);
        }
    }
    // Undo the permutation cycle by cycle, writing SWAPs from the end of the run backwards; a
    // position already in place or visited (None) is skipped.
    let mut current = len;
    for i in 0..depth {
        if stack[i].is_none() || stack[i] == Some(i) {
            continue;
        }
        let mut j = i;
        loop {
            if j != 0 {
                if current == 0 {
                    debug_assert!(false, "swaptimize: the optimal run is longer than the old");
                    return start;
                }
                current -= 1;
                run[current].op = Op::Real(Opcode::SWAP);
                run[current].arg = (j + 1) as u32;
            }
            match stack[j].take() {
                None => break,
                Some(next) => j = next,
            }
        }
    }
    for inst in &mut run[..current] {
        inst.op = Op::Real(Opcode::NOP);
    }
    start + len - 1
}

/// `SWAPPABLE`: instructions that only consume the top of the stack and cannot run arbitrary
/// code or change control flow.
fn swappable(op: Op) -> bool {
    matches!(op, Op::Real(Opcode::STORE_FAST | Opcode::POP_TOP))
}

/// `STORES_TO`: the local a `STORE_FAST` stores to.
fn stores_to(instr: &Instr) -> Option<u32> {
    (instr.op == Op::Real(Opcode::STORE_FAST)).then_some(instr.arg)
}

/// `next_swappable_instruction`: the next swappable instruction after `i`, skipping `NOP`s;
/// with `lineno` given, not past an instruction on another line.
fn next_swappable(instrs: &[Instr], mut i: usize, lineno: Option<i32>) -> Option<usize> {
    loop {
        i += 1;
        let instr = instrs.get(i)?;
        if lineno.is_some_and(|l| instr.loc.lineno != l) {
            return None;
        }
        if instr.op == Op::Real(Opcode::NOP) {
            continue;
        }
        return swappable(instr.op).then_some(i);
    }
}

/// `apply_static_swaps`: walking left from `i` over `SWAP`s, `NOP`s and swappable instructions,
/// each `SWAP n` whose n consumers follow (on one line, not storing to the same local) is
/// replaced by swapping those consumers.
pub(super) fn apply_static_swaps(instrs: &mut [Instr], i: usize) {
    for i in (0..=i.min(instrs.len().saturating_sub(1))).rev() {
        let swap = instrs[i];
        if swap.op != Op::Real(Opcode::SWAP) {
            if swap.op == Op::Real(Opcode::NOP) || swappable(swap.op) {
                continue;
            }
            return;
        }
        let Some(j) = next_swappable(instrs, i, None) else {
            return;
        };
        let lineno = instrs[j].loc.lineno;
        let lineno = (lineno >= 0).then_some(lineno);
        let mut k = j;
        for _ in 1..swap.arg {
            match next_swappable(instrs, k, lineno) {
                Some(next) => k = next,
                None => return,
            }
        }
        let (store_j, store_k) = (stores_to(&instrs[j]), stores_to(&instrs[k]));
        if store_j.is_some() || store_k.is_some() {
            if store_j == store_k {
                return;
            }
            let clash = instrs[j + 1..k]
                .iter()
                .filter_map(stores_to)
                .any(|s| Some(s) == store_j || Some(s) == store_k);
            if clash {
                return;
            }
        }
        instrs[i].op = Op::Real(Opcode::NOP);
        instrs.swap(j, k);
    }
}
