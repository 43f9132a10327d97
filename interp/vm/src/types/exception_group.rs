//! `BaseExceptionGroup`/`ExceptionGroup` and the `except*` instructions (`CHECK_EG_MATCH`,
//! `PREP_RERAISE_STAR`). Exception groups are not implemented yet (issue #6): the
//! instructions raise `SystemError` naming what is missing.

use krait_compiler::opcode::Opcode;

use crate::eval::code::Instr;
use crate::eval::frame::Frame;
use crate::object::PyResult;
use crate::runtime::Vm;

/// Runs `CHECK_EG_MATCH` or `PREP_RERAISE_STAR`.
pub fn execute(vm: &Vm, _frame: &mut Frame, ins: Instr) -> PyResult<()> {
    let what = match ins.op {
        Opcode::CHECK_EG_MATCH => "CHECK_EG_MATCH",
        _ => "PREP_RERAISE_STAR",
    };
    Err(vm.system_error(format!(
        "except* is not supported by krait yet ({what}, issue #6)"
    )))
}
