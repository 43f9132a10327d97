//! The `_contextvars` module: `ContextVar`, `Token`, `Context` and `copy_context` (PEP 567),
//! run from the embedded `contextvars.py`, which follows Python/context.c's behaviour.

use crate::object::ObjRef;
use crate::runtime::Vm;

const SOURCE: &str = include_str!("contextvars.py");

/// The `_contextvars` module.
pub fn module(vm: &Vm) -> Option<ObjRef> {
    crate::importer::exec_embedded(vm, "_contextvars", SOURCE, "<frozen _contextvars>").ok()
}
