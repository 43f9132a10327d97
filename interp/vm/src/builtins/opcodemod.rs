//! The `_opcode` module (`stack_effect`, which `dis.stack_effect` is, and
//! `get_specialization_stats`), over the compiler crate's opcode table.

use krait_compiler::opcode;

use crate::object::native::{Args, NativeFn};
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// The pseudo-instructions `compile.c` numbers below zero (`SETUP_FINALLY` = -1 down to
/// -10), which `PyCompile_OpcodeStackEffectWithJump` also answers for: the effect without and
/// with the jump.
const PSEUDO_EFFECTS: [(i32, i32); 10] = [
    (0, 1),   // SETUP_FINALLY
    (0, 2),   // SETUP_CLEANUP
    (0, 1),   // SETUP_WITH
    (0, 0),   // POP_BLOCK
    (0, 0),   // JUMP
    (0, 0),   // JUMP_NO_INTERRUPT
    (-1, -1), // POP_JUMP_IF_FALSE (direction chosen at assembly)
    (-1, -1), // POP_JUMP_IF_TRUE
    (-1, -1), // POP_JUMP_IF_NONE
    (-1, -1), // POP_JUMP_IF_NOT_NONE
];

fn invalid(vm: &Vm) -> crate::object::PyErr {
    vm.value_error("invalid opcode or oparg")
}

fn stack_effect(vm: &Vm, args: Args<'_>) -> PyResult {
    let [op, oparg, jump] = args.bind(vm, "stack_effect", ["opcode", "oparg", "jump"], 2, 2, 1)?;
    let op = op.ok_or_else(|| vm.internal("opcode"))?;
    // `opcode` is parsed as a C int, `oparg` as a C long then narrowed to int as _opcode.c does.
    let op = vm.index_c_int(&op)?;
    let oparg = match oparg.filter(|o| !vm.is_none(o)) {
        Some(o) => Some(
            vm.index(&o)?
                .as_i64()
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))?
                as i32,
        ),
        None => None,
    };
    let jump = match jump.filter(|o| !vm.is_none(o)) {
        None => None,
        Some(j) if std::rc::Rc::ptr_eq(&j, &vm.true_obj) => Some(true),
        Some(j) if std::rc::Rc::ptr_eq(&j, &vm.false_obj) => Some(false),
        Some(_) => {
            return Err(vm.value_error("stack_effect: jump must be False, True or None"));
        }
    };
    let have_arg = i32::from(opcode::HAVE_ARGUMENT);
    match (op >= have_arg, oparg) {
        (true, None) => {
            return Err(
                vm.value_error("stack_effect: opcode requires oparg but oparg was not specified")
            );
        }
        (false, Some(_)) => {
            return Err(vm.value_error(
                "stack_effect: opcode does not permit oparg but oparg was specified",
            ));
        }
        _ => {}
    }
    let effect = if op < 0 {
        let idx = usize::try_from(-i64::from(op) - 1).map_err(|_| invalid(vm))?;
        let &(plain, jumped) = PSEUDO_EFFECTS.get(idx).ok_or_else(|| invalid(vm))?;
        match jump {
            Some(true) => jumped,
            Some(false) => plain,
            None => plain.max(jumped),
        }
    } else {
        let byte = u8::try_from(op).map_err(|_| invalid(vm))?;
        opcode::stack_effect(
            byte,
            Some(oparg.unwrap_or(0)).filter(|_| op >= have_arg),
            jump,
        )
        .map_err(|_| invalid(vm))?
    };
    Ok(vm.new_int(i64::from(effect)))
}

fn get_specialization_stats(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "get_specialization_stats", 0)?;
    // CPython built without Py_STATS (the release build) answers None.
    Ok(vm.none.clone())
}

/// The `_opcode` module.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_opcode");
    let Some(d) = m.dict() else { return m };
    let fns: &[(&'static str, NativeFn)] = &[
        ("stack_effect", stack_effect),
        ("get_specialization_stats", get_specialization_stats),
    ];
    for &(name, f) in fns {
        vm.dict_set_str(&d, name, vm.new_module_builtin(name, f, "_opcode"));
    }
    m
}
