//! The `code` type's Python face: `repr` and the `co_*` attributes, read from the marshalled
//! fields (`co_code` stays CPython's bytes, whatever the interpreter runs internally).

use krait_compiler::value::Value;

use crate::eval::code::Code;
use crate::object::native::Args;
use crate::object::slots::{CompareOp, Slot, Slots};
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

fn code<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a Code> {
    match &o.payload {
        Payload::Code(c) => Ok(c),
        _ => Err(vm.internal("expected a code object")),
    }
}

fn code_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let c = code(vm, o)?;
    Ok(vm.new_str(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.co.name,
        o.id(),
        c.co.filename,
        c.co.firstlineno
    )))
}

fn code_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    let (Payload::Code(x), Payload::Code(y)) = (&a.payload, &b.payload) else {
        return Ok(vm.not_implemented.clone());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    Ok(vm.new_bool((x.co == y.co) == (op == CompareOp::Eq)))
}

fn code_hash(vm: &Vm, o: &ObjRef) -> PyResult<i64> {
    let c = code(vm, o)?;
    let h = vm.hash(&c.name)? ^ i64::from(c.co.argcount) ^ i64::from(c.co.flags);
    Ok(if h == -1 { -2 } else { h })
}

fn names_tuple(vm: &Vm, names: Vec<&krait_compiler::PyStrBuf>) -> ObjRef {
    vm.new_tuple(
        names
            .into_iter()
            .map(|n| vm.new_str_buf(n.clone()))
            .collect(),
    )
}

macro_rules! getter {
    ($name:ident, |$vm:ident, $c:ident, $o:ident| $body:expr) => {
        fn $name($vm: &Vm, $o: &ObjRef) -> PyResult {
            let $c = code($vm, $o)?;
            Ok($body)
        }
    };
}

getter!(get_name, |vm, c, _o| c.name.clone());
getter!(get_qualname, |vm, c, _o| c.qualname.clone());
getter!(get_filename, |vm, c, _o| c.filename.clone());
getter!(get_firstlineno, |vm, c, _o| vm
    .new_int(i64::from(c.co.firstlineno)));
getter!(get_argcount, |vm, c, _o| vm
    .new_int(i64::from(c.co.argcount)));
getter!(get_posonly, |vm, c, _o| vm
    .new_int(i64::from(c.co.posonlyargcount)));
getter!(get_kwonly, |vm, c, _o| vm
    .new_int(i64::from(c.co.kwonlyargcount)));
getter!(get_nlocals, |vm, c, _o| vm.new_int(c.co.nlocals() as i64));
getter!(get_stacksize, |vm, c, _o| vm
    .new_int(i64::from(c.co.stacksize)));
getter!(get_flags, |vm, c, _o| vm.new_int(i64::from(c.co.flags)));
getter!(get_code, |vm, c, _o| vm.new_bytes(c.co.code.clone()));
getter!(get_consts, |vm, c, _o| vm.new_tuple(c.consts.to_vec()));
getter!(get_names, |vm, c, _o| vm.new_tuple(c.names.to_vec()));
getter!(get_varnames, |vm, c, _o| names_tuple(vm, c.co.varnames()));
getter!(get_cellvars, |vm, c, _o| names_tuple(vm, c.co.cellvars()));
getter!(get_freevars, |vm, c, _o| names_tuple(vm, c.co.freevars()));
getter!(get_linetable, |vm, c, _o| vm
    .new_bytes(c.co.linetable.clone()));
getter!(get_exctable, |vm, c, _o| vm
    .new_bytes(c.co.exceptiontable.clone()));

fn m_positions(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "co_positions", 0)?;
    let c = code(vm, o)?;
    let mut out = Vec::new();
    let opt = |v: Option<i32>| v.map_or_else(|| vm.none.clone(), |n| vm.new_int(i64::from(n)));
    for (_, len, pos) in crate::eval::code::LineEntries::new(&c.co.linetable, c.co.firstlineno) {
        for _ in 0..len {
            out.push(vm.new_tuple(vec![
                opt(pos.line),
                opt(pos.end_line),
                opt(pos.col),
                opt(pos.end_col),
            ]));
        }
    }
    let l = vm.new_list(out);
    vm.iter(&l)
}

/// `co_lines()`: one `(start, end, line)` per location-table entry, in bytes, the line None
/// for an entry without one (or a negative one); 3.11's `lineiter_next` does not merge entries of one line.
fn m_lines(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "co_lines", 0)?;
    let c = code(vm, o)?;
    let mut out = Vec::new();
    for (unit, len, pos) in crate::eval::code::LineEntries::new(&c.co.linetable, c.co.firstlineno) {
        let start = i64::from(unit) * 2;
        // A line below 0 (only a malformed table gives one) shows as None too.
        let line = vm.line_number(pos.line.unwrap_or(-1));
        out.push(vm.new_tuple(vec![
            vm.new_int(start),
            vm.new_int(start + i64::from(len) * 2),
            line,
        ]));
    }
    let l = vm.new_list(out);
    vm.iter(&l)
}

/// `co_lnotab`, the pre-3.10 line table that `codeobject.c` still derives: a (bytes, lines)
/// delta pair wherever the computed line changes, big deltas split over several pairs.
fn get_lnotab(vm: &Vm, o: &ObjRef) -> PyResult {
    let c = code(vm, o)?;
    let mut out = Vec::new();
    let (mut offset, mut line) = (0i64, i64::from(c.co.firstlineno));
    let mut computed = line;
    for (unit, _, pos) in crate::eval::code::LineEntries::new(&c.co.linetable, c.co.firstlineno) {
        // An entry without a line leaves the computed line where it was.
        computed = pos.line.map_or(computed, i64::from);
        if computed == line {
            continue;
        }
        let start = i64::from(unit) * 2;
        let (mut bytes, mut lines) = (start - offset, computed - line);
        while bytes > 255 {
            out.extend([255u8, 0]);
            bytes -= 255;
        }
        while lines > 127 {
            out.extend([bytes as u8, 127]);
            (bytes, lines) = (0, lines - 127);
        }
        while lines < -128 {
            out.extend([bytes as u8, (-128i8) as u8]);
            (bytes, lines) = (0, lines + 128);
        }
        out.extend([bytes as u8, lines as i8 as u8]);
        (offset, line) = (start, computed);
    }
    Ok(vm.new_bytes(out))
}

/// `_varname_from_oparg(i)`: the name of local-plus slot `i` (what `dis` shows for the
/// `*_FAST`, `*_DEREF` and `MAKE_CELL` arguments).
fn m_varname_from_oparg(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_varname_from_oparg", 1)?;
    let c = code(vm, o)?;
    let i = vm.index(&a[0])?.as_i64().unwrap_or(-1);
    usize::try_from(i)
        .ok()
        .and_then(|i| c.co.localsplusnames.get(i))
        .map(|n| vm.new_str_buf(n.clone()))
        .ok_or_else(|| vm.index_error("tuple index out of range"))
}

/// `code.replace(**changes)`: a copy with some fields changed, as codeobject.c's
/// code_replace does. The scalar and name fields and `co_linetable` can change; a new
/// `co_code`, constants, variable tables or exception table would need re-decoding and are
/// refused with a ValueError (#6).
fn m_replace(vm: &Vm, this: &ObjRef, args: Args<'_>) -> PyResult {
    super::code_new::code_replace(vm, &code(vm, this)?.co, args)
}

/// Whether a constant is a nested code object (for callers walking `co_consts`).
pub fn is_code_const(v: &Value) -> bool {
    matches!(v, Value::Code(_))
}

/// Fills the `code` type.
pub fn init(vm: &Vm) {
    let t = &vm.types.code;
    let getters: &[(&'static str, crate::object::native::Getter)] = &[
        ("co_name", get_name),
        ("co_qualname", get_qualname),
        ("co_filename", get_filename),
        ("co_firstlineno", get_firstlineno),
        ("co_argcount", get_argcount),
        ("co_posonlyargcount", get_posonly),
        ("co_kwonlyargcount", get_kwonly),
        ("co_nlocals", get_nlocals),
        ("co_stacksize", get_stacksize),
        ("co_flags", get_flags),
        ("co_code", get_code),
        ("co_consts", get_consts),
        ("co_names", get_names),
        ("co_varnames", get_varnames),
        ("co_cellvars", get_cellvars),
        ("co_freevars", get_freevars),
        ("co_linetable", get_linetable),
        ("co_exceptiontable", get_exctable),
        ("co_lnotab", get_lnotab),
        // The specialised instructions are krait's own business: the adaptive code a
        // program sees is `co_code`.
        ("_co_code_adaptive", get_code),
    ];
    for &(name, g) in getters {
        vm.add_getset(t, name, g, None);
    }
    vm.add_methods(
        t,
        &[
            ("co_positions", m_positions),
            ("co_lines", m_lines),
            ("_varname_from_oparg", m_varname_from_oparg),
            ("replace", m_replace),
        ],
    );
    let s = Slots {
        new: Slot::Native(super::code_new::code_new),
        repr: Slot::Native(code_repr),
        richcompare: Slot::Native(code_richcompare),
        hash: Slot::Native(code_hash),
        ..Slots::default()
    };
    crate::object::slot_resolve::install_static(vm, t, s);
}
