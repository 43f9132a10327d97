//! Making code objects from Python: `types.CodeType(...)` (`code_new_impl`) and
//! `code.replace(...)` (`code_replace_impl`), both ending in `PyCode_NewWithPosOnlyArgs`,
//! which merges `co_varnames`, `co_cellvars` and `co_freevars` into the localsplus table and
//! checks the result as `_PyCode_Validate` does.

use krait_compiler::PyStrBuf;
use krait_compiler::code::{CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CodeObject};
use krait_compiler::value::Value;

use crate::eval::code::Code;
use crate::object::native::Args;
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// What a code object is made of, in the order `code()` takes it.
struct Parts {
    argcount: i32,
    posonlyargcount: i32,
    kwonlyargcount: i32,
    nlocals: i32,
    stacksize: i32,
    flags: i32,
    code: Vec<u8>,
    consts: Vec<Value>,
    names: Vec<PyStrBuf>,
    varnames: Vec<PyStrBuf>,
    filename: PyStrBuf,
    name: PyStrBuf,
    qualname: PyStrBuf,
    firstlineno: i32,
    linetable: Vec<u8>,
    exceptiontable: Vec<u8>,
    freevars: Vec<PyStrBuf>,
    cellvars: Vec<PyStrBuf>,
}

impl Parts {
    /// The parts of an existing code object (what `replace` starts from).
    fn of(co: &CodeObject) -> Parts {
        let owned = |v: Vec<&PyStrBuf>| v.into_iter().cloned().collect();
        let varnames: Vec<PyStrBuf> = owned(co.varnames());
        Parts {
            argcount: co.argcount,
            posonlyargcount: co.posonlyargcount,
            kwonlyargcount: co.kwonlyargcount,
            nlocals: varnames.len() as i32,
            stacksize: co.stacksize,
            flags: co.flags as i32,
            code: co.code.clone(),
            consts: co.consts.clone(),
            names: co.names.clone(),
            varnames,
            filename: co.filename.clone(),
            name: co.name.clone(),
            qualname: co.qualname.clone(),
            firstlineno: co.firstlineno,
            linetable: co.linetable.clone(),
            exceptiontable: co.exceptiontable.clone(),
            freevars: owned(co.freevars()),
            cellvars: owned(co.cellvars()),
        }
    }

    /// `PyCode_NewWithPosOnlyArgs`: the localsplus table (a cell that is also an argument
    /// shares the argument's slot), then `_PyCode_Validate`'s checks and the `co_nlocals` one.
    fn build(self, vm: &Vm) -> PyResult<CodeObject> {
        let mut names: Vec<PyStrBuf> = self.varnames.clone();
        let mut kinds = vec![CO_FAST_LOCAL; names.len()];
        for cell in &self.cellvars {
            match self.varnames.iter().position(|v| v == cell) {
                Some(i) => kinds[i] |= CO_FAST_CELL,
                None => {
                    names.push(cell.clone());
                    kinds.push(CO_FAST_CELL);
                }
            }
        }
        for free in &self.freevars {
            names.push(free.clone());
            kinds.push(CO_FAST_FREE);
        }
        if self.argcount < self.posonlyargcount
            || self.posonlyargcount < 0
            || self.kwonlyargcount < 0
            || self.stacksize < 0
            || self.flags < 0
        {
            // `PyErr_BadInternalCall()` names the place in codeobject.c it was raised from.
            return Err(
                vm.system_error("Objects/codeobject.c:250: bad argument to internal function")
            );
        }
        if !self.code.len().is_multiple_of(2) {
            return Err(vm.value_error("code: co_code is malformed"));
        }
        let flags = self.flags as u32;
        let nlocals = kinds.iter().filter(|k| *k & CO_FAST_LOCAL != 0).count() as i64;
        let star = |bit: u32| i64::from(flags & bit != 0);
        let plain = nlocals
            - i64::from(self.argcount)
            - i64::from(self.kwonlyargcount)
            - star(krait_compiler::code::flags::CO_VARARGS)
            - star(krait_compiler::code::flags::CO_VARKEYWORDS);
        if plain < 0 {
            return Err(vm.value_error("code: co_varnames is too small"));
        }
        if i64::from(self.nlocals) != self.varnames.len() as i64 {
            return Err(vm.value_error("code: co_nlocals != len(co_varnames)"));
        }
        Ok(CodeObject {
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            stacksize: self.stacksize,
            flags,
            code: self.code,
            consts: self.consts,
            names: self.names,
            localsplusnames: names,
            localspluskinds: kinds,
            filename: self.filename,
            name: self.name,
            qualname: self.qualname,
            firstlineno: self.firstlineno,
            linetable: self.linetable,
            exceptiontable: self.exceptiontable,
        })
    }
}

/// How an argument that has the wrong type is reported: by position (`code()`, whose
/// arguments are positional-only) or by keyword (`replace()`).
#[derive(Clone, Copy)]
enum Which<'a> {
    Position(usize),
    Keyword(&'a str),
}

impl Which<'_> {
    fn wrong(self, vm: &Vm, want: &str, got: &ObjRef) -> crate::object::PyErr {
        let (fname, which) = match self {
            Which::Position(i) => ("code", format!("argument {i}")),
            Which::Keyword(k) => ("replace", format!("argument '{k}'")),
        };
        vm.type_error(format!(
            "{fname}() {which} must be {want}, not {}",
            vm.type_name(got)
        ))
    }
}

fn bytes_arg(vm: &Vm, o: &ObjRef, which: Which<'_>) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        _ => Err(which.wrong(vm, "bytes", o)),
    }
}

fn str_arg(vm: &Vm, o: &ObjRef, which: Which<'_>) -> PyResult<PyStrBuf> {
    match &o.payload {
        Payload::Str(s) => Ok(s.buf().clone()),
        _ => Err(which.wrong(vm, "str", o)),
    }
}

fn tuple_arg<'a>(vm: &Vm, o: &'a ObjRef, which: Which<'_>) -> PyResult<&'a [ObjRef]> {
    o.as_tuple().ok_or_else(|| which.wrong(vm, "tuple", o))
}

/// A tuple of names: `validate_and_copy_tuple`'s `TypeError` for `code()`, the
/// `SystemError` of `intern_strings` for `replace()`, which does not validate first.
fn names_arg(vm: &Vm, o: &ObjRef, which: Which<'_>) -> PyResult<Vec<PyStrBuf>> {
    let items = tuple_arg(vm, o, which)?;
    items
        .iter()
        .map(|n| match &n.payload {
            Payload::Str(s) => Ok(s.buf().clone()),
            _ => Err(match which {
                Which::Position(_) => vm.type_error(format!(
                    "name tuples must contain only strings, not '{}'",
                    vm.type_name(n)
                )),
                Which::Keyword(_) => vm.system_error("non-string found in code slot"),
            }),
        })
        .collect()
}

fn consts_arg(vm: &Vm, o: &ObjRef, which: Which<'_>) -> PyResult<Vec<Value>> {
    let items = tuple_arg(vm, o, which)?;
    items
        .iter()
        .map(|c| crate::builtins::marshal::to_value(vm, c, 0))
        .collect()
}

/// `code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, codestring,
/// constants, names, varnames, filename, name, qualname, firstlineno, linetable,
/// exceptiontable, freevars=(), cellvars=(), /)`.
pub fn code_new(vm: &Vm, _cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "code", 16, 18)?;
    let int = |i: usize| vm.index_c_int(&a[i]);
    let negative = |what: &str| vm.value_error(format!("code: {what} must not be negative"));
    let (argcount, posonly, kwonly, nlocals) = (int(0)?, int(1)?, int(2)?, int(3)?);
    let (stacksize, flags) = (int(4)?, int(5)?);
    let code = bytes_arg(vm, &a[6], Which::Position(7))?;
    tuple_arg(vm, &a[7], Which::Position(8))?;
    tuple_arg(vm, &a[8], Which::Position(9))?;
    tuple_arg(vm, &a[9], Which::Position(10))?;
    let filename = str_arg(vm, &a[10], Which::Position(11))?;
    let name = str_arg(vm, &a[11], Which::Position(12))?;
    let qualname = str_arg(vm, &a[12], Which::Position(13))?;
    let firstlineno = int(13)?;
    let linetable = bytes_arg(vm, &a[14], Which::Position(15))?;
    let exceptiontable = bytes_arg(vm, &a[15], Which::Position(16))?;
    let optional = |i: usize| -> PyResult<Option<&ObjRef>> {
        match a.get(i) {
            Some(o) => tuple_arg(vm, o, Which::Position(i + 1)).map(|_| Some(o)),
            None => Ok(None),
        }
    };
    let (free, cell) = (optional(16)?, optional(17)?);
    for (v, what) in [
        (argcount, "argcount"),
        (posonly, "posonlyargcount"),
        (kwonly, "kwonlyargcount"),
        (nlocals, "nlocals"),
    ] {
        if v < 0 {
            return Err(negative(what));
        }
    }
    // `validate_and_copy_tuple` on each name tuple, after the counts are checked.
    let names = names_arg(vm, &a[8], Which::Position(9))?;
    let varnames = names_arg(vm, &a[9], Which::Position(10))?;
    let freevars = free.map_or(Ok(Vec::new()), |f| names_arg(vm, f, Which::Position(17)))?;
    let cellvars = cell.map_or(Ok(Vec::new()), |c| names_arg(vm, c, Which::Position(18)))?;
    let consts = consts_arg(vm, &a[7], Which::Position(8))?;
    let parts = Parts {
        argcount,
        posonlyargcount: posonly,
        kwonlyargcount: kwonly,
        nlocals,
        stacksize,
        flags,
        code,
        consts,
        names,
        varnames,
        filename,
        name,
        qualname,
        firstlineno,
        linetable,
        exceptiontable,
        freevars,
        cellvars,
    };
    let c = Code::new(vm, parts.build(vm)?)?;
    Ok(Code::object(vm, &c))
}

/// `code.replace(**changes)`: a copy with the named fields replaced.
pub fn code_replace(vm: &Vm, co: &CodeObject, args: Args<'_>) -> PyResult {
    // Argument Clinic's keyword-only parser words these errors.
    if !args.pos().is_empty() {
        return Err(vm.type_error("replace() takes no positional arguments"));
    }
    let mut p = Parts::of(co);
    for (k, v) in args.kw() {
        let key = vm.str_lossy(k);
        let w = Which::Keyword(&key);
        match key.as_str() {
            "co_argcount" => p.argcount = vm.index_c_int(v)?,
            "co_posonlyargcount" => p.posonlyargcount = vm.index_c_int(v)?,
            "co_kwonlyargcount" => p.kwonlyargcount = vm.index_c_int(v)?,
            "co_nlocals" => p.nlocals = vm.index_c_int(v)?,
            "co_stacksize" => p.stacksize = vm.index_c_int(v)?,
            "co_flags" => p.flags = vm.index_c_int(v)?,
            "co_firstlineno" => p.firstlineno = vm.index_c_int(v)?,
            "co_code" => p.code = bytes_arg(vm, v, w)?,
            "co_consts" => p.consts = consts_arg(vm, v, w)?,
            "co_names" => p.names = names_arg(vm, v, w)?,
            "co_varnames" => p.varnames = names_arg(vm, v, w)?,
            "co_freevars" => p.freevars = names_arg(vm, v, w)?,
            "co_cellvars" => p.cellvars = names_arg(vm, v, w)?,
            "co_filename" => p.filename = str_arg(vm, v, w)?,
            "co_name" => p.name = str_arg(vm, v, w)?,
            "co_qualname" => p.qualname = str_arg(vm, v, w)?,
            "co_linetable" => p.linetable = bytes_arg(vm, v, w)?,
            "co_exceptiontable" => p.exceptiontable = bytes_arg(vm, v, w)?,
            _ => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for replace()"
                )));
            }
        }
    }
    let c = Code::new(vm, p.build(vm)?)?;
    Ok(Code::object(vm, &c))
}
