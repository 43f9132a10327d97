//! Numeric builtins: `abs`, `round`, `divmod`, `pow`, `sum`, `min`, `max`, `bin`, `oct`, `hex`,
//! `chr`, `ord`, `hash`, `id`.

use crate::object::arith::Unary;
use crate::object::native::Args;
use crate::object::slots::{CompareOp, NbOp};
use crate::object::typeobj::lookup;
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;
use crate::types::int::{self, Int};

fn abs(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "abs", 1)?;
    vm.unary_op(&a[0], Unary::Abs)
}

fn round(vm: &Vm, args: Args<'_>) -> PyResult {
    let [number, ndigits] = args.bind(vm, "round", ["number", "ndigits"], 0, 2, 1)?;
    let number = number.ok_or_else(|| vm.internal("round"))?;
    let ty = number.class();
    let Some(m) = lookup(&ty, &vm.names.__round__) else {
        return Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            crate::types::type_methods::short_name(&ty)
        )));
    };
    match ndigits.filter(|n| !vm.is_none(n)) {
        Some(n) => vm.call_descriptor_method(&m, &number, &ty, &[n]),
        None => vm.call_descriptor_method(&m, &number, &ty, &[]),
    }
}

/// `divmod(a, b)` (`PyNumber_Divmod`).
pub fn divmod(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    let r = vm.binary_op1(a, b, NbOp::Divmod)?;
    if !vm.is_not_implemented(&r) {
        return Ok(r);
    }
    Err(vm.binop_type_error(a, b, "divmod()"))
}

fn divmod_builtin(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "divmod", 2, 2)?;
    divmod(vm, &a[0], &a[1])
}

fn pow(vm: &Vm, args: Args<'_>) -> PyResult {
    let [base, exp, m] = args.bind(vm, "pow", ["base", "exp", "mod"], 0, 3, 2)?;
    let (base, exp) = (
        base.ok_or_else(|| vm.internal("pow"))?,
        exp.ok_or_else(|| vm.internal("pow"))?,
    );
    match m.filter(|m| !vm.is_none(m)) {
        None => vm.binary_op(&base, &exp, NbOp::Pow),
        Some(m) => vm.ternary_pow(&base, &exp, &m),
    }
}

/// `sum(iterable, /, start=0)`, with `builtin_sum_impl`'s three phases: while the total is an
/// exact `int`, items that are exact ints or bools add up in a machine word with no object
/// made per item; while it is an exact `float`, floats and machine-word ints of any int type
/// add up as a C double (`(double)value`, no `__radd__` asked); the rest goes through `+`.
/// A phase is left for the next one at the first item it cannot take.
fn sum(vm: &Vm, args: Args<'_>) -> PyResult {
    let [iterable, start] = args.bind(vm, "sum", ["iterable", "start"], 1, 2, 1)?;
    let iterable = iterable.ok_or_else(|| vm.internal("sum"))?;
    let start = start.unwrap_or_else(|| vm.new_int(0));
    let refused = match &start.payload {
        Payload::Str(_) => Some("strings [use ''.join(seq) instead]"),
        Payload::Bytes(_) => Some("bytes [use b''.join(seq) instead]"),
        Payload::ByteArray(_) => Some("bytearray [use b''.join(seq) instead]"),
        _ => None,
    };
    if let Some(what) = refused {
        return Err(vm.type_error(format!("sum() can't sum {what}")));
    }
    let it = vm.iter(&iterable)?;
    let mut acc = start;
    if let (Payload::Int(Int::Small(total)), true) = (&acc.payload, acc.is_exact(&vm.types.int)) {
        match sum_words(vm, &it, *total)? {
            Phase::Done(total) => return Ok(vm.new_int(total)),
            Phase::Left(total, item) => acc = vm.binary_op(&vm.new_int(total), &item, NbOp::Add)?,
        }
    }
    if let (Payload::Float(total), true) = (&acc.payload, acc.is_exact(&vm.types.float)) {
        match sum_doubles(vm, &it, *total)? {
            Phase::Done(total) => return Ok(vm.new_float(total)),
            Phase::Left(total, item) => {
                acc = vm.binary_op(&vm.new_float(total), &item, NbOp::Add)?;
            }
        }
    }
    while let Some(item) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &item, NbOp::Add)?;
    }
    Ok(acc)
}

/// How one phase of `sum` ended: the iterator ran out, or this item is for the next phase.
enum Phase<T> {
    Done(T),
    Left(T, ObjRef),
}

/// `sum`'s machine-word phase: exact ints and bools while the total does not overflow.
fn sum_words(vm: &Vm, it: &ObjRef, mut total: i64) -> PyResult<Phase<i64>> {
    while let Some(item) = vm.next(it)? {
        let word = match &item.payload {
            Payload::Int(Int::Small(v))
                if item.is_exact(&vm.types.int) || item.is_exact(&vm.types.bool) =>
            {
                total.checked_add(*v)
            }
            _ => None,
        };
        match word {
            Some(t) => total = t,
            None => return Ok(Phase::Left(total, item)),
        }
    }
    Ok(Phase::Done(total))
}

/// `sum`'s double phase: exact floats, and ints of any int type that fit a machine word.
fn sum_doubles(vm: &Vm, it: &ObjRef, mut total: f64) -> PyResult<Phase<f64>> {
    while let Some(item) = vm.next(it)? {
        match &item.payload {
            Payload::Float(f) if item.is_exact(&vm.types.float) => total += f,
            Payload::Int(Int::Small(v)) => total += *v as f64,
            _ => return Ok(Phase::Left(total, item)),
        }
    }
    Ok(Phase::Done(total))
}

/// `min`/`max`: one iterable or several arguments, `key`, and `default` for an empty
/// iterable.
fn min_max(vm: &Vm, args: Args<'_>, name: &str, op: CompareOp) -> PyResult {
    let mut key = None;
    let mut default = None;
    for (k, v) in args.kw() {
        match vm.str_lossy(k).as_str() {
            "key" => key = Some(v.clone()).filter(|k| !vm.is_none(k)),
            "default" => default = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    let pos = args.pos();
    let items: Box<dyn FnMut() -> PyResult<Option<ObjRef>>> = match pos.len() {
        0 => {
            return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
        }
        1 => {
            let it = vm.iter(&pos[0])?;
            Box::new(move || vm.next(&it))
        }
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            let mut i = 0;
            Box::new(move || {
                let r = pos.get(i).cloned();
                i += 1;
                Ok(r)
            })
        }
    };
    let mut items = items;
    let mut best: Option<(ObjRef, ObjRef)> = None;
    while let Some(item) = items()? {
        let k = match &key {
            Some(f) => vm.call_pos(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        best = match best {
            None => Some((k, item)),
            Some((bk, bv)) => {
                if vm.compare_bool(&k, &bk, op)? {
                    Some((k, item))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &Vm, args: Args<'_>) -> PyResult {
    min_max(vm, args, "min", CompareOp::Lt)
}

fn max(vm: &Vm, args: Args<'_>) -> PyResult {
    min_max(vm, args, "max", CompareOp::Gt)
}

fn radix(vm: &Vm, args: Args<'_>, name: &str, prefix: &str, r: u32) -> PyResult {
    let a = args.exact(vm, name, 1)?;
    let i = vm.index(&a[0])?;
    let digits = int::abs(&i).to_radix(r);
    let sign = if i.is_negative() { "-" } else { "" };
    Ok(vm.new_str(format!("{sign}{prefix}{digits}")))
}

fn bin(vm: &Vm, args: Args<'_>) -> PyResult {
    radix(vm, args, "bin", "0b", 2)
}

fn oct(vm: &Vm, args: Args<'_>) -> PyResult {
    radix(vm, args, "oct", "0o", 8)
}

fn hex(vm: &Vm, args: Args<'_>) -> PyResult {
    radix(vm, args, "hex", "0x", 16)
}

fn chr(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "chr", 1)?;
    let i = vm.index(&a[0])?;
    let Some(i) = i.as_i64().filter(|v| i32::try_from(*v).is_ok()) else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    match Some(i).filter(|v| (0..=0x10FFFF).contains(v)) {
        Some(v) => Ok(vm.new_char(v as u32)),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "ord", 1)?;
    let x = &a[0];
    let (len, first) = match &x.payload {
        Payload::Str(s) => (s.len(), s.code_points().next().map(i64::from)),
        Payload::Bytes(b) => (b.len(), b.first().map(|&c| i64::from(c))),
        Payload::ByteArray(b) => (b.borrow().len(), b.borrow().first().map(|&c| i64::from(c))),
        _ => {
            return Err(vm.type_error(format!(
                "ord() expected string of length 1, but {} found",
                vm.type_name(x)
            )));
        }
    };
    match (len, first) {
        (1, Some(c)) => Ok(vm.new_int(c)),
        _ => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {len} found"
        ))),
    }
}

fn hash(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "hash", 1)?;
    Ok(vm.new_int(vm.hash(&a[0])?))
}

fn id(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "id", 1)?;
    Ok(vm.new_int(a[0].id() as i64))
}

/// Registers the numeric builtins.
pub fn register(vm: &Vm, d: &ObjRef) {
    let fns: &[(&'static str, crate::object::native::NativeFn)] = &[
        ("abs", abs),
        ("round", round),
        ("divmod", divmod_builtin),
        ("pow", pow),
        ("sum", sum),
        ("min", min),
        ("max", max),
        ("bin", bin),
        ("oct", oct),
        ("hex", hex),
        ("chr", chr),
        ("ord", ord),
        ("hash", hash),
        ("id", id),
    ];
    for &(name, f) in fns {
        vm.dict_set_str(d, name, super::new_function(vm, name, f));
    }
}
