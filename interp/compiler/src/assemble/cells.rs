//! Cells and free variables in the assembler, as 3.11's `compile.c` places them:
//! `build_cellfixedoffsets`, `insert_prefix_instructions` (`COPY_FREE_VARS`, `MAKE_CELL`,
//! `RETURN_GENERATOR`/`POP_TOP`) and `fix_cell_offsets`.

use super::UnitInfo;
use crate::ir::{Cfg, Instr, Loc, Op};
use crate::opcode::Opcode;

/// `build_cellfixedoffsets`: for each cell and free variable (code generation's index), its
/// localsplus offset before dropped duplicates are accounted for: a cell that is also a local
/// (a captured argument) shares the local's slot, everything else follows the locals.
pub(super) fn build_cellfixedoffsets(unit: &UnitInfo) -> Vec<usize> {
    let nlocals = unit.varnames.len();
    let mut fixed: Vec<usize> = (0..unit.cellvars.len() + unit.freevars.len())
        .map(|i| nlocals + i)
        .collect();
    for (cell, name) in unit.cellvars.iter().enumerate() {
        if let Some(var) = unit.varnames.iter().position(|v| v == name) {
            fixed[cell] = var;
        }
    }
    fixed
}

/// `insert_prefix_instructions`: the entry block starts with `COPY_FREE_VARS n` when there are
/// free variables, one `MAKE_CELL` per cell in localsplus order, and `RETURN_GENERATOR; POP_TOP`
/// for generators and coroutines.
pub(super) fn insert_prefix_instructions(
    cfg: &mut Cfg,
    unit: &UnitInfo,
    fixed: &[usize],
    firstlineno: i32,
) {
    let entry = &mut cfg.blocks[0].instrs;
    if unit.is_generator() {
        let gen_loc = Loc {
            lineno: firstlineno,
            end_lineno: firstlineno,
            col_offset: -1,
            end_col_offset: -1,
        };
        entry.insert(0, Instr::new(Opcode::RETURN_GENERATOR, 0, gen_loc));
        entry.insert(1, Instr::new(Opcode::POP_TOP, 0, Loc::UNSET));
    }
    let ncells = unit.cellvars.len();
    if ncells > 0 {
        // The cells sorted by their fixed offset (arguments' cells first).
        let mut sorted: Vec<Option<usize>> = vec![None; ncells + unit.varnames.len()];
        for (cell, &offset) in fixed.iter().enumerate().take(ncells) {
            if let Some(slot) = sorted.get_mut(offset) {
                *slot = Some(cell);
            }
        }
        for (used, cell) in sorted.into_iter().flatten().enumerate() {
            let make_cell = Instr::new(Opcode::MAKE_CELL, cell as u32, Loc::UNSET);
            entry.insert(used, make_cell);
        }
    }
    let nfree = unit.freevars.len();
    if nfree > 0 {
        let copy = Instr::new(Opcode::COPY_FREE_VARS, nfree as u32, Loc::UNSET);
        entry.insert(0, copy);
    }
}

/// `fix_cell_offsets`: turns code generation's cell/free indices into localsplus offsets, the
/// slots after a dropped duplicate (a cell that is an argument) moving down. Returns how many
/// were dropped.
pub(super) fn fix_cell_offsets(cfg: &mut Cfg, unit: &UnitInfo, mut fixed: Vec<usize>) -> usize {
    let nlocals = unit.varnames.len();
    let mut numdropped = 0;
    for (i, offset) in fixed.iter_mut().enumerate() {
        if *offset == i + nlocals {
            *offset -= numdropped;
        } else {
            numdropped += 1;
        }
    }
    for b in cfg.layout() {
        for inst in &mut cfg.blocks[b].instrs {
            if let Op::Real(
                Opcode::MAKE_CELL
                | Opcode::LOAD_CLOSURE
                | Opcode::LOAD_DEREF
                | Opcode::STORE_DEREF
                | Opcode::DELETE_DEREF
                | Opcode::LOAD_CLASSDEREF,
            ) = inst.op
            {
                match fixed.get(inst.arg as usize) {
                    Some(&offset) => inst.arg = offset as u32,
                    None => debug_assert!(false, "cell index out of range"),
                }
            }
        }
    }
    numdropped
}
