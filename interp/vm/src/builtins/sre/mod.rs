//! The `_sre` module (`Modules/_sre/sre.c`): the engine under the pure-Python `re` package.
//! `re._compiler` turns a pattern into a list of opcodes and calls `_sre.compile`; the
//! `Pattern`, `Match` and `SRE_Scanner` objects made here run that code (`engine.rs`) with sre's
//! backtracking order and capture-group rules.

mod chars;
mod engine;
mod matchobj;
mod pattern;

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use krait_syntax::pystr::PyStrBuf;

use crate::object::native::Args;
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::{Layout, NO_NEW};
use crate::object::{Obj, ObjRef, Payload, PyErr, PyResult};
use crate::runtime::Vm;

pub use chars::Text;
use engine::SreError;

/// `MAGIC` of `_constants.py` for 3.11.
const MAGIC: i64 = 20220615;
/// `SRE_MAXGROUPS` on 64-bit builds.
const MAXGROUPS: i64 = (i32::MAX / 2) as i64;

/// A compiled pattern (`PatternObject`).
#[derive(Debug)]
pub struct PatternData {
    pub code: Box<[u32]>,
    /// The source (`str`, `bytes` or None).
    pub pattern: ObjRef,
    pub flags: i64,
    /// The number of capturing groups.
    pub groups: usize,
    /// `{name: index}` (a copy of what `compile` was given).
    pub groupindex: ObjRef,
    /// `(None, name, ...)`: the name of each group.
    pub indexgroup: ObjRef,
    /// Whether the source is bytes; None when there is no source (either kind of subject).
    pub isbytes: Option<bool>,
}

/// A match (`MatchObject`).
#[derive(Debug)]
pub struct MatchData {
    pub pattern: ObjRef,
    pub string: ObjRef,
    /// Start and end of group 0, then of each group; -1 for a group that did not take part.
    pub marks: Box<[isize]>,
    pub pos: usize,
    pub endpos: usize,
    pub lastindex: isize,
}

/// A scanner (`ScannerObject`): a subject and where the next attempt starts.
#[derive(Debug)]
pub struct ScannerData {
    pub pattern: ObjRef,
    pub subject: Subject,
    pub pos: usize,
    pub endpos: usize,
    /// None once the scanner is exhausted.
    pub start: Cell<Option<usize>>,
    pub must_advance: Cell<bool>,
    pub executing: Cell<bool>,
}

/// The objects of `_sre`.
#[derive(Debug)]
pub enum SreObj {
    Pattern(PatternData),
    Match(MatchData),
    Scanner(ScannerData),
}

/// A subject string as the matcher reads it.
#[derive(Debug)]
pub struct Subject {
    /// The object given.
    pub obj: ObjRef,
    pub isbytes: bool,
    /// The code points of a non-ASCII `str`.
    wide: Option<Rc<[u32]>>,
    /// A copy of a bytes-like object other than `bytes`.
    copy: Option<Vec<u8>>,
}

impl Subject {
    /// The characters.
    pub fn text(&self) -> Text<'_> {
        if let Some(w) = &self.wide {
            return Text::Wide(w);
        }
        if let Some(c) = &self.copy {
            return Text::Narrow(c);
        }
        match &self.obj.payload {
            Payload::Str(s) => Text::Narrow(s.as_bytes()),
            Payload::Bytes(b) => Text::Narrow(b),
            _ => Text::Narrow(&[]),
        }
    }

    pub fn len(&self) -> usize {
        self.text().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `getslice`: characters `i..j` as a new `str` or `bytes`.
    pub fn slice(&self, vm: &Vm, i: usize, j: usize) -> ObjRef {
        let j = j.min(self.len());
        let i = i.min(j);
        match (self.text(), self.isbytes) {
            (Text::Narrow(b), true) => {
                if i == 0 && j == b.len() && self.obj.is_exact(&vm.types.bytes) {
                    return self.obj.clone();
                }
                vm.new_bytes(b[i..j].to_vec())
            }
            (Text::Narrow(b), false) => vm.new_str(String::from_utf8_lossy(&b[i..j]).into_owned()),
            (Text::Wide(w), _) => vm.new_str_buf(crate::types::str::buf_from_code_points(
                w[i..j].iter().copied(),
            )),
        }
    }
}

/// A `str` (held weakly) and its code points.
type DecodedStr = (Weak<Obj>, Rc<[u32]>);

thread_local! {
    /// The code points of the last non-ASCII subject: programs match many times against one
    /// string (`pattern.match(text, pos)` loops, `m.group()` calls), which must not each
    /// decode the whole text again.
    static LAST_WIDE: RefCell<Option<DecodedStr>> = const { RefCell::new(None) };
}

/// The code points of the `str` `obj`, reusing the last ones decoded when it is that string.
fn code_points(obj: &ObjRef, s: &crate::types::str::PyStr) -> Rc<[u32]> {
    LAST_WIDE.with(|cache| {
        if let Some((weak, cps)) = &*cache.borrow()
            && weak.upgrade().is_some_and(|o| Rc::ptr_eq(&o, obj))
        {
            return cps.clone();
        }
        let cps: Rc<[u32]> = s.to_code_points().into();
        *cache.borrow_mut() = Some((Rc::downgrade(obj), cps.clone()));
        cps
    })
}

/// Reads a subject for a pattern, with `getstring`'s and `state_init`'s errors.
pub fn subject(vm: &Vm, pat: &PatternData, obj: &ObjRef) -> PyResult<Subject> {
    let (isbytes, wide, copy) = match &obj.payload {
        Payload::Str(s) => {
            let wide = (!s.is_ascii()).then(|| code_points(obj, s));
            (false, wide, None)
        }
        Payload::Bytes(_) => (true, None, None),
        Payload::ByteArray(_) | Payload::MemoryView(_) => {
            let b = vm.call_pos(&vm.types.bytes, std::slice::from_ref(obj))?;
            (
                true,
                None,
                Some(b.as_bytes().map(<[u8]>::to_vec).unwrap_or_default()),
            )
        }
        _ => {
            return Err(vm.type_error(format!(
                "expected string or bytes-like object, got '{}'",
                vm.type_name(obj)
            )));
        }
    };
    match pat.isbytes {
        Some(false) if isbytes => {
            return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
        }
        Some(true) if !isbytes => {
            return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
        }
        _ => {}
    }
    Ok(Subject {
        obj: obj.clone(),
        isbytes,
        wide,
        copy,
    })
}

/// The `SreObj` of an object of one of this module's types.
pub fn sre<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a SreObj> {
    match &o.payload {
        Payload::Sre(s) => Ok(s),
        _ => Err(vm.internal("expected an _sre object")),
    }
}

/// `pattern_error`: the Python error for an engine failure.
pub fn engine_error(vm: &Vm, e: SreError) -> PyErr {
    match e {
        SreError::Recursion => {
            vm.error(&vm.exc.recursion_error, "maximum recursion limit exceeded")
        }
        SreError::Illegal => vm.runtime_error("internal error in regular expression engine"),
    }
}

/// Clamps `pos` and `endpos` to the subject as `state_init` does.
pub fn clamp(len: usize, pos: isize, endpos: isize) -> (usize, usize) {
    let c = |v: isize| (v.max(0) as usize).min(len);
    (c(pos), c(endpos))
}

/// A character argument of the helper functions (the `int` converter).
fn char_arg(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<u32> {
    let a = args.exact(vm, name, 1)?;
    Ok(vm.ssize(&a[0])? as u32)
}

fn getcodesize(vm: &Vm, args: Args<'_>) -> PyResult {
    args.exact(vm, "getcodesize", 0)?;
    Ok(vm.new_int(4))
}

fn ascii_iscased(vm: &Vm, args: Args<'_>) -> PyResult {
    let ch = char_arg(vm, &args, "ascii_iscased")?;
    Ok(vm.new_bool(ch < 128 && (ch as u8).is_ascii_alphabetic()))
}

fn unicode_iscased(vm: &Vm, args: Args<'_>) -> PyResult {
    let ch = char_arg(vm, &args, "unicode_iscased")?;
    Ok(vm.new_bool(ch != chars::lower_unicode(ch) || ch != chars::upper_unicode(ch)))
}

fn ascii_tolower(vm: &Vm, args: Args<'_>) -> PyResult {
    let ch = char_arg(vm, &args, "ascii_tolower")?;
    Ok(vm.new_int(i64::from(chars::lower_ascii(ch))))
}

fn unicode_tolower(vm: &Vm, args: Args<'_>) -> PyResult {
    let ch = char_arg(vm, &args, "unicode_tolower")?;
    Ok(vm.new_int(i64::from(chars::lower_unicode(ch))))
}

/// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.
fn compile(vm: &Vm, args: Args<'_>) -> PyResult {
    let names = [
        "pattern",
        "flags",
        "code",
        "groups",
        "groupindex",
        "indexgroup",
    ];
    let [pattern, flags, code, groups, groupindex, indexgroup] =
        args.bind(vm, "compile", names, 0, 6, 6)?;
    let missing = || vm.internal("compile");
    let pattern = pattern.ok_or_else(missing)?;
    let flags = vm.ssize(&flags.ok_or_else(missing)?)? as i64;
    let code = code.ok_or_else(missing)?;
    let Some(items) = code.as_list().map(|l| l.borrow().clone()) else {
        return Err(vm.type_error(format!(
            "compile() argument 'code' must be list, not {}",
            vm.arg_type_name(&code)
        )));
    };
    let mut words = Vec::with_capacity(items.len());
    for item in &items {
        let v = vm.index(item)?;
        match v.as_i64().filter(|v| (0..=i64::from(u32::MAX)).contains(v)) {
            Some(v) => words.push(v as u32),
            None => {
                return Err(vm.overflow_error("regular expression code size limit exceeded"));
            }
        }
    }
    let groups = vm.ssize(&groups.ok_or_else(missing)?)?.max(0) as usize;
    let groupindex = groupindex.ok_or_else(missing)?;
    let groupindex = vm.call_pos(&vm.types.dict, std::slice::from_ref(&groupindex))?;
    let indexgroup = indexgroup.ok_or_else(missing)?;
    let isbytes = match &pattern.payload {
        _ if vm.is_none(&pattern) => None,
        Payload::Str(_) => Some(false),
        Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_) => Some(true),
        _ => {
            return Err(vm.type_error(format!(
                "expected string or bytes-like object, got '{}'",
                vm.type_name(&pattern)
            )));
        }
    };
    let data = PatternData {
        code: words.into(),
        pattern,
        flags,
        groups,
        groupindex,
        indexgroup,
        isbytes,
    };
    Ok(new_obj(vm, "re.Pattern", SreObj::Pattern(data)))
}

/// A new object of the module's type `qualname`.
pub fn new_obj(vm: &Vm, qualname: &'static str, data: SreObj) -> ObjRef {
    let ty = vm
        .find_native_type(qualname)
        .unwrap_or_else(|| make_types(vm, qualname));
    Obj::new(ty, Payload::Sre(Box::new(data)))
}

/// A string made from Rust text.
pub fn text_str(vm: &Vm, s: &str) -> ObjRef {
    vm.new_str_buf(PyStrBuf::from(s))
}

/// Makes the three types (once per interpreter) and returns `want`.
fn make_types(vm: &Vm, want: &'static str) -> ObjRef {
    let mut found = None;
    for qualname in ["re.Pattern", "re.Match", "_sre.SRE_Scanner"] {
        let t = vm.native_type(qualname, || make_type(vm, qualname));
        if qualname == want {
            found = Some(t);
        }
    }
    found.unwrap_or_else(|| vm.types.object.clone())
}

/// `re.Pattern[str]`: a `types.GenericAlias`.
fn class_getitem(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__class_getitem__", 1)?;
    crate::types::alias::new_generic(vm, cls, &a[0])
}

fn make_type(vm: &Vm, qualname: &'static str) -> ObjRef {
    let t = crate::types::new_static_type(
        &vm.types.type_,
        qualname,
        &vm.types.object,
        Layout::Opaque,
        NO_NEW,
    );
    let s = match qualname {
        "re.Pattern" => Slots {
            repr: Slot::Native(pattern::repr),
            hash: Slot::Native(pattern::hash),
            richcompare: Slot::Native(pattern::richcompare),
            ..Slots::default()
        },
        "re.Match" => Slots {
            repr: Slot::Native(matchobj::repr),
            getitem: Slot::Native(matchobj::getitem),
            ..Slots::default()
        },
        _ => Slots::default(),
    };
    crate::object::slot_resolve::install_static(vm, &t, s);
    crate::object::slot_resolve::inherit_static(&t);
    if let Some(td) = t.as_type() {
        // Only `_sre.compile` and the matching methods make these (`cannot create 're.Match'
        // instances`), so `object.__new__` is not inherited.
        td.slots.borrow_mut().new = Slot::Absent;
    }
    if qualname != "_sre.SRE_Scanner" {
        vm.add_classmethod(&t, "__class_getitem__", class_getitem);
    }
    match qualname {
        "re.Pattern" => pattern::add_members(vm, &t),
        "re.Match" => matchobj::add_members(vm, &t),
        _ => matchobj::add_scanner_members(vm, &t),
    }
    t
}

/// Creates the `_sre` module.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_sre");
    let Some(d) = m.dict() else { return m };
    make_types(vm, "re.Pattern");
    let fns: &[(&'static str, crate::object::native::NativeFn)] = &[
        ("compile", compile),
        ("getcodesize", getcodesize),
        ("ascii_iscased", ascii_iscased),
        ("unicode_iscased", unicode_iscased),
        ("ascii_tolower", ascii_tolower),
        ("unicode_tolower", unicode_tolower),
    ];
    for &(name, f) in fns {
        vm.dict_set_str(&d, name, vm.new_module_builtin(name, f, "_sre"));
    }
    vm.dict_set_str(&d, "MAGIC", vm.new_int(MAGIC));
    vm.dict_set_str(&d, "CODESIZE", vm.new_int(4));
    vm.dict_set_str(&d, "MAXREPEAT", vm.new_int(i64::from(engine::MAXREPEAT)));
    vm.dict_set_str(&d, "MAXGROUPS", vm.new_int(MAXGROUPS));
    vm.dict_set_str(
        &d,
        "copyright",
        text_str(vm, " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "),
    );
    m
}
