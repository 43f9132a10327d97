//! `re.Pattern`: matching entry points (`match`, `fullmatch`, `search`), the iterating methods
//! (`findall`, `finditer`, `split`, `sub`, `subn`, `scanner`) and the pattern's attributes, as
//! `sre.c`'s `pattern_*` functions run them.

use std::cell::Cell;

use super::engine::State;
use super::{
    MatchData, PatternData, ScannerData, SreObj, Subject, clamp, engine_error, new_obj, sre,
    subject,
};
use crate::object::native::Args;
use crate::object::slots::CompareOp;
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// The pattern data of `o`.
pub fn pat<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a PatternData> {
    match sre(vm, o)? {
        SreObj::Pattern(p) => Ok(p),
        _ => Err(vm.type_error("expected a re.Pattern")),
    }
}

/// `(string, pos=0, endpos=sys.maxsize)` of the matching methods.
fn string_pos_endpos(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<(ObjRef, isize, isize)> {
    let [string, pos, endpos] = args.bind(vm, name, ["string", "pos", "endpos"], 0, 3, 1)?;
    let string = string.ok_or_else(|| vm.internal(name))?;
    let pos = match pos {
        Some(p) => vm.ssize(&p)?,
        None => 0,
    };
    let endpos = match endpos {
        Some(e) => vm.ssize(&e)?,
        None => isize::MAX,
    };
    Ok((string, pos, endpos))
}

/// `pattern_new_match`: a `re.Match` from a successful state.
pub fn new_match(
    vm: &Vm,
    pattern: &ObjRef,
    p: &PatternData,
    subj: &Subject,
    st: &State<'_>,
    pos: usize,
    endpos: usize,
) -> ObjRef {
    let mut marks = Vec::with_capacity(2 * (p.groups + 1));
    marks.push(st.start as isize);
    marks.push(st.ptr as isize);
    for g in 0..p.groups {
        let j = 2 * g;
        let set = (j + 1) as isize <= st.lastmark;
        let pair = set
            .then(|| {
                let a = st.marks.get(j).copied().flatten()?;
                let b = st.marks.get(j + 1).copied().flatten()?;
                Some((a as isize, b as isize))
            })
            .flatten();
        let (a, b) = pair.unwrap_or((-1, -1));
        marks.push(a);
        marks.push(b);
    }
    let data = MatchData {
        pattern: pattern.clone(),
        string: subj.obj.clone(),
        marks: marks.into(),
        pos,
        endpos,
        lastindex: st.lastindex,
    };
    new_obj(vm, "re.Match", SreObj::Match(data))
}

/// Which matching entry point runs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Match,
    FullMatch,
    Search,
}

fn run_one(vm: &Vm, o: &ObjRef, args: Args<'_>, name: &str, mode: Mode) -> PyResult {
    let p = pat(vm, o)?;
    let (string, pos, endpos) = string_pos_endpos(vm, &args, name)?;
    let subj = subject(vm, p, &string)?;
    let (pos, endpos) = clamp(subj.len(), pos, endpos);
    let mut st = State::new(subj.text(), &p.code, pos, endpos);
    st.match_all = mode == Mode::FullMatch;
    let found = match mode {
        Mode::Search => st.search(),
        _ => st.run(0, true),
    }
    .map_err(|e| engine_error(vm, e))?;
    if !found {
        return Ok(vm.none.clone());
    }
    Ok(new_match(vm, o, p, &subj, &st, pos, endpos))
}

fn pattern_match(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    run_one(vm, o, args, "match", Mode::Match)
}

fn pattern_fullmatch(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    run_one(vm, o, args, "fullmatch", Mode::FullMatch)
}

fn pattern_search(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    run_one(vm, o, args, "search", Mode::Search)
}

/// Runs `search` from `start` repeatedly, as the iterating methods do (`state.must_advance` set
/// after an empty match), calling `each` with the state after each match until it returns
/// false or no match is left.
fn each_match(
    vm: &Vm,
    p: &PatternData,
    subj: &Subject,
    pos: usize,
    endpos: usize,
    mut each: impl FnMut(&State<'_>) -> PyResult<bool>,
) -> PyResult<()> {
    let mut st = State::new(subj.text(), &p.code, pos, endpos);
    while st.start <= st.end {
        st.reset();
        st.ptr = st.start;
        if !st.search().map_err(|e| engine_error(vm, e))? {
            break;
        }
        if !each(&st)? {
            break;
        }
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
    }
    Ok(())
}

/// Group `g` (1-based) of a state's match as a string, or `empty`/None when unset
/// (`state_getslice`).
fn state_group(vm: &Vm, subj: &Subject, st: &State<'_>, g: usize, empty: bool) -> ObjRef {
    let j = 2 * (g - 1);
    let pair = if (j + 1) as isize <= st.lastmark {
        match (
            st.marks.get(j).copied().flatten(),
            st.marks.get(j + 1).copied().flatten(),
        ) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        }
    } else {
        None
    };
    match pair {
        Some((a, b)) => subj.slice(vm, a, b),
        None if empty => subj.slice(vm, 0, 0),
        None => vm.none.clone(),
    }
}

fn findall(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let p = pat(vm, o)?;
    let (string, pos, endpos) = string_pos_endpos(vm, &args, "findall")?;
    let subj = subject(vm, p, &string)?;
    let (pos, endpos) = clamp(subj.len(), pos, endpos);
    let mut out = Vec::new();
    each_match(vm, p, &subj, pos, endpos, |st| {
        let item = match p.groups {
            0 => subj.slice(vm, st.start, st.ptr),
            1 => state_group(vm, &subj, st, 1, true),
            n => {
                let items = (1..=n).map(|g| state_group(vm, &subj, st, g, true));
                vm.new_tuple(items.collect())
            }
        };
        out.push(item);
        Ok(true)
    })?;
    Ok(vm.new_list(out))
}

fn split(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let p = pat(vm, o)?;
    let [string, maxsplit] = args.bind(vm, "split", ["string", "maxsplit"], 0, 2, 1)?;
    let string = string.ok_or_else(|| vm.internal("split"))?;
    let maxsplit = match maxsplit {
        Some(m) => vm.ssize(&m)?,
        None => 0,
    };
    let subj = subject(vm, p, &string)?;
    let len = subj.len();
    let mut out = Vec::new();
    let (mut n, mut last) = (0isize, 0usize);
    if maxsplit >= 0 {
        each_match(vm, p, &subj, 0, len, |st| {
            out.push(subj.slice(vm, last, st.start));
            for g in 1..=p.groups {
                out.push(state_group(vm, &subj, st, g, false));
            }
            n += 1;
            last = st.ptr;
            Ok(maxsplit == 0 || n < maxsplit)
        })?;
    }
    out.push(subj.slice(vm, last, len));
    Ok(vm.new_list(out))
}

/// The `sub`/`subn` replacement: a callable, or a literal string (one without backslashes),
/// else what `re._subx(pattern, template)` returns.
fn sub_filter(vm: &Vm, o: &ObjRef, repl: &ObjRef) -> PyResult<(ObjRef, bool)> {
    if crate::builtins::introspect::is_callable(repl) {
        return Ok((repl.clone(), true));
    }
    // `getstring` reads any buffer (a bytearray, an array...) for the check, as `pattern_subx`
    // does.
    let literal = match &repl.payload {
        Payload::Str(s) => !s.as_bytes().contains(&b'\\'),
        Payload::Bytes(b) => !b.contains(&b'\\'),
        _ => crate::types::bytes::buffer(repl).is_some_and(|b| !b.contains(&b'\\')),
    };
    if literal {
        return Ok((repl.clone(), false));
    }
    let re = crate::builtins::import::import_module(vm, &vm.new_str("re"))?;
    let subx = vm.getattr(&re, &vm.intern("_subx"))?;
    let filter = vm.call_pos(&subx, &[o.clone(), repl.clone()])?;
    let callable = crate::builtins::introspect::is_callable(&filter);
    Ok((filter, callable))
}

fn subx(vm: &Vm, o: &ObjRef, args: Args<'_>, name: &str, subn: bool) -> PyResult {
    let p = pat(vm, o)?;
    let [repl, string, count] = args.bind(vm, name, ["repl", "string", "count"], 0, 3, 2)?;
    let repl = repl.ok_or_else(|| vm.internal(name))?;
    let string = string.ok_or_else(|| vm.internal(name))?;
    let count = match count {
        Some(c) => vm.ssize(&c)?,
        None => 0,
    };
    let (filter, callable) = sub_filter(vm, o, &repl)?;
    let subj = subject(vm, p, &string)?;
    let len = subj.len();
    let mut pieces = Vec::new();
    let (mut n, mut i) = (0isize, 0usize);
    if count >= 0 {
        each_match(vm, p, &subj, 0, len, |st| {
            if i < st.start {
                pieces.push(subj.slice(vm, i, st.start));
            }
            let item = if callable {
                let m = new_match(vm, o, p, &subj, st, 0, len);
                vm.call_pos(&filter, &[m])?
            } else {
                filter.clone()
            };
            if !vm.is_none(&item) {
                pieces.push(item);
            }
            i = st.ptr;
            n += 1;
            Ok(count == 0 || n < count)
        })?;
    }
    if i < len {
        pieces.push(subj.slice(vm, i, len));
    }
    let joiner = subj.slice(vm, 0, 0);
    let result = if pieces.is_empty() {
        joiner
    } else {
        vm.call_method(&joiner, "join", &[vm.new_list(pieces)])?
    };
    if subn {
        Ok(vm.new_tuple(vec![result, vm.new_int(n as i64)]))
    } else {
        Ok(result)
    }
}

fn sub(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    subx(vm, o, args, "sub", false)
}

fn subn(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    subx(vm, o, args, "subn", true)
}

/// `pattern.scanner(string, pos=0, endpos=sys.maxsize)`.
fn make_scanner(vm: &Vm, o: &ObjRef, args: &Args<'_>, name: &str) -> PyResult {
    let p = pat(vm, o)?;
    let (string, pos, endpos) = string_pos_endpos(vm, args, name)?;
    let subject = subject(vm, p, &string)?;
    let (pos, endpos) = clamp(subject.len(), pos, endpos);
    let data = ScannerData {
        pattern: o.clone(),
        subject,
        pos,
        endpos,
        start: Cell::new(Some(pos)),
        must_advance: Cell::new(false),
        executing: Cell::new(false),
    };
    Ok(new_obj(vm, "_sre.SRE_Scanner", SreObj::Scanner(data)))
}

fn scanner(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    make_scanner(vm, o, &args, "scanner")
}

/// `finditer`: `iter(scanner.search, None)`.
fn finditer(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let sc = make_scanner(vm, o, &args, "finditer")?;
    let search = vm.getattr(&sc, &vm.intern("search"))?;
    Ok(crate::types::iter::new_callable_iter(
        vm,
        search,
        vm.none.clone(),
    ))
}

fn copy(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__copy__", 0)?;
    Ok(o.clone())
}

fn deepcopy(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__deepcopy__", 1)?;
    Ok(o.clone())
}

/// The flag names `pattern_repr` shows, in its order.
const FLAG_NAMES: &[(&str, i64)] = &[
    ("re.TEMPLATE", 1),
    ("re.IGNORECASE", 2),
    ("re.LOCALE", 4),
    ("re.MULTILINE", 8),
    ("re.DOTALL", 16),
    ("re.UNICODE", 32),
    ("re.VERBOSE", 64),
    ("re.DEBUG", 128),
    ("re.ASCII", 256),
];

/// `repr(o)` cut to `n` characters, as `%.NR` formats it.
pub fn repr_cut(vm: &Vm, o: &ObjRef, n: usize) -> PyResult<String> {
    let r = vm.repr_string(o)?;
    Ok(r.chars().take(n).collect())
}

/// `re.compile('a+', re.IGNORECASE)`.
pub fn repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let p = pat(vm, o)?;
    let mut flags = p.flags;
    // re.UNICODE is implied for str patterns unless another mode is chosen.
    if p.isbytes != Some(true) && flags & (4 | 32 | 256) == 32 {
        flags &= !32;
    }
    let mut names = Vec::new();
    for &(name, bit) in FLAG_NAMES {
        if flags & bit != 0 {
            names.push(name.to_string());
            flags &= !bit;
        }
    }
    if flags != 0 {
        names.push(format!("{flags:#x}"));
    }
    let src = repr_cut(vm, &p.pattern, 200)?;
    let text = if names.is_empty() {
        format!("re.compile({src})")
    } else {
        format!("re.compile({src}, {})", names.join("|"))
    };
    Ok(super::text_str(vm, &text))
}

/// `pattern_hash`: the source's hash mixed with the code's, the flags and the code size.
pub fn hash(vm: &Vm, o: &ObjRef) -> PyResult<i64> {
    let p = pat(vm, o)?;
    let mut h = vm.hash(&p.pattern)?;
    let bytes: Vec<u8> = p.code.iter().flat_map(|w| w.to_le_bytes()).collect();
    h ^= krait_compiler::pyhash::hash_bytes(&bytes);
    h ^= p.flags;
    h ^= i64::from(p.isbytes == Some(true));
    h ^= p.code.len() as i64;
    Ok(if h == -1 { -2 } else { h })
}

/// `pattern_richcompare`: equal when flags, kind, code and source are equal.
pub fn richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) || !b.is_exact(&a.class()) {
        return Ok(vm.not_implemented.clone());
    }
    let (pa, pb) = (pat(vm, a)?, pat(vm, b)?);
    let eq = std::rc::Rc::ptr_eq(a, b)
        || (pa.flags == pb.flags
            && pa.isbytes == pb.isbytes
            && pa.code == pb.code
            && vm.eq(&pa.pattern, &pb.pattern)?);
    Ok(vm.new_bool(eq == (op == CompareOp::Eq)))
}

fn get_pattern(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(pat(vm, o)?.pattern.clone())
}

fn get_flags(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int(pat(vm, o)?.flags))
}

fn get_groups(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int(pat(vm, o)?.groups as i64))
}

fn get_groupindex(vm: &Vm, o: &ObjRef) -> PyResult {
    let p = pat(vm, o)?;
    Ok(crate::object::Obj::new(
        vm.types.mappingproxy.clone(),
        Payload::MappingProxy(p.groupindex.clone()),
    ))
}

/// Installs the methods and attributes of `re.Pattern`.
pub fn add_members(vm: &Vm, t: &ObjRef) {
    vm.add_methods(
        t,
        &[
            ("match", pattern_match),
            ("fullmatch", pattern_fullmatch),
            ("search", pattern_search),
            ("sub", sub),
            ("subn", subn),
            ("findall", findall),
            ("split", split),
            ("finditer", finditer),
            ("scanner", scanner),
            ("__copy__", copy),
            ("__deepcopy__", deepcopy),
        ],
    );
    vm.add_getset(t, "pattern", get_pattern, None);
    vm.add_getset(t, "flags", get_flags, None);
    vm.add_getset(t, "groups", get_groups, None);
    vm.add_getset(t, "groupindex", get_groupindex, None);
}
