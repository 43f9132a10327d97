//! The differential conformance harness: runs cases through krait and through the embedded CPython 3.11
//! oracle, stage by stage (layer by layer), and reports every difference.
//!
//! - [`case`]: where cases come from (corpus, Lib, paths) and their stable keys.
//! - [`layers`]: the pluggable per-stage comparisons.
//! - [`oracle`]: the pinned, verified embedded CPython.
//! - [`pool`]: worker processes with per-case timeouts, so no case can crash or hang a run.
//! - [`known`]: the known-failures ratchet ([`known_write`] regenerates it from a run);
//!   [`report`]: tables, JSON results, `compare`.
//! - [`fuzz`]: the mutation fuzzer.

pub mod case;
pub mod child;
pub mod fuzz;
pub mod known;
pub mod known_write;
pub mod layers;
pub mod oracle;
pub mod outcome;
pub mod pool;
pub mod report;
