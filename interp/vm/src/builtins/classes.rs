//! `__build_class__` (`Python/bltinmodule.c`): resolves `__mro_entries__`, picks the
//! metaclass, prepares the namespace, runs the class body in it and calls the metaclass, then
//! checks the `__class__` cell.

use crate::eval::frame::Frame;
use crate::eval::{Exit, run};
use crate::object::native::Args;
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;
use crate::types::type_new::calculate_metaclass;

/// `update_bases`: replaces non-class bases that define `__mro_entries__`.
fn update_bases(vm: &Vm, bases: &[ObjRef]) -> PyResult<(Vec<ObjRef>, bool)> {
    let mut out = Vec::with_capacity(bases.len());
    let mut changed = false;
    let orig = vm.new_tuple(bases.to_vec());
    for b in bases {
        if b.as_type().is_some() {
            out.push(b.clone());
            continue;
        }
        match vm.getattr_opt(b, &vm.names.__mro_entries__)? {
            Some(m) => {
                let r = vm.call_pos(&m, std::slice::from_ref(&orig))?;
                let Some(items) = r.as_tuple() else {
                    return Err(vm.type_error("__mro_entries__ must return a tuple"));
                };
                out.extend(items.iter().cloned());
                changed = true;
            }
            None => out.push(b.clone()),
        }
    }
    Ok((out, changed))
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &Vm, args: Args<'_>) -> PyResult {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = &pos[0];
    let Some(f) = func.as_function() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let name = &pos[1];
    if name.as_str().is_none() {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    let orig_bases = &pos[2..];
    let (bases, changed) = update_bases(vm, orig_bases)?;
    let mut meta = None;
    let mut kw_names = Vec::new();
    let mut kw_values = Vec::new();
    for (k, v) in args.kw() {
        if vm.str_lossy(k) == "metaclass" {
            meta = Some(v.clone());
        } else {
            kw_names.push(k.clone());
            kw_values.push(v.clone());
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => b.class(),
            None => vm.types.type_.clone(),
        },
    };
    let meta = if meta.as_type().is_some() {
        calculate_metaclass(vm, &meta, &bases)?
    } else {
        meta
    };
    let bases_tuple = vm.new_tuple(bases.clone());
    let ns = match vm.getattr_opt(&meta, &vm.names.__prepare__)? {
        Some(prep) => {
            let mut a = vec![name.clone(), bases_tuple.clone()];
            a.extend(kw_values.iter().cloned());
            vm.call(
                &prep,
                Args {
                    values: &a,
                    kwnames: &kw_names,
                },
            )?
        }
        None => vm.new_dict(),
    };
    if !ns.slot(|s| s.getitem.is_present()) {
        let who = if meta.as_type().is_some() {
            crate::types::type_methods::short_name(&meta)
        } else {
            "<metaclass>".to_string()
        };
        return Err(vm.type_error(format!(
            "{who}.__prepare__() must return a mapping, not {}",
            vm.type_name(&ns)
        )));
    }
    let frame = Box::new(Frame::new(
        f.code.borrow().clone(),
        f.globals.clone(),
        f.builtins.clone(),
        Some(ns.clone()),
        Some(func.clone()),
    ));
    let cell = match run(vm, frame)? {
        Exit::Return(v) => v,
        _ => return Err(vm.system_error("class body suspended")),
    };
    if changed {
        let orig = vm.new_tuple(orig_bases.to_vec());
        vm.setitem(&ns, &vm.names.__orig_bases__, &orig)?;
    }
    let mut a = vec![name.clone(), bases_tuple, ns];
    a.extend(kw_values);
    let cls = vm.call(
        &meta,
        Args {
            values: &a,
            kwnames: &kw_names,
        },
    )?;
    if cls.as_type().is_some()
        && let Payload::Cell(c) = &cell.payload
    {
        let cell_cls = c.borrow().clone();
        match cell_cls {
            Some(cc) if std::rc::Rc::ptr_eq(&cc, &cls) => {}
            None => {
                return Err(vm.runtime_error(format!(
                        "__class__ not set defining {} as {}. Was __classcell__ propagated to type.__new__?",
                        vm.repr_string(name)?,
                        vm.repr_string(&cls)?
                    )));
            }
            Some(cc) => {
                return Err(vm.type_error(format!(
                    "__class__ set to {} defining {} as {}",
                    vm.repr_string(&cc)?,
                    vm.repr_string(name)?,
                    vm.repr_string(&cls)?
                )));
            }
        }
    }
    Ok(cls)
}
