//! The iteration order of frozenset constants: CPython rebuilds a frozenset constant from the
//! iteration order of the one before, once when `merge_consts_recursive` merges it and again when
//! `intern_string_constants` (`_PyCode_New`) swaps one of its strings for an interned one. Each
//! rebuild can reorder items whose hashes collide, which `dis` shows and programs observe.

use crate::startup_interned::STARTUP_INTERNED;
use crate::symtable::SymbolTable;
use crate::value::{PyStrBuf, Value};

/// A constant as `merge_consts_recursive` leaves it: every frozenset in it (nested in tuples and
/// sets too) is rebuilt from the iteration order of the set first built from its items, so its
/// items are kept in that order, whose replay gives the rebuilt set's own order (what `dis`
/// shows and the program iterates).
pub(super) fn rebuilt_frozensets(value: Value) -> Value {
    match value {
        Value::Tuple(items) => Value::Tuple(items.into_iter().map(rebuilt_frozensets).collect()),
        Value::FrozenSet(items) => {
            let first: Vec<Value> = crate::setorder::iteration_order(&items)
                .into_iter()
                .cloned()
                .collect();
            Value::FrozenSet(first.into_iter().map(rebuilt_frozensets).collect())
        }
        other => other,
    }
}

/// The constants of a code object as `intern_string_constants` leaves them: a frozenset holding a
/// string of name characters that interning replaces with another object (an equal string was
/// interned first) is rebuilt from its iteration order, as is every set or tuple around one.
///
/// Which strings are replaced depends on what the process interned before: a one-character
/// string (CPython 3.11's Latin-1 singletons are never the interned objects), an identifier of
/// the module (the parser interned it before code generation began), and a string CPython's
/// start-up had interned (the generated [`STARTUP_INTERNED`], what `python3 FILE` had interned
/// when it compiled FILE).
pub(super) fn reinterned(mut consts: Vec<Value>, st: &SymbolTable) -> Vec<Value> {
    let replaced = |s: &PyStrBuf| {
        let bytes = s.as_bytes();
        bytes.len() == 1 || st.is_identifier(bytes) || startup_interned(bytes)
    };
    intern_items(&mut consts, &replaced);
    consts
}

/// Whether CPython's start-up had interned `s`.
fn startup_interned(s: &[u8]) -> bool {
    STARTUP_INTERNED
        .binary_search_by(|probe| probe.as_bytes().cmp(s))
        .is_ok()
}

/// One level of `intern_string_constants(tuple, &modified)`: whether an item was replaced.
fn intern_items(items: &mut [Value], replaced: &dyn Fn(&PyStrBuf) -> bool) -> bool {
    let mut modified = false;
    for item in items.iter_mut() {
        match item {
            Value::Str { value, interned } if !*interned && all_name_chars(value) => {
                modified |= replaced(value);
            }
            // A tuple is changed in place: its replacements do not mark the level above.
            Value::Tuple(inner) => {
                intern_items(inner, replaced);
            }
            Value::FrozenSet(inner) => {
                let mut tmp: Vec<Value> = crate::setorder::iteration_order(inner)
                    .into_iter()
                    .cloned()
                    .collect();
                if intern_items(&mut tmp, replaced) {
                    *inner = tmp;
                    modified = true;
                }
            }
            _ => {}
        }
    }
    modified
}

/// `all_name_chars`: ASCII letters, digits and underscores only.
fn all_name_chars(s: &PyStrBuf) -> bool {
    s.as_bytes()
        .iter()
        .all(|&c| c.is_ascii_alphanumeric() || c == b'_')
}
