//! Binding call arguments to a Python function's parameters (`initialize_locals` in
//! `Python/ceval.c`): positional parameters, `*args`, keywords matched by name, defaults and
//! keyword-only defaults, `**kwargs`, with CPython's exact `TypeError` messages.

use krait_compiler::code::flags::{CO_VARARGS, CO_VARKEYWORDS};

use super::code::Code;
use crate::object::native::Args;
use crate::object::{ObjRef, PyErr, PyResult};
use crate::runtime::Vm;
use crate::types::function::Function;

/// Fills `slots` (the frame's localsplus) from `args` for a call of `func`.
pub fn bind(
    vm: &Vm,
    func: &Function,
    code: &Code,
    slots: &mut [Option<ObjRef>],
    args: Args<'_>,
) -> PyResult<()> {
    let co = &code.co;
    let argcount = co.argcount.max(0) as usize;
    let kwonly = co.kwonlyargcount.max(0) as usize;
    let posonly = co.posonlyargcount.max(0) as usize;
    let total = argcount + kwonly;
    let flags = co.flags;
    let pos = args.pos();
    let given = pos.len();
    if slots.len()
        < total + usize::from(flags & CO_VARARGS != 0) + usize::from(flags & CO_VARKEYWORDS != 0)
    {
        return Err(vm.system_error("code object has too few locals for its parameters"));
    }
    let kwdict = if flags & CO_VARKEYWORDS != 0 {
        let d = vm.new_dict();
        let i = total + usize::from(flags & CO_VARARGS != 0);
        slots[i] = Some(d.clone());
        Some(d)
    } else {
        None
    };
    let n = given.min(argcount);
    for (slot, v) in slots.iter_mut().zip(&pos[..n]) {
        *slot = Some(v.clone());
    }
    if flags & CO_VARARGS != 0 {
        slots[total] = Some(vm.new_tuple(pos[n..].to_vec()));
    }
    let qualname = || vm.str_lossy(&func.qualname.borrow());
    for (k, v) in args.kw() {
        let Some(ks) = k.as_str() else {
            return Err(vm.type_error(format!("{}() keywords must be strings", qualname())));
        };
        let found = code.localsplus[posonly..total]
            .iter()
            .position(|name| std::rc::Rc::ptr_eq(name, k))
            .or_else(|| {
                code.localsplus[posonly..total]
                    .iter()
                    .position(|name| name.as_str().is_some_and(|n| n.as_bytes() == ks.as_bytes()))
            })
            .map(|j| j + posonly);
        match found {
            Some(j) => {
                if slots[j].is_some() {
                    return Err(vm.type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname(),
                        ks.to_string_lossy()
                    )));
                }
                slots[j] = Some(v.clone());
            }
            None => match &kwdict {
                Some(d) => vm.dict_set(d, k.clone(), v.clone())?,
                None => {
                    if let Some(e) = posonly_as_keyword(vm, code, posonly, args, &qualname()) {
                        return Err(e);
                    }
                    return Err(vm.type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        qualname(),
                        ks.to_string_lossy()
                    )));
                }
            },
        }
    }
    // The tuple is held (one reference) rather than copied: `__defaults__` assigned while the
    // arguments are bound cannot change what this call sees.
    let defaults_obj = func.defaults.borrow().clone();
    let defaults: &[ObjRef] = defaults_obj
        .as_ref()
        .and_then(|d| d.as_tuple())
        .unwrap_or(&[]);
    if given > argcount && flags & CO_VARARGS == 0 {
        return Err(too_many_positional(
            vm,
            code,
            given,
            defaults.len(),
            slots,
            &qualname(),
        ));
    }
    if given < argcount {
        let defcount = defaults.len().min(argcount);
        let m = argcount - defcount;
        let missing: Vec<usize> = (given..m).filter(|&i| slots[i].is_none()).collect();
        if !missing.is_empty() {
            return Err(missing_args(vm, code, &missing, "positional", &qualname()));
        }
        let start = n.saturating_sub(m);
        for i in start..defcount {
            if slots[m + i].is_none() {
                slots[m + i] = Some(defaults[i].clone());
            }
        }
    }
    if kwonly > 0 {
        let kwdefaults = func.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for (i, slot) in slots.iter_mut().enumerate().take(total).skip(argcount) {
            if slot.is_some() {
                continue;
            }
            let dflt = match &kwdefaults {
                Some(d) => vm.dict_get_str(d, &code.localsplus[i]),
                None => None,
            };
            match dflt {
                Some(v) => *slot = Some(v),
                None => missing.push(i),
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(
                vm,
                code,
                &missing,
                "keyword-only",
                &qualname(),
            ));
        }
    }
    Ok(())
}

fn posonly_as_keyword(
    vm: &Vm,
    code: &Code,
    posonly: usize,
    args: Args<'_>,
    qualname: &str,
) -> Option<PyErr> {
    let mut names = Vec::new();
    for name in &code.localsplus[..posonly] {
        let text = name.as_str()?.as_bytes();
        if args
            .kwnames
            .iter()
            .any(|k| k.as_str().is_some_and(|s| s.as_bytes() == text))
        {
            names.push(vm.str_lossy(name));
        }
    }
    if names.is_empty() {
        return None;
    }
    Some(vm.type_error(format!(
        "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
        names.join(", ")
    )))
}

fn too_many_positional(
    vm: &Vm,
    code: &Code,
    given: usize,
    defcount: usize,
    slots: &[Option<ObjRef>],
    qualname: &str,
) -> PyErr {
    let argcount = code.co.argcount.max(0) as usize;
    let kwonly = code.co.kwonlyargcount.max(0) as usize;
    let kwonly_given = slots[argcount..argcount + kwonly]
        .iter()
        .filter(|s| s.is_some())
        .count();
    let (sig, plural) = if defcount > 0 {
        (
            format!("from {} to {}", argcount - defcount.min(argcount), argcount),
            true,
        )
    } else {
        (argcount.to_string(), argcount != 1)
    };
    let kwonly_sig = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {} keyword-only argument{})",
            if given != 1 { "s" } else { "" },
            kwonly_given,
            if kwonly_given != 1 { "s" } else { "" }
        )
    } else {
        String::new()
    };
    vm.type_error(format!(
        "{qualname}() takes {sig} positional argument{} but {given}{kwonly_sig} {} given",
        if plural { "s" } else { "" },
        if given == 1 && kwonly_given == 0 {
            "was"
        } else {
            "were"
        }
    ))
}

fn missing_args(vm: &Vm, code: &Code, missing: &[usize], kind: &str, qualname: &str) -> PyErr {
    let names: Vec<String> = missing
        .iter()
        .map(|&i| match code.localsplus[i].as_str() {
            Some(s) => krait_syntax::pyrepr::repr_pystr(s.buf()),
            None => String::new(),
        })
        .collect();
    let len = names.len();
    let joined = match len {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => format!(
            "{}, {}, and {}",
            names[..len - 2].join(", "),
            names[len - 2],
            names[len - 1]
        ),
    };
    vm.type_error(format!(
        "{qualname}() missing {len} required {kind} argument{}: {joined}",
        if len == 1 { "" } else { "s" }
    ))
}
