//! The `_ast` module (Python/Python-ast.c): the node classes, built by `ast.py` from the node
//! table of krait's syntax crate, and the two conversions `compile()` needs — krait's tree to
//! node instances (`PyCF_ONLY_AST`) and node instances back to a tree (`compile(tree, ...)`).

mod from_py;
mod to_py;
pub mod validate;

use krait_syntax::ast::dump::{FieldInfo, NodeClass};
use krait_syntax::ast::{
    Alias, Arg, Arguments, BoolOp, CmpOp, Comprehension, ExceptHandler, Expr, ExprContext, Keyword,
    MatchCase, Mod, Operator, Pattern, Stmt, TypeIgnore, UnaryOp, WithItem,
};

use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

pub use from_py::object_to_mod;
pub use to_py::mod_to_object;

const SOURCE: &str = include_str!("ast.py");

/// `PyCF_ONLY_AST`: `compile()` returns the tree instead of a code object.
pub const PY_CF_ONLY_AST: i64 = 0x400;
/// `PyCF_TYPE_COMMENTS`: keep `# type:` comments.
pub const PY_CF_TYPE_COMMENTS: i64 = 0x1000;

/// The groups of classes in the order Python-ast.c's `init_types` creates them: an abstract sum
/// (its name, and whether its constructors carry locations) or, with no name, products.
fn groups() -> Vec<(Option<&'static str>, bool, &'static [NodeClass])> {
    vec![
        (Some("mod"), false, Mod::CLASSES),
        (Some("stmt"), true, Stmt::CLASSES),
        (Some("expr"), true, Expr::CLASSES),
        (Some("expr_context"), false, ExprContext::CLASSES),
        (Some("boolop"), false, BoolOp::CLASSES),
        (Some("operator"), false, Operator::CLASSES),
        (Some("unaryop"), false, UnaryOp::CLASSES),
        (Some("cmpop"), false, CmpOp::CLASSES),
        (None, false, Comprehension::CLASSES),
        (Some("excepthandler"), true, ExceptHandler::CLASSES),
        (None, false, Arguments::CLASSES),
        (None, false, Arg::CLASSES),
        (None, false, Keyword::CLASSES),
        (None, false, Alias::CLASSES),
        (None, false, WithItem::CLASSES),
        (None, false, MatchCase::CLASSES),
        (Some("pattern"), true, Pattern::CLASSES),
        (Some("type_ignore"), false, TypeIgnore::CLASSES),
    ]
}

fn str_tuple<'a>(vm: &Vm, names: impl Iterator<Item = &'a str>) -> ObjRef {
    vm.new_tuple(names.map(|n| vm.intern(n)).collect())
}

/// The class's docstring as Python-ast.c writes it for a constructor with no ASDL types at
/// hand: `Name(id, ctx)`, optional fields marked `?`.
fn doc(class: &NodeClass) -> String {
    let parts: Vec<String> = class
        .fields
        .iter()
        .map(|f: &FieldInfo| {
            let mark = if f.optional { "?" } else { "" };
            format!("{}{mark}", f.py_name())
        })
        .collect();
    format!("{}({})", class.name, parts.join(", "))
}

/// The table `ast.py`'s `_build` reads.
fn table(vm: &Vm) -> ObjRef {
    let mut rows = Vec::new();
    for (abstract_name, located, classes) in groups() {
        let mut items = Vec::new();
        for class in classes {
            let fields = str_tuple(vm, class.fields.iter().map(FieldInfo::py_name));
            let optional = str_tuple(
                vm,
                class
                    .fields
                    .iter()
                    .filter(|f| f.optional)
                    .map(FieldInfo::py_name),
            );
            // A product carries its own locations (`arg`, `keyword`, `alias`); a sum's
            // constructors inherit them from the sum's class.
            let own_located = abstract_name.is_none() && class.has_attributes;
            items.push(vm.new_tuple(vec![
                vm.intern(class.name),
                fields,
                optional,
                vm.new_bool(own_located),
                vm.new_str(doc(class)),
            ]));
        }
        rows.push(vm.new_tuple(vec![
            abstract_name.map_or_else(|| vm.none.clone(), |n| vm.intern(n)),
            vm.new_bool(located),
            vm.new_list(items),
        ]));
    }
    vm.new_list(rows)
}

/// The `_ast` module.
pub fn module(vm: &Vm) -> Option<ObjRef> {
    let pre = [("_n_table", table(vm))];
    crate::importer::exec_embedded_with(vm, "_ast", SOURCE, "<frozen _ast>", &pre).ok()
}

/// The `_ast` module's namespace, importing it on first use (as Python-ast.c's state is
/// initialised on first use of `compile(..., PyCF_ONLY_AST)`).
fn namespace(vm: &Vm) -> PyResult<ObjRef> {
    let m = crate::importer::get_or_load(vm, "_ast")?;
    m.dict().ok_or_else(|| vm.internal("_ast namespace"))
}

/// A class of the `_ast` module by name.
fn class(vm: &Vm, ns: &ObjRef, name: &str) -> PyResult<ObjRef> {
    vm.dict_get_str(ns, &vm.intern(name))
        .ok_or_else(|| vm.internal("_ast class"))
}

/// Whether `obj` is an instance of `ast.AST` (what `compile()` accepts as a tree).
pub fn is_ast(vm: &Vm, obj: &ObjRef) -> PyResult<bool> {
    let Some(m) = vm.dict_get(&vm.modules, &vm.new_str("_ast"))? else {
        // No tree can exist before `_ast` is imported.
        return Ok(false);
    };
    let Some(ns) = m.dict() else {
        return Ok(false);
    };
    let base = class(vm, &ns, "AST")?;
    vm.isinstance(obj, &base)
}
