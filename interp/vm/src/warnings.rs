//! Warnings the interpreter itself issues (`Python/_warnings.c`): the default filters of a
//! release build (`DeprecationWarning` shown only for `__main__`; pending-deprecation, import
//! and resource warnings ignored; everything else shown once per location), the module's
//! `__warningregistry__`, and the text `warnings.showwarning` writes to stderr.

use krait_syntax::parser::{ParseError, ParseWarning};

use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// What the default filters do with a warning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Action {
    Ignore,
    Default,
}

fn default_action(vm: &Vm, category: &ObjRef, module: &str) -> Action {
    let sub = |c: &ObjRef| crate::object::typeobj::is_subtype(category, c);
    let e = &vm.exc;
    if sub(&e.deprecation_warning) {
        return if module == "__main__" {
            Action::Default
        } else {
            Action::Ignore
        };
    }
    if sub(&e.pending_deprecation_warning) || sub(&e.import_warning) || sub(&e.resource_warning) {
        return Action::Ignore;
    }
    Action::Default
}

/// Once Python code has imported `warnings`, its filters, registries and `showwarning` hooks
/// decide (`catch_warnings`, `simplefilter("error")`, `assertWarns`): the C implementation
/// reads `warnings.filters` and calls `warnings._showwarnmsg` from then on, which is what
/// `warnings.warn_explicit` does with the location found here. None when it is not imported.
fn via_warnings_module(
    vm: &Vm,
    category: &ObjRef,
    message: &str,
    place: (&str, i32, &str),
    globals: Option<&ObjRef>,
) -> PyResult<Option<()>> {
    let Some(warnings) = vm.dict_get_name(&vm.modules, "warnings") else {
        return Ok(None);
    };
    let Some(explicit) = vm.getattr_opt(&warnings, &vm.intern("warn_explicit"))? else {
        return Ok(None);
    };
    let (filename, lineno, module) = place;
    let registry = match globals {
        Some(g) => registry_of(vm, g)?,
        None => vm.none.clone(),
    };
    vm.call_pos(
        &explicit,
        &[
            vm.new_str(message),
            category.clone(),
            vm.new_str(filename),
            vm.new_int(i64::from(lineno)),
            vm.new_str(module),
            registry,
        ],
    )?;
    Ok(Some(()))
}

/// The `__warningregistry__` of a frame's globals, made on first use.
fn registry_of(vm: &Vm, g: &ObjRef) -> PyResult<ObjRef> {
    let name = vm.intern("__warningregistry__");
    match vm.dict_get(g, &name)? {
        Some(r) if r.as_dict().is_some() => Ok(r),
        _ => {
            let r = vm.new_dict();
            vm.dict_set(g, name, r.clone())?;
            Ok(r)
        }
    }
}

/// `PyErr_WarnEx`: issues `message` of `category` attributed to the frame `stacklevel` levels
/// up (1: the innermost Python frame); `source` adds the tracemalloc hint.
pub fn warn(
    vm: &Vm,
    category: &ObjRef,
    message: &str,
    stacklevel: usize,
    source: Option<&ObjRef>,
) -> PyResult<()> {
    let (globals, filename, lineno) = {
        let depth = stacklevel.max(1);
        let i = vm.chain_len().checked_sub(depth);
        let lasti = i.and_then(|i| vm.link_lasti(i)).unwrap_or(0);
        let frames = vm.frames.borrow();
        match i.and_then(|i| frames.get(i)) {
            Some(l) => {
                let line = l.code.line_at(l.code.offset_of(lasti));
                (
                    Some(l.globals.clone()),
                    l.code.co.filename.to_string_lossy().into_owned(),
                    line,
                )
            }
            None => (None, "sys".to_string(), 1),
        }
    };
    let module = match &globals {
        Some(g) => vm
            .dict_get_str(g, &vm.names.__name__)
            .map(|n| vm.str_lossy(&n))
            .unwrap_or_else(|| "<string>".into()),
        None => "sys".into(),
    };
    let place = (filename.as_str(), lineno, module.as_str());
    if let Some(done) = via_warnings_module(vm, category, message, place, globals.as_ref())? {
        return Ok(done);
    }
    if default_action(vm, category, &module) == Action::Ignore {
        return Ok(());
    }
    if let Some(g) = &globals {
        let name = vm.intern("__warningregistry__");
        let registry = match vm.dict_get(g, &name)? {
            Some(r) if r.as_dict().is_some() => r,
            _ => {
                let r = vm.new_dict();
                vm.dict_set(g, name, r.clone())?;
                r
            }
        };
        let version = vm.intern("version");
        if vm.dict_get(&registry, &version)?.is_none() {
            vm.dict_set(&registry, version, vm.new_int(0))?;
        }
        let key = vm.new_tuple(vec![
            vm.new_str(message),
            category.clone(),
            vm.new_int(i64::from(lineno)),
        ]);
        if vm.dict_get(&registry, &key)?.is_some() {
            return Ok(());
        }
        vm.dict_set(&registry, key, vm.true_obj.clone())?;
    }
    show(vm, category, message, (&filename, lineno), source.is_some())
}

/// `warnings.showwarning`'s text on stderr: `FILE:LINE: Category: message`, the source line when
/// it can be read, and the tracemalloc hint for a warning about an object.
fn show(
    vm: &Vm,
    category: &ObjRef,
    message: &str,
    (filename, lineno): (&str, i32),
    tracemalloc_hint: bool,
) -> PyResult<()> {
    let cat = crate::object::typeobj::type_name(category);
    let mut text = format!("{filename}:{lineno}: {cat}: {message}\n");
    if let Some(line) = crate::traceback::source_line(filename, lineno) {
        text.push_str(&format!("  {}\n", line.trim()));
    }
    if tracemalloc_hint {
        text.push_str(&format!(
            "{cat}: Enable tracemalloc to get the object allocation traceback\n"
        ));
    }
    crate::builtins::io::write_text(vm, 2, &text)
}

/// Issues the warnings the compiler collected, in the order CPython issues them while it compiles,
/// each as `PyErr_WarnExplicitObject(category, msg, filename, lineno, NULL, NULL)`. A warning that
/// a filter turns into an error raises the `SyntaxError` CPython replaces it with instead, and
/// stops there as CPython's compilation does.
pub fn issue_compile_warnings(vm: &Vm, warnings: &[ParseWarning], filename: &str) -> PyResult<()> {
    for w in warnings {
        let category = if w.category == "DeprecationWarning" {
            &vm.exc.deprecation_warning
        } else {
            &vm.exc.syntax_warning
        };
        let lineno = i32::try_from(w.lineno).unwrap_or(i32::MAX);
        if let Err(e) = warn_explicit(vm, category, &w.message, filename, lineno) {
            if vm.err_matches(&e, category) {
                let err = ParseError::Syntax(w.as_error.clone());
                return Err(crate::builtins::exec::parse_error_to_exc(
                    vm, &err, filename,
                ));
            }
            return Err(e);
        }
    }
    Ok(())
}

/// `warn_explicit` without module or registry: the module is the file name without `.py`, as
/// `warnings.warn_explicit` derives it, and with no registry every occurrence is shown.
fn warn_explicit(
    vm: &Vm,
    category: &ObjRef,
    message: &str,
    filename: &str,
    lineno: i32,
) -> PyResult<()> {
    let module = match filename.len().checked_sub(3) {
        Some(n) if filename.is_char_boundary(n) && filename[n..].eq_ignore_ascii_case(".py") => {
            &filename[..n]
        }
        _ => filename,
    };
    let place = (filename, lineno, module);
    if via_warnings_module(vm, category, message, place, None)?.is_some() {
        return Ok(());
    }
    if default_action(vm, category, module) == Action::Ignore {
        return Ok(());
    }
    show(vm, category, message, (filename, lineno), false)
}
