//! `re.Match` (groups by index or name, spans, `expand`, the attributes) and `SRE_Scanner`
//! (`match`/`search` stepping through a subject), as `sre.c`'s `match_*` and `scanner_*`
//! functions behave.

use super::engine::State;
use super::pattern::{new_match, pat, repr_cut};
use super::{MatchData, ScannerData, SreObj, engine_error, sre, subject};
use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

fn data<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a MatchData> {
    match sre(vm, o)? {
        SreObj::Match(m) => Ok(m),
        _ => Err(vm.type_error("expected a re.Match")),
    }
}

fn scanner_data<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a ScannerData> {
    match sre(vm, o)? {
        SreObj::Scanner(s) => Ok(s),
        _ => Err(vm.type_error("expected a SRE_Scanner")),
    }
}

/// The number of groups, group 0 included.
fn ngroups(m: &MatchData) -> usize {
    m.marks.len() / 2
}

/// `match_getindex`: a group number from an int or a group name.
fn group_index(vm: &Vm, m: &MatchData, index: &ObjRef) -> PyResult<usize> {
    let i = if index.slot(|s| s.index).is_present() {
        let v = vm.index(index)?;
        // `PyNumber_AsSsize_t(index, NULL)` clips instead of failing.
        v.as_i64()
            .unwrap_or(if v.is_negative() { -1 } else { i64::MAX })
    } else {
        let p = pat(vm, &m.pattern)?;
        match vm.dict_get(&p.groupindex, index)? {
            Some(v) if v.as_int().is_some() => v.as_int().and_then(|i| i.as_i64()).unwrap_or(-1),
            _ => -1,
        }
    };
    if i < 0 || i as usize >= ngroups(m) {
        return Err(vm.index_error("no such group"));
    }
    Ok(i as usize)
}

/// Group `g` as a string, or `default` when it did not take part.
fn group_slice(vm: &Vm, m: &MatchData, g: usize, default: &ObjRef) -> PyResult {
    let (a, b) = (m.marks[2 * g], m.marks[2 * g + 1]);
    if a < 0 || b < 0 {
        return Ok(default.clone());
    }
    let p = pat(vm, &m.pattern)?;
    let subj = subject(vm, p, &m.string)?;
    Ok(subj.slice(vm, a as usize, b as usize))
}

fn group(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.no_kw(vm, "group")?;
    let m = data(vm, o)?;
    let none = vm.none.clone();
    match args.pos() {
        [] => group_slice(vm, m, 0, &none),
        [one] => group_slice(vm, m, group_index(vm, m, one)?, &none),
        many => {
            let mut out = Vec::with_capacity(many.len());
            for g in many {
                out.push(group_slice(vm, m, group_index(vm, m, g)?, &none)?);
            }
            Ok(vm.new_tuple(out))
        }
    }
}

/// `m[g]`.
pub fn getitem(vm: &Vm, o: &ObjRef, key: &ObjRef) -> PyResult {
    let m = data(vm, o)?;
    group_slice(vm, m, group_index(vm, m, key)?, &vm.none.clone())
}

/// The `default=None` parameter of `groups` and `groupdict`.
fn default_arg(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    let [default] = args.bind(vm, name, ["default"], 0, 1, 0)?;
    Ok(default.unwrap_or_else(|| vm.none.clone()))
}

fn groups(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let m = data(vm, o)?;
    let default = default_arg(vm, &args, "groups")?;
    let mut out = Vec::new();
    for g in 1..ngroups(m) {
        out.push(group_slice(vm, m, g, &default)?);
    }
    Ok(vm.new_tuple(out))
}

fn groupdict(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let m = data(vm, o)?;
    let default = default_arg(vm, &args, "groupdict")?;
    let p = pat(vm, &m.pattern)?;
    let d = vm.new_dict();
    for key in vm.collect(&p.groupindex)? {
        let g = group_index(vm, m, &key)?;
        vm.dict_set(&d, key, group_slice(vm, m, g, &default)?)?;
    }
    Ok(d)
}

/// The optional group argument of `start`, `end` and `span`.
fn group_arg(vm: &Vm, m: &MatchData, args: &Args<'_>, name: &str) -> PyResult<usize> {
    let a = args.range(vm, name, 0, 1)?;
    match a.first() {
        Some(g) => group_index(vm, m, g),
        None => Ok(0),
    }
}

fn start(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let m = data(vm, o)?;
    let g = group_arg(vm, m, &args, "start")?;
    Ok(vm.new_int(m.marks[2 * g] as i64))
}

fn end(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let m = data(vm, o)?;
    let g = group_arg(vm, m, &args, "end")?;
    Ok(vm.new_int(m.marks[2 * g + 1] as i64))
}

fn span_of(vm: &Vm, m: &MatchData, g: usize) -> ObjRef {
    vm.new_tuple(vec![
        vm.new_int(m.marks[2 * g] as i64),
        vm.new_int(m.marks[2 * g + 1] as i64),
    ])
}

fn span(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let m = data(vm, o)?;
    let g = group_arg(vm, m, &args, "span")?;
    Ok(span_of(vm, m, g))
}

/// `expand(template)`: `re._expand(pattern, match, template)`.
fn expand(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [template] = args.bind(vm, "expand", ["template"], 0, 1, 1)?;
    let template = template.ok_or_else(|| vm.internal("expand"))?;
    let m = data(vm, o)?;
    let re = crate::builtins::import::import_module(vm, &vm.new_str("re"))?;
    let f = vm.getattr(&re, &vm.intern("_expand"))?;
    vm.call_pos(&f, &[m.pattern.clone(), o.clone(), template])
}

fn copy(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__copy__", 0)?;
    Ok(o.clone())
}

fn deepcopy(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__deepcopy__", 1)?;
    Ok(o.clone())
}

/// `<re.Match object; span=(0, 1), match='a'>`.
pub fn repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let m = data(vm, o)?;
    let g0 = group_slice(vm, m, 0, &vm.none.clone())?;
    let text = format!(
        "<re.Match object; span=({}, {}), match={}>",
        m.marks[0],
        m.marks[1],
        repr_cut(vm, &g0, 50)?
    );
    Ok(super::text_str(vm, &text))
}

fn get_lastindex(vm: &Vm, o: &ObjRef) -> PyResult {
    let m = data(vm, o)?;
    Ok(if m.lastindex >= 0 {
        vm.new_int(m.lastindex as i64)
    } else {
        vm.none.clone()
    })
}

fn get_lastgroup(vm: &Vm, o: &ObjRef) -> PyResult {
    let m = data(vm, o)?;
    if m.lastindex < 0 {
        return Ok(vm.none.clone());
    }
    let p = pat(vm, &m.pattern)?;
    let names = p.indexgroup.as_tuple().unwrap_or(&[]);
    Ok(names
        .get(m.lastindex as usize)
        .cloned()
        .unwrap_or_else(|| vm.none.clone()))
}

fn get_regs(vm: &Vm, o: &ObjRef) -> PyResult {
    let m = data(vm, o)?;
    let spans = (0..ngroups(m)).map(|g| span_of(vm, m, g)).collect();
    Ok(vm.new_tuple(spans))
}

fn get_string(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(data(vm, o)?.string.clone())
}

fn get_re(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(data(vm, o)?.pattern.clone())
}

fn get_pos(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int(data(vm, o)?.pos as i64))
}

fn get_endpos(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int(data(vm, o)?.endpos as i64))
}

/// Installs the methods and attributes of `re.Match`.
pub fn add_members(vm: &Vm, t: &ObjRef) {
    vm.add_methods(
        t,
        &[
            ("group", group),
            ("groups", groups),
            ("groupdict", groupdict),
            ("start", start),
            ("end", end),
            ("span", span),
            ("expand", expand),
            ("__copy__", copy),
            ("__deepcopy__", deepcopy),
        ],
    );
    vm.add_getset(t, "lastindex", get_lastindex, None);
    vm.add_getset(t, "lastgroup", get_lastgroup, None);
    vm.add_getset(t, "regs", get_regs, None);
    vm.add_getset(t, "string", get_string, None);
    vm.add_getset(t, "re", get_re, None);
    vm.add_getset(t, "pos", get_pos, None);
    vm.add_getset(t, "endpos", get_endpos, None);
}

/// One step of a scanner: `scanner_match` (anchored) or `scanner_search`.
fn scan(vm: &Vm, o: &ObjRef, args: Args<'_>, name: &str, search: bool) -> PyResult {
    args.exact(vm, name, 0)?;
    let sc = scanner_data(vm, o)?;
    if sc.executing.get() {
        return Err(vm.value_error("regular expression scanner already executing"));
    }
    let Some(start) = sc.start.get() else {
        return Ok(vm.none.clone());
    };
    let p = pat(vm, &sc.pattern)?;
    let mut st = State::new(sc.subject.text(), &p.code, start, sc.endpos);
    st.must_advance = sc.must_advance.get();
    sc.executing.set(true);
    let found = if search { st.search() } else { st.run(0, true) };
    sc.executing.set(false);
    let found = found.map_err(|e| engine_error(vm, e))?;
    if !found {
        sc.start.set(None);
        return Ok(vm.none.clone());
    }
    let m = new_match(vm, &sc.pattern, p, &sc.subject, &st, sc.pos, sc.endpos);
    sc.must_advance.set(st.ptr == st.start);
    sc.start.set(Some(st.ptr));
    Ok(m)
}

fn scanner_match(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    scan(vm, o, args, "match", false)
}

fn scanner_search(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    scan(vm, o, args, "search", true)
}

fn scanner_pattern(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(scanner_data(vm, o)?.pattern.clone())
}

/// Installs the methods of `SRE_Scanner`.
pub fn add_scanner_members(vm: &Vm, t: &ObjRef) {
    vm.add_methods(t, &[("match", scanner_match), ("search", scanner_search)]);
    vm.add_getset(t, "pattern", scanner_pattern, None);
}
