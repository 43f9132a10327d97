//! The differential conformance harness: runs cases through krait and through the embedded CPython 3.11
//! oracle, stage by stage, and reports every difference.
