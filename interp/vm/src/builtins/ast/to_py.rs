//! krait's tree → `_ast` node instances, as Python-ast.c's `ast2obj_*` functions build them:
//! each node allocated without running `__init__` and its fields and locations stored in its
//! dict; field-less classes (`Load`, `Add`, ...) are the module's shared instances.

use std::collections::HashMap;

use krait_syntax::ast::convert::{Builder, ToHost};
use krait_syntax::ast::{Constant, Mod, Range};

use crate::object::{ObjRef, PyErr, PyResult};
use crate::runtime::Vm;

/// How deep nodes may nest: CPython scales the recursion limit by its compiler's frame factor
/// (3) for `ast2obj`.
const DEPTH_LIMIT: u32 = 3000;

struct ToPy<'a, 'v> {
    vm: &'a Vm<'v>,
    ns: ObjRef,
    singletons: ObjRef,
    classes: HashMap<&'static str, ObjRef>,
    depth: u32,
}

impl ToPy<'_, '_> {
    fn class(&mut self, name: &'static str) -> PyResult<ObjRef> {
        if let Some(c) = self.classes.get(name) {
            return Ok(c.clone());
        }
        let c = super::class(self.vm, &self.ns, name)?;
        self.classes.insert(name, c.clone());
        Ok(c)
    }
}

impl Builder for ToPy<'_, '_> {
    type Obj = ObjRef;
    type Err = PyErr;

    fn node(
        &mut self,
        class: &'static str,
        fields: Vec<(&'static str, ObjRef)>,
        range: Option<&Range>,
    ) -> PyResult<ObjRef> {
        let vm = self.vm;
        let cls = self.class(class)?;
        let obj = vm.alloc_instance(&cls, crate::types::type_new::plain_payload(&cls));
        let dict = crate::object::values::materialize(vm, &obj);
        for (name, value) in fields {
            vm.dict_set(&dict, vm.intern(name), value)?;
        }
        if let Some(r) = range {
            let values = [r.lineno, r.col_offset, r.end_lineno, r.end_col_offset];
            for (name, v) in krait_syntax::ast::dump::ATTRIBUTES.iter().zip(values) {
                vm.dict_set(&dict, vm.intern(name), vm.new_int(i64::from(v)))?;
            }
        }
        Ok(obj)
    }

    fn singleton(&mut self, class: &'static str) -> PyResult<ObjRef> {
        self.vm
            .dict_get_str(&self.singletons, &self.vm.intern(class))
            .ok_or_else(|| self.vm.internal("_ast singleton"))
    }

    fn list(&mut self, items: Vec<ObjRef>) -> PyResult<ObjRef> {
        Ok(self.vm.new_list(items))
    }

    fn none(&mut self) -> ObjRef {
        self.vm.none.clone()
    }

    fn string(&mut self, s: &str) -> PyResult<ObjRef> {
        Ok(self.vm.intern(s))
    }

    fn int(&mut self, n: i64) -> PyResult<ObjRef> {
        Ok(self.vm.new_int(n))
    }

    fn constant(&mut self, c: &Constant) -> PyResult<ObjRef> {
        constant_object(self.vm, c)
    }

    fn enter(&mut self, entering: bool) -> PyResult<()> {
        if entering {
            self.depth += 1;
            if self.depth > DEPTH_LIMIT {
                return Err(self.vm.error(
                    &self.vm.exc.recursion_error,
                    "maximum recursion depth exceeded during ast construction",
                ));
            }
        } else {
            self.depth -= 1;
        }
        Ok(())
    }
}

/// The object for a `Constant.value`.
fn constant_object(vm: &Vm, c: &Constant) -> PyResult<ObjRef> {
    Ok(match c {
        Constant::None => vm.none.clone(),
        Constant::Bool(b) => vm.new_bool(*b),
        Constant::Ellipsis => vm.ellipsis.clone(),
        Constant::Int(i) => vm.new_bigint(i.clone()),
        Constant::Float(f) => vm.new_float(*f),
        Constant::Complex { real, imag } => vm.new_complex(*real, *imag),
        Constant::Str(s) => vm.new_str_buf(s.clone()),
        Constant::Bytes(b) => vm.new_bytes(b.clone()),
        Constant::Tuple(items) => {
            let items = items
                .iter()
                .map(|i| constant_object(vm, i))
                .collect::<PyResult<Vec<_>>>()?;
            vm.new_tuple(items)
        }
        Constant::FrozenSet(items) => {
            let items = items
                .iter()
                .map(|i| constant_object(vm, i))
                .collect::<PyResult<Vec<_>>>()?;
            crate::types::set::new_set_from(vm, items, true)?
        }
    })
}

/// The `_ast` instance tree of a parsed module.
pub fn mod_to_object(vm: &Vm, tree: &Mod) -> PyResult<ObjRef> {
    let ns = super::namespace(vm)?;
    let singletons = vm
        .dict_get_str(&ns, &vm.intern("_singletons"))
        .ok_or_else(|| vm.internal("_ast singletons"))?;
    let mut b = ToPy {
        vm,
        ns,
        singletons,
        classes: HashMap::new(),
        depth: 0,
    };
    tree.to_host(&mut b)
}
