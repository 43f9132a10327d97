//! `_ast` node instances → krait's tree, as Python-ast.c's `obj2ast_*` functions read them:
//! constructors recognised by `isinstance`, fields and locations read as attributes, with
//! CPython's `TypeError`/`ValueError` texts; `Constant` values checked as `validate_constant`
//! checks them.

use std::collections::HashMap;

use krait_syntax::ast::convert::{FromHost, Reader};
use krait_syntax::ast::{Constant, Mod};
use krait_syntax::parser::Mode;

use crate::object::{ObjRef, PyErr, PyResult};
use crate::runtime::Vm;

/// The nesting bound of `obj2ast`, as in the other direction.
const DEPTH_LIMIT: u32 = 3000;

struct FromPy<'a, 'v> {
    vm: &'a Vm<'v>,
    ns: ObjRef,
    classes: HashMap<&'static str, ObjRef>,
    depth: u32,
}

impl Reader for FromPy<'_, '_> {
    type Obj = ObjRef;
    type Err = PyErr;

    fn is_instance(&mut self, obj: &ObjRef, class: &'static str) -> PyResult<bool> {
        let cls = match self.classes.get(class) {
            Some(c) => c.clone(),
            None => {
                let c = super::class(self.vm, &self.ns, class)?;
                self.classes.insert(class, c.clone());
                c
            }
        };
        if obj.is_exact(&cls) {
            return Ok(true);
        }
        self.vm.isinstance(obj, &cls)
    }

    fn attr(&mut self, obj: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        self.vm.getattr_opt(obj, &self.vm.intern(name))
    }

    fn is_none(&mut self, obj: &ObjRef) -> bool {
        self.vm.is_none(obj)
    }

    fn list_items(&mut self, obj: &ObjRef) -> Option<Vec<ObjRef>> {
        obj.as_list().map(|l| l.borrow().clone())
    }

    fn string(&mut self, obj: &ObjRef, what: &str) -> PyResult<String> {
        match obj.as_str() {
            Some(s) => Ok(s.to_string_lossy().into_owned()),
            None => Err(self
                .vm
                .type_error(format!("AST {what} must be of type str"))),
        }
    }

    fn int(&mut self, obj: &ObjRef) -> PyResult<i64> {
        match obj.as_int().and_then(|i| i.as_i64()) {
            Some(n) => Ok(n),
            None if obj.as_int().is_some() => Err(self.vm.error(
                &self.vm.exc.overflow_error,
                "Python int too large to convert to C int",
            )),
            None => Err(self.vm.value_error(format!(
                "invalid integer value: {}",
                self.vm.repr_string(obj)?
            ))),
        }
    }

    fn constant(&mut self, obj: &ObjRef) -> PyResult<Constant> {
        constant_of(self.vm, obj)
    }

    fn type_error(&mut self, msg: String) -> PyErr {
        self.vm.type_error(msg)
    }

    fn value_error(&mut self, msg: String) -> PyErr {
        self.vm.value_error(msg)
    }

    fn overflow_error(&mut self) -> PyErr {
        self.vm.error(
            &self.vm.exc.overflow_error,
            "Python int too large to convert to C int",
        )
    }

    fn type_name(&mut self, obj: &ObjRef) -> String {
        self.vm.type_name(obj)
    }

    fn repr(&mut self, obj: &ObjRef) -> PyResult<String> {
        self.vm.repr_string(obj)
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

/// A `Constant.value`: only the exact types `validate_constant` accepts, tuples and frozensets
/// of them included.
fn constant_of(vm: &Vm, obj: &ObjRef) -> PyResult<Constant> {
    let t = &vm.types;
    if vm.is_none(obj) {
        return Ok(Constant::None);
    }
    if std::rc::Rc::ptr_eq(obj, &vm.ellipsis) {
        return Ok(Constant::Ellipsis);
    }
    if obj.is_exact(&t.bool) {
        return Ok(Constant::Bool(std::rc::Rc::ptr_eq(obj, &vm.true_obj)));
    }
    if obj.is_exact(&t.int)
        && let Some(i) = obj.as_int()
    {
        return Ok(Constant::Int(i.to_bigint()));
    }
    if obj.is_exact(&t.float)
        && let Some(f) = obj.as_float()
    {
        return Ok(Constant::Float(f));
    }
    if obj.is_exact(&t.complex)
        && let crate::object::Payload::Complex(real, imag) = &obj.payload
    {
        return Ok(Constant::Complex {
            real: *real,
            imag: *imag,
        });
    }
    if obj.is_exact(&t.str)
        && let Some(s) = obj.as_str()
    {
        return Ok(Constant::Str(s.buf().clone()));
    }
    if obj.is_exact(&t.bytes)
        && let Some(b) = obj.as_bytes()
    {
        return Ok(Constant::Bytes(b.to_vec()));
    }
    if obj.is_exact(&t.tuple) || obj.is_exact(&t.frozenset) {
        let items = vm.collect(obj)?;
        let items = items
            .iter()
            .map(|i| constant_of(vm, i))
            .collect::<PyResult<Vec<_>>>()?;
        return Ok(if obj.is_exact(&t.tuple) {
            Constant::Tuple(items)
        } else {
            Constant::FrozenSet(items)
        });
    }
    Err(vm.type_error(format!(
        "got an invalid type in Constant: {}",
        vm.type_name(obj)
    )))
}

/// The tree of an `_ast` instance for `compile(tree, filename, mode)`: the node must be the
/// class `mode` expects ("expected Module node, got Expression", as `PyAST_obj2mod` says).
pub fn object_to_mod(vm: &Vm, obj: &ObjRef, mode: Mode) -> PyResult<Mod> {
    let ns = super::namespace(vm)?;
    let expected = match mode {
        Mode::Exec => "Module",
        Mode::Eval => "Expression",
        Mode::Single => "Interactive",
        Mode::FuncType => "FunctionType",
    };
    let mut r = FromPy {
        vm,
        ns,
        classes: HashMap::new(),
        depth: 0,
    };
    if !r.is_instance(obj, expected)? {
        return Err(vm.type_error(format!(
            "expected {expected} node, got {}",
            vm.type_name(obj)
        )));
    }
    Mod::from_host(&mut r, obj)
}
