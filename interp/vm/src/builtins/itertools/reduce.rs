//! `__reduce__` and `__setstate__` of the itertools tools that `pickle` and `copy` save in
//! CPython 3.11: each reduces to a call of its own type on what it holds plus the state
//! `__setstate__` puts back (`count_reduce`, `cycle_reduce`, `chain_reduce`,
//! `islice_reduce`, ... in `Modules/itertoolsmodule.c`).

use super::{Tool, tool};
use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// Adds the pickling methods CPython gives the tool named `name`.
pub fn install(vm: &Vm, ty: &ObjRef, name: &str) {
    let stateful = matches!(
        name,
        "cycle" | "accumulate" | "chain" | "dropwhile" | "takewhile" | "islice" | "zip_longest"
    );
    let stateless = matches!(
        name,
        "count" | "repeat" | "compress" | "filterfalse" | "starmap"
    );
    if stateful || stateless {
        vm.add_methods(ty, &[("__reduce__", tool_reduce)]);
    }
    if stateful {
        vm.add_methods(ty, &[("__setstate__", tool_setstate)]);
    }
}

/// `(type(o), args)` or `(type(o), args, state)`.
fn reduced(vm: &Vm, o: &ObjRef, args: Vec<ObjRef>, state: Option<ObjRef>) -> ObjRef {
    let mut parts = vec![o.class(), vm.new_tuple(args)];
    parts.extend(state);
    vm.new_tuple(parts)
}

fn int(vm: &Vm, n: usize) -> ObjRef {
    vm.new_int(n as i64)
}

/// `count`: `(count, (n,))` while it counts ints by 1 (CPython's fast mode), else
/// `(count, (n, step))`.
fn count_args(vm: &Vm, next: ObjRef, step: &ObjRef) -> Vec<ObjRef> {
    let step_one = step.as_int().is_some_and(|i| i.as_i64() == Some(1));
    let small = next
        .as_int()
        .and_then(|i| i.as_i64())
        .filter(|n| *n != i64::MAX);
    match small {
        Some(n) if step_one => vec![vm.new_int(n)],
        _ => vec![next, step.clone()],
    }
}

fn tool_reduce(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__reduce__", 0)?;
    let none = || vm.none.clone();
    Ok(match tool(vm, o)? {
        Tool::Count { next, step } => {
            let n = next.get().ok_or_else(|| vm.internal("count"))?;
            reduced(vm, o, count_args(vm, n, step), None)
        }
        Tool::Repeat { value, left } => {
            let mut a = vec![value.clone()];
            a.extend(left.get().map(|n| int(vm, n)));
            reduced(vm, o, a, None)
        }
        Tool::Compress { data, selectors } => {
            reduced(vm, o, vec![data.clone(), selectors.clone()], None)
        }
        Tool::FilterFalse { pred: f, it } | Tool::StarMap { func: f, it } => {
            reduced(vm, o, vec![f.clone(), it.clone()], None)
        }
        Tool::DropWhile { pred, it, dropping } => {
            let state = int(vm, usize::from(!dropping.get()));
            reduced(vm, o, vec![pred.clone(), it.clone()], Some(state))
        }
        Tool::TakeWhile { pred, it, stopped } => {
            let state = int(vm, usize::from(stopped.get()));
            reduced(vm, o, vec![pred.clone(), it.clone()], Some(state))
        }
        Tool::Cycle {
            it,
            saved,
            index: at,
            firstpass,
        } => {
            let saved_list = vm.new_list(saved.borrow().clone());
            match it.get() {
                Some(i) => {
                    let state = vm.new_tuple(vec![saved_list, vm.new_bool(firstpass.get())]);
                    reduced(vm, o, vec![i], Some(state))
                }
                // Exhausted: a fresh iterator over what was saved, at the current index.
                None => {
                    let i = vm.iter(&saved_list)?;
                    if at.get() != 0 {
                        let setstate = vm.getattr(&i, &vm.intern("__setstate__"))?;
                        vm.call_pos(&setstate, &[int(vm, at.get())])?;
                    }
                    let state = vm.new_tuple(vec![saved_list, vm.true_obj.clone()]);
                    reduced(vm, o, vec![i], Some(state))
                }
            }
        }
        Tool::Accumulate {
            it,
            func,
            total,
            initial: pending,
        } => {
            let func = func.clone().unwrap_or_else(none);
            let chain = super::ty(vm, "itertools.chain")?;
            let total = total.get();
            match (pending.get(), total) {
                // The initial value not yet yielded goes first in a chain over the rest.
                (Some(first), _) => {
                    let src = vm.call_pos(&chain, &[vm.new_tuple(vec![first]), it.clone()])?;
                    reduced(vm, o, vec![src, func], Some(none()))
                }
                // A running total of None cannot be the state (None means "no total yet"):
                // it is fed again through a new accumulate whose first output is skipped.
                (None, Some(t)) if vm.is_none(&t) => {
                    let src = vm.call_pos(&chain, &[vm.new_tuple(vec![t]), it.clone()])?;
                    let again = vm.call_pos(&o.class(), &[src, func])?;
                    let islice = super::ty(vm, "itertools.islice")?;
                    let a = vm.new_tuple(vec![again, int(vm, 1), none()]);
                    vm.new_tuple(vec![islice, a])
                }
                (None, t) => reduced(vm, o, vec![it.clone(), func], Some(t.unwrap_or_else(none))),
            }
        }
        Tool::Chain { sources, active } => match sources.get() {
            None => reduced(vm, o, Vec::new(), None),
            Some(src) => {
                let mut state = vec![src];
                state.extend(active.get());
                reduced(vm, o, Vec::new(), Some(vm.new_tuple(state)))
            }
        },
        Tool::ISlice {
            it,
            next,
            stop,
            step,
            count: seen,
        } => match it.get() {
            // Exhausted: an islice of nothing.
            None => {
                let empty = vm.iter(&vm.new_list(Vec::new()))?;
                reduced(vm, o, vec![empty, int(vm, 0)], Some(int(vm, 0)))
            }
            Some(i) => {
                let stop = stop.map_or_else(none, |s| int(vm, s));
                let a = vec![i, int(vm, next.get()), stop, int(vm, *step)];
                reduced(vm, o, a, Some(int(vm, seen.get())))
            }
        },
        Tool::ZipLongest { its, fill, .. } => {
            let a = its
                .iter()
                .map(|f| f.get().unwrap_or_else(|| vm.empty_tuple.clone()))
                .collect();
            reduced(vm, o, a, Some(fill.borrow().clone()))
        }
        _ => return Err(vm.internal("itertools __reduce__")),
    })
}

/// Whether `o` is an iterator (`PyIter_Check`).
fn is_iterator(o: &ObjRef) -> bool {
    o.slot(|s| s.next.is_present())
}

fn tool_setstate(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__setstate__", 1)?;
    let state = &a[0];
    match tool(vm, o)? {
        Tool::DropWhile { dropping, .. } => dropping.set(!vm.truthy(state)?),
        Tool::TakeWhile { stopped, .. } => stopped.set(vm.truthy(state)?),
        Tool::Accumulate { total, .. } => total.set(Some(state.clone())),
        Tool::ISlice { count, .. } => {
            let n = vm.ssize(state)?;
            count.set(usize::try_from(n).unwrap_or(0));
        }
        Tool::ZipLongest { fill, .. } => {
            let old = fill.replace(state.clone());
            drop(old);
        }
        Tool::Cycle {
            saved,
            index,
            firstpass,
            ..
        } => {
            let Some(t) = state.as_tuple() else {
                return Err(vm.type_error("state is not a tuple"));
            };
            let (list, flag) = match t {
                [l, f] if l.as_list().is_some() => (l, f),
                [l, _] => {
                    return Err(
                        vm.type_error(format!("argument 1 must be list, not {}", vm.type_name(l)))
                    );
                }
                _ => {
                    return Err(vm.type_error(format!(
                        "function takes exactly 2 arguments ({} given)",
                        t.len()
                    )));
                }
            };
            let on = vm.ssize(flag)? != 0;
            let items = list
                .as_list()
                .map(|l| l.borrow().clone())
                .unwrap_or_default();
            *saved.borrow_mut() = items;
            firstpass.set(on);
            index.set(0);
        }
        Tool::Chain { sources, active } => {
            let Some(t) = state.as_tuple() else {
                return Err(vm.type_error("state is not a tuple"));
            };
            if t.is_empty() || t.len() > 2 {
                return Err(vm.type_error(format!(
                    "function takes at least 1 argument ({} given)",
                    t.len()
                )));
            }
            if !t.iter().all(is_iterator) {
                return Err(vm.type_error("Arguments must be iterators."));
            }
            sources.set(Some(t[0].clone()));
            active.set(t.get(1).cloned());
        }
        _ => return Err(vm.internal("itertools __setstate__")),
    }
    Ok(vm.none.clone())
}
