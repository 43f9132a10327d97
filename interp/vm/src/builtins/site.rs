//! What `site` adds to the builtins (`Lib/_sitebuiltins.py`): `exit` and `quit`, instances of
//! `_sitebuiltins.Quitter` whose call raises `SystemExit(code)`.

use crate::object::native::Args;
use crate::object::slots::{Slot, Slots};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

fn attr(vm: &Vm, o: &ObjRef, name: &str) -> String {
    o.dict()
        .and_then(|d| vm.dict_get_name(&d, name))
        .map(|v| vm.str_lossy(&v))
        .unwrap_or_default()
}

fn quitter_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_str(format!(
        "Use {}() or {} to exit",
        attr(vm, o, "name"),
        attr(vm, o, "eof")
    )))
}

/// `Quitter.__call__(code=None)`.
fn quitter_call(vm: &Vm, _o: &ObjRef, args: Args<'_>) -> PyResult {
    let [code] = args.bind(vm, "__call__", ["code"], 0, 1, 0)?;
    let code = code.unwrap_or_else(|| vm.none.clone());
    let exc = vm.new_exception(&vm.exc.system_exit, vec![code]);
    Err(vm.raise(exc))
}

/// Adds `exit` and `quit` to the builtins namespace `d`.
pub fn register(vm: &Vm, d: &ObjRef) {
    let t = &vm.types.quitter;
    crate::object::slot_resolve::install_static(
        vm,
        t,
        Slots {
            repr: Slot::Native(quitter_repr),
            call: Slot::Native(quitter_call),
            ..Slots::default()
        },
    );
    for name in ["exit", "quit"] {
        let q = Obj::with_dict(t.clone(), vm.new_dict(), Payload::Plain);
        if let Some(qd) = q.dict() {
            vm.dict_set_str(&qd, "name", vm.new_str(name));
            vm.dict_set_str(&qd, "eof", vm.new_str("Ctrl-D (i.e. EOF)"));
        }
        vm.dict_set_str(d, name, q);
    }
}
