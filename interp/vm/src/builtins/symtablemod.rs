//! The `_symtable` module (`Modules/symtablemodule.c`): `symtable(source, filename, mode)`
//! parses the source and returns the top `symtable entry` of its symbol tables, the compiler's
//! own (`krait_compiler::symtable`), as `_Py_SymtableStringObjectFlags` returns them — built
//! from the parsed tree without AST optimisation. The standard library's `symtable` module
//! wraps these entries.

use krait_compiler::symtable::{
    self, Block, BlockId, BlockType, Flags, SCOPE_OFFSET, Scope, SymbolTable, SymtableOptions,
};
use krait_syntax::parser::{Mode, ParseOptions};

use crate::object::native::Args;
use crate::object::payload::NativeData;
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::Layout;
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// One block's `PySTEntryObject`: the fields `ste_memberlist` exposes.
struct Entry {
    id: ObjRef,
    name: ObjRef,
    symbols: ObjRef,
    varnames: ObjRef,
    children: ObjRef,
    nested: ObjRef,
    kind: ObjRef,
    lineno: ObjRef,
}

impl NativeData for Entry {
    fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        for o in [
            &self.id,
            &self.name,
            &self.symbols,
            &self.varnames,
            &self.children,
        ] {
            f(o);
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn entry<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Entry> {
    match &o.payload {
        Payload::Native(n) => n
            .as_any()
            .downcast_ref::<Entry>()
            .ok_or_else(|| vm.internal("symtable entry")),
        _ => Err(vm.internal("symtable entry")),
    }
}

/// `symtable(source, filename, startstr)`.
fn symtable_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "symtable", 3)?;
    let (text, is_str) = if let Some(s) = a[0].as_str() {
        (s.as_bytes().to_vec(), true)
    } else if let Some(b) = crate::types::bytes::buffer(&a[0]) {
        (b, false)
    } else {
        return Err(vm.type_error("symtable() arg 1 must be a string or bytes object"));
    };
    let filename = fs_decode(vm, &a[1])?;
    if a[2].as_str().is_none() {
        return Err(vm.type_error(format!(
            "symtable() argument 3 must be str, not {}",
            vm.type_name(&a[2])
        )));
    };
    let mode = match vm.str_lossy(&a[2]).as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => {
            return Err(vm.value_error("symtable() arg 3 must be 'exec' or 'eval' or 'single'"));
        }
    };
    let popts = ParseOptions::default();
    let utf8 = std::str::from_utf8(&text).ok().filter(|_| is_str);
    let parsed = krait_syntax::stack::with_big_stack(|| match utf8 {
        Some(s) => krait_syntax::parser::parse_str_full(s, mode, popts),
        None => krait_syntax::parser::parse_bytes_full(&text, mode, popts, &filename),
    });
    crate::warnings::issue_compile_warnings(vm, &parsed.warnings, &filename)?;
    let module = parsed
        .result
        .map_err(|e| super::exec::parse_error_to_exc(vm, &e, &filename))?;
    let built = symtable::build(&module, SymtableOptions::default());
    krait_syntax::stack::with_big_stack(move || drop(module));
    let table = built.map_err(|e| super::exec::parse_error_to_exc(vm, &e, &filename))?;
    Ok(make_entry(vm, &table, 0))
}

/// `PyUnicode_FSDecoder`: a str; bytes, or another buffer with a DeprecationWarning, decoded;
/// an `os.PathLike`'s path.
fn fs_decode(vm: &Vm, arg: &ObjRef) -> PyResult<String> {
    if arg.as_str().is_some() {
        return Ok(vm.str_lossy(arg));
    }
    if let Some(b) = crate::types::bytes::buffer(arg) {
        if arg.as_bytes().is_none() {
            let msg = format!(
                "path should be string, bytes, or os.PathLike, not {}",
                vm.type_name(arg)
            );
            crate::warnings::warn(vm, &vm.exc.deprecation_warning, &msg, 1, None)?;
        }
        return Ok(String::from_utf8_lossy(&b).into_owned());
    }
    // `PyOS_FSPath`.
    let Some(fspath) = vm.getattr_opt(&arg.class(), &vm.names.__fspath__)? else {
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(arg)
        )));
    };
    let path = vm.call_pos(&fspath, std::slice::from_ref(arg))?;
    if path.as_str().is_some() {
        Ok(vm.str_lossy(&path))
    } else if let Some(b) = path.as_bytes() {
        Ok(String::from_utf8_lossy(b).into_owned())
    } else {
        Err(vm.type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            vm.type_name(arg),
            vm.type_name(&path)
        )))
    }
}

/// The entry of block `id` with its children's entries.
fn make_entry(vm: &Vm, table: &SymbolTable, id: BlockId) -> ObjRef {
    let b: &Block = table.block(id);
    let symbols = vm.new_dict();
    for s in &b.symbols {
        vm.dict_set_str(&symbols, &s.name, vm.new_int(s.packed()));
    }
    let varnames = b.varnames.iter().map(|n| vm.new_str(n.as_str())).collect();
    let children = b
        .children
        .iter()
        .map(|&c| make_entry(vm, table, c))
        .collect();
    // CPython's `ste_id` is the address of the block's AST node; any distinct integer serves
    // (`symtable.py` uses it as an identity).
    let address = b as *const Block as i64;
    let e = Entry {
        id: vm.new_int(address),
        name: vm.new_str(b.name.as_str()),
        symbols,
        varnames: vm.new_list(varnames),
        children: vm.new_list(children),
        nested: vm.new_int(i64::from(b.nested)),
        kind: vm.new_int(b.kind as i64),
        lineno: vm.new_int(i64::from(b.range.lineno)),
    };
    let t = entry_type(vm);
    let o = Obj::new(t, Payload::Native(Box::new(e)));
    vm.gc_track(&o);
    o
}

macro_rules! getters {
    ($($fn_name:ident => $field:ident),* $(,)?) => {
        $(fn $fn_name(vm: &Vm, o: &ObjRef) -> PyResult {
            Ok(entry(vm, o)?.$field.clone())
        })*
    };
}

getters!(
    get_id => id,
    get_name => name,
    get_symbols => symbols,
    get_varnames => varnames,
    get_children => children,
    get_nested => nested,
    get_type => kind,
    get_lineno => lineno,
);

/// `ste_repr`: `<symtable entry NAME(ID), line LINENO>`.
fn entry_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let e = entry(vm, o)?;
    Ok(vm.new_str(format!(
        "<symtable entry {}({}), line {}>",
        vm.str_lossy(&e.name),
        vm.str_lossy(&vm.repr(&e.id)?),
        vm.str_lossy(&vm.repr(&e.lineno)?)
    )))
}

fn no_new(vm: &Vm, _cls: &ObjRef, _args: Args<'_>) -> PyResult {
    Err(vm.type_error("cannot create 'symtable entry' instances"))
}

fn entry_type(vm: &Vm) -> ObjRef {
    vm.native_type("symtable entry", || {
        let t = crate::types::new_static_type(
            &vm.types.type_,
            "symtable entry",
            &vm.types.object,
            Layout::Opaque,
            0,
        );
        let fields: [(&str, crate::object::native::Getter); 8] = [
            ("id", get_id),
            ("name", get_name),
            ("symbols", get_symbols),
            ("varnames", get_varnames),
            ("children", get_children),
            ("nested", get_nested),
            ("type", get_type),
            ("lineno", get_lineno),
        ];
        for (name, get) in fields {
            vm.add_getset(&t, name, get, None);
        }
        let s = Slots {
            new: Slot::Native(no_new),
            repr: Slot::Native(entry_repr),
            ..Slots::default()
        };
        crate::object::slot_resolve::install_static(vm, &t, s);
        crate::object::slot_resolve::inherit_static(&t);
        t
    })
}

/// Creates the `_symtable` module with `symtablemodule.c`'s constants.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_symtable");
    let Some(d) = m.dict() else { return m };
    vm.dict_set_str(
        &d,
        "symtable",
        vm.new_module_builtin("symtable", symtable_fn, "_symtable"),
    );
    let f = |x: Flags| i64::from(x.0);
    let mask = Flags::GLOBAL | Flags::LOCAL | Flags::PARAM | Flags::NONLOCAL;
    let constants: [(&str, i64); 20] = [
        ("USE", f(Flags::USE)),
        ("DEF_GLOBAL", f(Flags::GLOBAL)),
        ("DEF_NONLOCAL", f(Flags::NONLOCAL)),
        ("DEF_LOCAL", f(Flags::LOCAL)),
        ("DEF_PARAM", f(Flags::PARAM)),
        ("DEF_FREE", f(Flags::FREE)),
        ("DEF_FREE_CLASS", f(Flags::FREE_CLASS)),
        ("DEF_IMPORT", f(Flags::IMPORT)),
        ("DEF_BOUND", f(Flags::BOUND)),
        ("DEF_ANNOT", f(Flags::ANNOT)),
        ("TYPE_FUNCTION", BlockType::Function as i64),
        ("TYPE_CLASS", BlockType::Class as i64),
        ("TYPE_MODULE", BlockType::Module as i64),
        ("LOCAL", Scope::Local as i64),
        ("GLOBAL_EXPLICIT", Scope::GlobalExplicit as i64),
        ("GLOBAL_IMPLICIT", Scope::GlobalImplicit as i64),
        ("FREE", Scope::Free as i64),
        ("CELL", Scope::Cell as i64),
        ("SCOPE_OFF", i64::from(SCOPE_OFFSET)),
        ("SCOPE_MASK", f(mask)),
    ];
    for (name, v) in constants {
        vm.dict_set_str(&d, name, vm.new_int(v));
    }
    m
}
