//! The `faulthandler` module (`enable`, `disable`, `is_enabled`, `dump_traceback`), run from
//! the embedded `faulthandler.py`, which follows Modules/faulthandler.c's Python-level behaviour.

use crate::object::ObjRef;
use crate::runtime::Vm;

const SOURCE: &str = include_str!("faulthandler.py");

/// The `faulthandler` module.
pub fn module(vm: &Vm) -> Option<ObjRef> {
    crate::importer::exec_embedded(vm, "faulthandler", SOURCE, "<frozen faulthandler>").ok()
}
