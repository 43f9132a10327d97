//! The `_csv` module under `Lib/csv.py` (`reader`, `writer`, `Dialect`, the dialect registry,
//! `field_size_limit`), run from the embedded `csv.py`, which follows Modules/_csv.c in 3.11.

use crate::object::ObjRef;
use crate::runtime::Vm;

const SOURCE: &str = include_str!("csv.py");

/// The `_csv` module.
pub fn module(vm: &Vm) -> Option<ObjRef> {
    crate::importer::exec_embedded(vm, "_csv", SOURCE, "<frozen _csv>").ok()
}
