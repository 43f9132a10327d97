//! The `str` type: slots (repr, hash, comparison, indexing, `in`, `+`, `*`, `%`), the
//! constructor and the methods, working on code points so non-ASCII text and lone surrogates
//! behave as in CPython.

use std::rc::Rc;

use krait_syntax::pystr::PyStrBuf;
use krait_syntax::unicode;

use super::str::{PyStr, buf_from_code_points};
use super::tuple::{norm_index, repeat_count, resolve_slice};
use crate::object::native::Args;
use crate::object::slots::{CompareOp, NbOp, NbSlot, Slot, Slots};
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;
use crate::types::str_case as case;
use crate::types::str_search as search;

fn s<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a PyStr> {
    o.as_str().ok_or_else(|| vm.internal("expected a str"))
}

fn cps(vm: &Vm, o: &ObjRef) -> PyResult<Vec<u32>> {
    Ok(s(vm, o)?.to_code_points())
}

fn from_cps(vm: &Vm, v: &[u32]) -> ObjRef {
    vm.new_str_buf(buf_from_code_points(v.iter().copied()))
}

/// The result of a method that left the text as it was (`unicode_result_unchanged`): an
/// exact `str` itself, which `is` and the pickle memo observe, else an exact copy.
fn unchanged(vm: &Vm, o: &ObjRef) -> PyResult {
    if o.is_exact(&vm.types.str) {
        return Ok(o.clone());
    }
    Ok(vm.new_str_buf(s(vm, o)?.buf().clone()))
}

fn is_space(cp: u32) -> bool {
    char::from_u32(cp).is_some_and(unicode::is_space)
}

/// A `str` argument, or `TypeError("{what} must be str, not T")`.
fn str_arg(vm: &Vm, o: &ObjRef, what: &str) -> PyResult<Vec<u32>> {
    match o.as_str() {
        Some(p) => Ok(p.to_code_points()),
        None => Err(vm.type_error(format!("{what} must be str, not {}", vm.arg_type_name(o)))),
    }
}

/// A `str` argument, or the TypeError naming it.
fn str_ref<'a>(vm: &Vm, o: &'a ObjRef, what: &str) -> PyResult<&'a PyStr> {
    o.as_str()
        .ok_or_else(|| vm.type_error(format!("{what} must be str, not {}", vm.arg_type_name(o))))
}

fn str_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_str(krait_syntax::pyrepr::repr_pystr(s(vm, o)?.buf())))
}

fn str_str(vm: &Vm, o: &ObjRef) -> PyResult {
    if o.is_exact(&vm.types.str) {
        return Ok(o.clone());
    }
    Ok(vm.new_str_buf(s(vm, o)?.buf().clone()))
}

fn str_hash(vm: &Vm, o: &ObjRef) -> PyResult<i64> {
    Ok(s(vm, o)?.hash())
}

fn str_len(vm: &Vm, o: &ObjRef) -> PyResult<usize> {
    Ok(s(vm, o)?.len())
}

fn str_richcompare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult {
    let (Some(x), Some(y)) = (a.as_str(), b.as_str()) else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(vm.new_bool(op.test(x.as_bytes().cmp(y.as_bytes()))))
}

fn str_getitem(vm: &Vm, o: &ObjRef, key: &ObjRef) -> PyResult {
    let p = s(vm, o)?;
    if let Payload::Slice(_) = key.payload {
        let sl = resolve_slice(vm, key, p.len())?;
        if sl.step == 1 || sl.len == 0 {
            // A whole exact str is returned as is, a contiguous run copied as bytes
            // (`unicode_subscript` returns `self` for the full slice).
            if sl.len == p.len() && o.is_exact(&vm.types.str) {
                return Ok(o.clone());
            }
            let start = sl.start.max(0) as usize;
            let bs = search::byte_at(p, start);
            let be = if p.is_ascii() {
                bs + sl.len
            } else {
                search::byte_at(p, start + sl.len)
            };
            return Ok(vm.new_str_buf(search::sub_buf(&p.as_bytes()[bs..be])));
        }
        if p.is_ascii() {
            let b = p.as_bytes();
            let out: Vec<u8> = sl.indices().map(|i| b[i]).collect();
            return Ok(vm.new_str_buf(PyStrBuf::from_latin1(&out)));
        }
        let v = p.to_code_points();
        let out: Vec<u32> = sl.indices().map(|i| v[i]).collect();
        return Ok(from_cps(vm, &out));
    }
    let i = match key.as_int() {
        Some(_) => super::tuple::index_arg(vm, key, "string")?,
        None if key.slot(|s| s.index.is_present()) => vm.index_isize(key)?,
        None => {
            return Err(vm.type_error(format!(
                "string indices must be integers, not '{}'",
                vm.type_name(key)
            )));
        }
    };
    match norm_index(i, p.len()) {
        Some(j) => Ok(vm.new_char(p.char_at(j))),
        None => Err(vm.index_error("string index out of range")),
    }
}

fn str_contains(vm: &Vm, o: &ObjRef, x: &ObjRef) -> PyResult<bool> {
    let Some(needle) = x.as_str() else {
        return Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(x)
        )));
    };
    Ok(memchr::memmem::find(s(vm, o)?.as_bytes(), needle.as_bytes()).is_some())
}

fn str_iter(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(super::iter::new_str_iter(vm, o.clone()))
}

fn str_concat(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    let Some(y) = b.as_str() else {
        return Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(b)
        )));
    };
    let x = s(vm, a)?;
    if y.is_empty() && a.is_exact(&vm.types.str) {
        return Ok(a.clone());
    }
    if x.is_empty() && b.is_exact(&vm.types.str) {
        return Ok(b.clone());
    }
    Ok(vm.new_str_buf(super::str::concat(x.buf(), y.buf())))
}

fn str_repeat(vm: &Vm, a: &ObjRef, n: &ObjRef) -> PyResult {
    let x = s(vm, a)?;
    let n = repeat_count(vm, n, x.as_bytes().len(), 1)?;
    if n == 1 && a.is_exact(&vm.types.str) {
        return Ok(a.clone());
    }
    let bytes = x.as_bytes().repeat(n);
    match PyStrBuf::from_surrogatepass_utf8(bytes) {
        Ok(b) => Ok(vm.new_str_buf(b)),
        Err(_) => Err(vm.internal("str repeat")),
    }
}

fn str_mod(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult {
    if a.as_str().is_none() {
        return Ok(vm.not_implemented.clone());
    }
    crate::format::percent_str(vm, a, b)
}

fn str_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let [object, encoding, errors] =
        args.bind(vm, "str", ["object", "encoding", "errors"], 0, 3, 0)?;
    let r = match object {
        None => vm.empty_str.clone(),
        Some(o) if encoding.is_none() && errors.is_none() => vm.str(&o)?,
        Some(o) => {
            if o.as_str().is_some() {
                return Err(vm.type_error("decoding str is not supported"));
            }
            if super::bytes::buffer(&o).is_none() {
                return Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name(&o)
                )));
            }
            let data = super::bytes::buffer(&o).unwrap_or_default();
            let enc = super::bytes::codec_arg(
                vm,
                encoding.as_ref(),
                "str() argument 'encoding'",
                "utf-8",
            )?;
            let err =
                super::bytes::codec_arg(vm, errors.as_ref(), "str() argument 'errors'", "strict")?;
            super::codecs::decode(vm, &data, &enc, &err)?
        }
    };
    if Rc::ptr_eq(cls, &vm.types.str) {
        return Ok(r);
    }
    let buf = s(vm, &r)?.buf().clone();
    Ok(vm.alloc_instance(cls, Payload::Str(PyStr::new(buf))))
}

/// The `sub[, start[, end]]` arguments of `find` and friends.
fn sub_bounds(
    vm: &Vm,
    name: &str,
    args: &Args<'_>,
    len: usize,
) -> PyResult<(ObjRef, usize, usize)> {
    let a = args.parse_tuple(vm, name, 1, 3)?;
    if a[0].as_str().is_none() {
        return Err(vm.type_error(format!("must be str, not {}", vm.arg_type_name(&a[0]))));
    }
    let (start, end) = super::list::search_bounds(vm, a, len)?;
    Ok((a[0].clone(), start, end))
}

/// `find`, `rfind`, `index`, `rindex`: the code point index of the match, if any.
fn search(
    vm: &Vm,
    o: &ObjRef,
    args: &Args<'_>,
    name: &str,
    right: bool,
) -> PyResult<Option<usize>> {
    let hay = s(vm, o)?;
    let (n, st, en) = sub_bounds(vm, name, args, hay.len())?;
    let n = s(vm, &n)?;
    Ok(search::find(hay, n, st, en, right))
}

fn m_find(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let r = search(vm, o, &args, "find", false)?;
    Ok(vm.new_int(r.map_or(-1, |p| p as i64)))
}

fn m_rfind(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let r = search(vm, o, &args, "rfind", true)?;
    Ok(vm.new_int(r.map_or(-1, |p| p as i64)))
}

fn m_index(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    match search(vm, o, &args, "index", false)? {
        Some(p) => Ok(vm.new_int(p as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn m_rindex(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    match search(vm, o, &args, "rindex", true)? {
        Some(p) => Ok(vm.new_int(p as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn m_count(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let hay = s(vm, o)?;
    let (n, st, en) = sub_bounds(vm, "count", &args, hay.len())?;
    Ok(vm.new_int(search::count(hay, s(vm, &n)?, st, en) as i64))
}

fn m_replace(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "replace", 2, 3)?;
    let hay = s(vm, o)?;
    let old = str_ref(vm, &a[0], "replace() argument 1")?;
    let new = str_ref(vm, &a[1], "replace() argument 2")?;
    let max = match a.get(2) {
        Some(m) => vm.index_isize(m)?,
        None => -1,
    };
    // `replace` in unicodeobject.c: nothing to replace leaves the string itself.
    let nothing = max == 0
        || std::rc::Rc::ptr_eq(&a[0], &a[1])
        || (!old.is_empty() && search::find(hay, old, 0, hay.len(), false).is_none());
    if nothing {
        return unchanged(vm, o);
    }
    if !old.is_empty() {
        return Ok(vm.new_str_buf(search::replace(hay, old, new, max)));
    }
    // An empty `old` inserts `new` before every code point and at the end.
    let (hay, new) = (hay.to_code_points(), new.to_code_points());
    let mut out = Vec::with_capacity(hay.len());
    let mut n = 0;
    for c in hay {
        if max < 0 || n < max {
            out.extend_from_slice(&new);
            n += 1;
        }
        out.push(c);
    }
    if max < 0 || n < max {
        out.extend_from_slice(&new);
    }
    Ok(from_cps(vm, &out))
}

fn m_join(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "join", 1)?;
    let sep = s(vm, o)?.buf().clone();
    let items = vm.collect_fast(&a[0], "can only join an iterable")?;
    let mut out = PyStrBuf::new();
    for (i, item) in items.iter().enumerate() {
        let Some(p) = item.as_str() else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                vm.type_name(item)
            )));
        };
        if i > 0 {
            out.extend(&sep);
        }
        out.extend(p.buf());
    }
    if items.len() == 1 && items[0].is_exact(&vm.types.str) {
        return Ok(items[0].clone());
    }
    Ok(vm.new_str_buf(out))
}

/// The ranges of the runs of non-space items of `v`, at most `max + 1` of them when
/// `max >= 0`: the last then runs to the end (from the start with `reverse`), keeping the
/// spaces inside and beyond it, as CPython's `split_whitespace` does.
fn split_whitespace<T: Copy>(
    v: &[T],
    space: impl Fn(T) -> bool,
    max: isize,
    reverse: bool,
) -> Vec<std::ops::Range<usize>> {
    let mut parts = Vec::new();
    let n = v.len();
    let full = |parts: &Vec<_>| max >= 0 && parts.len() as isize >= max;
    if !reverse {
        let mut i = 0;
        while i < n {
            while i < n && space(v[i]) {
                i += 1;
            }
            if i == n {
                break;
            }
            if full(&parts) {
                parts.push(i..n);
                break;
            }
            let start = i;
            while i < n && !space(v[i]) {
                i += 1;
            }
            parts.push(start..i);
        }
    } else {
        let mut i = n;
        while i > 0 {
            while i > 0 && space(v[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            if full(&parts) {
                parts.push(0..i);
                break;
            }
            let end = i;
            while i > 0 && !space(v[i - 1]) {
                i -= 1;
            }
            parts.push(i..end);
        }
        parts.reverse();
    }
    parts
}

fn split_impl(vm: &Vm, o: &ObjRef, args: Args<'_>, reverse: bool) -> PyResult {
    let name = if reverse { "rsplit" } else { "split" };
    let [sep, maxsplit] = args.bind(vm, name, ["sep", "maxsplit"], 0, 2, 0)?;
    let hay = s(vm, o)?;
    let max = match maxsplit {
        Some(m) => vm.index_isize(&m)?,
        None => -1,
    };
    let sep = sep.filter(|x| !vm.is_none(x));
    let sep_given = sep.is_some();
    let parts: Vec<PyStrBuf> = match sep {
        None if hay.is_ascii() => {
            let b = hay.as_bytes();
            split_whitespace(b, |c| is_space(u32::from(c)), max, reverse)
                .into_iter()
                .map(|r| PyStrBuf::from_latin1(&b[r]))
                .collect()
        }
        None => {
            let v = hay.to_code_points();
            split_whitespace(&v, is_space, max, reverse)
                .into_iter()
                .map(|r| buf_from_code_points(v[r].iter().copied()))
                .collect()
        }
        Some(sep) => {
            let Some(sep) = sep.as_str() else {
                return Err(
                    vm.type_error(format!("must be str or None, not {}", vm.type_name(&sep)))
                );
            };
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            search::split(hay, sep, max, reverse)
        }
    };
    // No split made: the list holds the string itself (stringlib's `split`), except for a
    // whitespace split stopped at once by `maxsplit=0`, which copies what follows the spaces.
    if let [only] = parts.as_slice()
        && only.as_bytes() == hay.as_bytes()
        && (sep_given || max != 0)
    {
        return Ok(vm.new_list(vec![unchanged(vm, o)?]));
    }
    let items = parts.into_iter().map(|p| vm.new_str_buf(p)).collect();
    Ok(vm.new_list(items))
}

fn m_split(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    split_impl(vm, o, args, false)
}

fn m_rsplit(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    split_impl(vm, o, args, true)
}

fn m_splitlines(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [keepends] = args.bind(vm, "splitlines", ["keepends"], 0, 1, 0)?;
    let keep = match keepends {
        Some(k) => vm.truthy(&k)?,
        None => false,
    };
    let v = cps(vm, o)?;
    let is_break = |c: u32| {
        matches!(
            c,
            0x0A | 0x0B | 0x0C | 0x0D | 0x1C | 0x1D | 0x1E | 0x85 | 0x2028 | 0x2029
        )
    };
    // No line break at all: the one line is the string itself (stringlib's `splitlines`).
    if !v.is_empty() && !v.iter().any(|&c| is_break(c)) {
        return Ok(vm.new_list(vec![unchanged(vm, o)?]));
    }
    let mut out = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < v.len() {
        if is_break(v[i]) {
            let mut end = i + 1;
            if v[i] == 0x0D && v.get(i + 1) == Some(&0x0A) {
                end += 1;
            }
            let line_end = if keep { end } else { i };
            out.push(from_cps(vm, &v[start..line_end]));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < v.len() {
        out.push(from_cps(vm, &v[start..]));
    }
    Ok(vm.new_list(out))
}

fn strip_impl(
    vm: &Vm,
    o: &ObjRef,
    args: Args<'_>,
    left: bool,
    right: bool,
    name: &str,
) -> PyResult {
    let a = args.range(vm, name, 0, 1)?;
    let hay = s(vm, o)?;
    let chars_obj = a.first().filter(|c| !vm.is_none(c));
    let ascii_chars = chars_obj.map_or(Some(None), |c| {
        c.as_str().filter(|c| c.is_ascii()).map(Some)
    });
    if hay.is_ascii()
        && let Some(chars) = ascii_chars
    {
        // ASCII text: strip bytes in place rather than copying out code points.
        let strip = |b: u8| match chars {
            Some(set) => set.as_bytes().contains(&b),
            None => is_space(u32::from(b)),
        };
        let bytes = hay.as_bytes();
        let (mut st, mut en) = (0, bytes.len());
        while left && st < en && strip(bytes[st]) {
            st += 1;
        }
        while right && en > st && strip(bytes[en - 1]) {
            en -= 1;
        }
        if st == 0 && en == bytes.len() && o.is_exact(&vm.types.str) {
            return Ok(o.clone());
        }
        return Ok(vm.new_str_buf(PyStrBuf::from_latin1(&bytes[st..en])));
    }
    let v = hay.to_code_points();
    let chars = match a.first().filter(|c| !vm.is_none(c)) {
        Some(c) => Some(
            str_arg(vm, c, &format!("{name} arg must be None or str"))
                .map_err(|_| vm.type_error(format!("{name} arg must be None or str")))?,
        ),
        None => None,
    };
    let strip = |c: u32| match &chars {
        Some(set) => set.contains(&c),
        None => is_space(c),
    };
    let mut st = 0;
    let mut en = v.len();
    if left {
        while st < en && strip(v[st]) {
            st += 1;
        }
    }
    if right {
        while en > st && strip(v[en - 1]) {
            en -= 1;
        }
    }
    if st == 0 && en == v.len() && o.is_exact(&vm.types.str) {
        return Ok(o.clone());
    }
    Ok(from_cps(vm, &v[st..en]))
}

fn m_strip(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    strip_impl(vm, o, args, true, true, "strip")
}

fn m_lstrip(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    strip_impl(vm, o, args, true, false, "lstrip")
}

fn m_rstrip(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    strip_impl(vm, o, args, false, true, "rstrip")
}

fn affix(vm: &Vm, o: &ObjRef, args: Args<'_>, name: &str, ends: bool) -> PyResult {
    let a = args.parse_tuple(vm, name, 1, 3)?;
    let hay = s(vm, o)?;
    let (st, en) = super::list::search_bounds(vm, a, hay.len())?;
    let options = match a[0].as_tuple() {
        Some(t) => t.to_vec(),
        None if a[0].as_str().is_some() => vec![a[0].clone()],
        None => {
            return Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(&a[0])
            )));
        }
    };
    for opt in options {
        let Some(p) = opt.as_str() else {
            return Err(vm.type_error(format!(
                "tuple for {name} must only contain str, not {}",
                vm.type_name(&opt)
            )));
        };
        if search::has_affix(hay, p, st, en, ends) {
            return Ok(vm.true_obj.clone());
        }
    }
    Ok(vm.false_obj.clone())
}

fn m_startswith(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    affix(vm, o, args, "startswith", false)
}

fn m_endswith(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    affix(vm, o, args, "endswith", true)
}

/// Maps each code point with `f(text, i, out)` (lone surrogates pass through).
fn map_case(vm: &Vm, o: &ObjRef, f: impl Fn(&[u32], usize, &mut String)) -> PyResult {
    let text: Vec<u32> = s(vm, o)?.code_points().collect();
    let mut out = PyStrBuf::new();
    let mut piece = String::new();
    for i in 0..text.len() {
        if char::from_u32(text[i]).is_none() {
            let _ = out.push_code_point(text[i]);
            continue;
        }
        piece.clear();
        f(&text, i, &mut piece);
        out.push_str(&piece);
    }
    Ok(vm.new_str_fresh(out))
}

fn ch(cp: u32) -> char {
    char::from_u32(cp).unwrap_or('\u{FFFD}')
}

/// An ASCII string mapped byte by byte with `f` (an ASCII letter's case maps are ASCII
/// letters, as in CPython's `ascii_upper_or_lower`); None for other text.
fn map_ascii(vm: &Vm, o: &ObjRef, f: fn(u8) -> u8) -> PyResult<Option<ObjRef>> {
    let text = s(vm, o)?;
    if !text.is_ascii() {
        return Ok(None);
    }
    let out: Vec<u8> = text.as_bytes().iter().map(|&b| f(b)).collect();
    let out = String::from_utf8(out).map_err(|_| vm.internal("ASCII case map left ASCII"))?;
    Ok(Some(vm.new_str_fresh(PyStrBuf::from(out))))
}

fn m_upper(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "upper", 0)?;
    if let Some(r) = map_ascii(vm, o, |b| b.to_ascii_uppercase())? {
        return Ok(r);
    }
    map_case(vm, o, |t, i, out| case::upper(ch(t[i]), out))
}

fn m_lower(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "lower", 0)?;
    if let Some(r) = map_ascii(vm, o, |b| b.to_ascii_lowercase())? {
        return Ok(r);
    }
    map_case(vm, o, case::lower_at)
}

fn m_casefold(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "casefold", 0)?;
    if let Some(r) = map_ascii(vm, o, |b| b.to_ascii_lowercase())? {
        return Ok(r);
    }
    map_case(vm, o, |t, i, out| case::fold(ch(t[i]), out))
}

fn m_swapcase(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "swapcase", 0)?;
    let swap = |b: u8| match b {
        b'a'..=b'z' => b.to_ascii_uppercase(),
        b'A'..=b'Z' => b.to_ascii_lowercase(),
        _ => b,
    };
    if let Some(r) = map_ascii(vm, o, swap)? {
        return Ok(r);
    }
    map_case(vm, o, |t, i, out| {
        let c = ch(t[i]);
        if case::is_upper(c) {
            case::lower_at(t, i, out);
        } else if case::is_lower(c) {
            case::upper(c, out);
        } else {
            out.push(c);
        }
    })
}

fn m_title(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "title", 0)?;
    let prev_cased = std::cell::Cell::new(false);
    map_case(vm, o, |t, i, out| {
        let c = ch(t[i]);
        if prev_cased.get() {
            case::lower_at(t, i, out);
        } else {
            case::title(c, out);
        }
        prev_cased.set(case::is_cased(c));
    })
}

fn m_capitalize(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "capitalize", 0)?;
    map_case(vm, o, |t, i, out| {
        if i == 0 {
            case::title(ch(t[i]), out);
        } else {
            case::lower_at(t, i, out);
        }
    })
}

macro_rules! char_test {
    ($name:ident, $test:expr, $empty:expr) => {
        fn $name(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
            args.exact(vm, stringify!($name), 0)?;
            let p = s(vm, o)?;
            if p.is_empty() {
                return Ok(vm.new_bool($empty));
            }
            let f: fn(char) -> bool = $test;
            Ok(vm.new_bool(p.code_points().all(|cp| char::from_u32(cp).is_some_and(f))))
        }
    };
}

char_test!(m_isdigit, unicode::is_digit, false);
char_test!(m_isdecimal, unicode::is_decimal, false);
char_test!(m_isnumeric, unicode::is_numeric, false);
char_test!(m_isalpha, unicode::is_alpha, false);
char_test!(m_isalnum, unicode::is_alnum, false);
char_test!(m_isspace, unicode::is_space, false);
char_test!(
    m_isprintable,
    |c| unicode::is_printable(c) || c == ' ',
    true
);
char_test!(m_isascii, |c| c.is_ascii(), true);

fn m_isupper(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "isupper", 0)?;
    let mut cased = false;
    for c in s(vm, o)?.code_points().filter_map(char::from_u32) {
        if case::is_lower(c) || case::is_title(c) {
            return Ok(vm.false_obj.clone());
        }
        cased |= case::is_upper(c);
    }
    Ok(vm.new_bool(cased))
}

fn m_islower(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "islower", 0)?;
    let mut cased = false;
    for c in s(vm, o)?.code_points().filter_map(char::from_u32) {
        if case::is_upper(c) || case::is_title(c) {
            return Ok(vm.false_obj.clone());
        }
        cased |= case::is_lower(c);
    }
    Ok(vm.new_bool(cased))
}

fn m_istitle(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "istitle", 0)?;
    let p = s(vm, o)?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in p.code_points().filter_map(char::from_u32) {
        if case::is_upper(c) || case::is_title(c) {
            if prev_cased {
                return Ok(vm.false_obj.clone());
            }
            prev_cased = true;
            cased = true;
        } else if case::is_lower(c) {
            if !prev_cased {
                return Ok(vm.false_obj.clone());
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(vm.new_bool(cased))
}

fn m_isidentifier(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "isidentifier", 0)?;
    let p = s(vm, o)?;
    Ok(vm.new_bool(p.as_str().is_some_and(unicode::is_identifier)))
}

fn fill_arg(vm: &Vm, a: &[ObjRef], i: usize) -> PyResult<u32> {
    match a.get(i) {
        None => Ok(u32::from(b' ')),
        Some(f) => match f.as_str() {
            Some(p) if p.len() == 1 => Ok(p.char_at(0)),
            Some(_) => Err(vm.type_error("The fill character must be exactly one character long")),
            None => Err(vm.type_error(format!(
                "The fill character must be a unicode character, not {}",
                vm.type_name(f)
            ))),
        },
    }
}

fn pad(vm: &Vm, o: &ObjRef, args: Args<'_>, name: &str, how: u8) -> PyResult {
    let a = args.range(vm, name, 1, 2)?;
    let width = vm.index_isize(&a[0])?;
    let fill = fill_arg(vm, a, 1)?;
    let v = cps(vm, o)?;
    let n = v.len() as isize;
    if width <= n {
        if o.is_exact(&vm.types.str) {
            return Ok(o.clone());
        }
        return Ok(from_cps(vm, &v));
    }
    crate::allocator::check_items(vm, width as usize, 4)?;
    let total = (width - n) as usize;
    let (left, right) = match how {
        b'l' => (0, total),
        b'r' => (total, 0),
        _ => {
            // `center`: the extra space goes left when the width and the length are both odd.
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&v);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(from_cps(vm, &out))
}

fn m_center(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    pad(vm, o, args, "center", b'c')
}

fn m_ljust(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    pad(vm, o, args, "ljust", b'l')
}

fn m_rjust(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    pad(vm, o, args, "rjust", b'r')
}

fn m_zfill(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "zfill", 1)?;
    let width = vm.index_isize(&a[0])?;
    let v = cps(vm, o)?;
    if width <= v.len() as isize {
        return unchanged(vm, o);
    }
    crate::allocator::check_items(vm, width as usize, 4)?;
    let fill = width as usize - v.len();
    let mut out = Vec::with_capacity(width as usize);
    let signed = matches!(v.first(), Some(&0x2B) | Some(&0x2D));
    if signed {
        out.push(v[0]);
    }
    out.extend(std::iter::repeat_n(u32::from(b'0'), fill));
    out.extend_from_slice(if signed { &v[1..] } else { &v });
    Ok(from_cps(vm, &out))
}

fn m_expandtabs(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [tabsize] = args.bind(vm, "expandtabs", ["tabsize"], 0, 1, 0)?;
    let size = match tabsize {
        Some(t) => vm.index_c_int(&t)? as isize,
        None => 8,
    };
    if !s(vm, o)?.as_bytes().contains(&b'\t') {
        return unchanged(vm, o);
    }
    let mut out = Vec::new();
    let mut col = 0usize;
    for cp in cps(vm, o)? {
        match cp {
            0x09 => {
                if size > 0 {
                    let n = size as usize - col % size as usize;
                    out.extend(std::iter::repeat_n(u32::from(b' '), n));
                    col += n;
                }
            }
            0x0A | 0x0D => {
                out.push(cp);
                col = 0;
            }
            _ => {
                out.push(cp);
                col += 1;
            }
        }
    }
    Ok(from_cps(vm, &out))
}

fn partition_impl(vm: &Vm, o: &ObjRef, args: Args<'_>, reverse: bool) -> PyResult {
    let name = if reverse { "rpartition" } else { "partition" };
    let a = args.exact(vm, name, 1)?;
    let hay = s(vm, o)?;
    let Some(sep) = a[0].as_str() else {
        return Err(vm.type_error(format!("must be str, not {}", vm.arg_type_name(&a[0]))));
    };
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let (bytes, needle) = (hay.as_bytes(), sep.as_bytes());
    let found = if reverse {
        memchr::memmem::rfind(bytes, needle)
    } else {
        memchr::memmem::find(bytes, needle)
    };
    // Not found: the string itself (CPython returns `str_obj` when it is an exact str).
    let whole = || unchanged(vm, o);
    let empty = vm.empty_str.clone();
    Ok(vm.new_tuple(match found {
        Some(p) => vec![
            vm.new_str_buf(search::sub_buf(&bytes[..p])),
            a[0].clone(),
            vm.new_str_buf(search::sub_buf(&bytes[p + needle.len()..])),
        ],
        None if reverse => vec![empty.clone(), empty, whole()?],
        None => vec![whole()?, empty.clone(), empty],
    }))
}

fn m_partition(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    partition_impl(vm, o, args, false)
}

fn m_rpartition(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    partition_impl(vm, o, args, true)
}

fn m_removeprefix(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "removeprefix", 1)?;
    let v = cps(vm, o)?;
    let p = str_arg(vm, &a[0], "removeprefix() argument")?;
    match v.strip_prefix(p.as_slice()) {
        Some(rest) if !p.is_empty() => Ok(from_cps(vm, rest)),
        _ => unchanged(vm, o),
    }
}

fn m_removesuffix(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "removesuffix", 1)?;
    let v = cps(vm, o)?;
    let p = str_arg(vm, &a[0], "removesuffix() argument")?;
    match v.strip_suffix(p.as_slice()) {
        Some(rest) if !p.is_empty() => Ok(from_cps(vm, rest)),
        _ => unchanged(vm, o),
    }
}

fn m_encode(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [encoding, errors] = args.bind(vm, "encode", ["encoding", "errors"], 0, 2, 0)?;
    let enc = super::bytes::codec_arg(
        vm,
        encoding.as_ref(),
        "encode() argument 'encoding'",
        "utf-8",
    )?;
    let err = super::bytes::codec_arg(vm, errors.as_ref(), "encode() argument 'errors'", "strict")?;
    Ok(vm.new_bytes(super::codecs::encode(vm, o, &enc, &err)?))
}

fn m_translate(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "translate", 1)?;
    let mut out = PyStrBuf::new();
    for cp in cps(vm, o)? {
        let key = vm.new_int(i64::from(cp));
        match vm.getitem(&a[0], &key) {
            Ok(v) if vm.is_none(&v) => {}
            Ok(v) => match (&v.payload, v.as_int()) {
                (Payload::Str(p), _) => out.extend(p.buf()),
                (_, Some(i)) => match i.as_i64().filter(|x| (0..=0x10FFFF).contains(x)) {
                    Some(x) => {
                        let _ = out.push_code_point(x as u32);
                    }
                    None => {
                        return Err(vm.value_error("character mapping must be in range(0x110000)"));
                    }
                },
                _ => {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            },
            Err(e) if vm.err_matches(&e, &vm.exc.lookup_error) => {
                let _ = out.push_code_point(cp);
            }
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_str_buf(out))
}

fn m_maketrans(vm: &Vm, _ty: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "maketrans", 1, 3)?;
    let d = vm.new_dict();
    if a.len() == 1 {
        if a[0].as_dict().is_none() {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        }
        for (k, v) in vm.dict_items(&a[0]) {
            let key = match k.as_str() {
                Some(p) if p.len() == 1 => vm.new_int(i64::from(p.char_at(0))),
                Some(_) => {
                    return Err(
                        vm.value_error("string keys in translate table must be of length 1")
                    );
                }
                // `PyLong_Check`: any int (a bool too) is a key as it is.
                None if k.as_int().is_some() => k,
                None => {
                    return Err(
                        vm.type_error("keys in translate table must be strings or integers")
                    );
                }
            };
            vm.dict_set(&d, key, v)?;
        }
        return Ok(d);
    }
    let x = str_arg(vm, &a[0], "maketrans() argument 1")?;
    let y = str_arg(vm, &a[1], "maketrans() argument 2")?;
    if x.len() != y.len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (cx, cy) in x.iter().zip(&y) {
        vm.dict_set(&d, vm.new_int(i64::from(*cx)), vm.new_int(i64::from(*cy)))?;
    }
    if let Some(z) = a.get(2) {
        for c in str_arg(vm, z, "maketrans() argument 3")? {
            vm.dict_set(&d, vm.new_int(i64::from(c)), vm.none.clone())?;
        }
    }
    Ok(d)
}

fn m_format(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    crate::format::str_format(vm, o, args)
}

fn m_format_map(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "format_map", 1)?;
    crate::format::str_format_map(vm, o, &a[0])
}

fn m_dunder_format(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "__format__", 1)?;
    let Some(spec) = a[0].as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.arg_type_name(&a[0])
        )));
    };
    let text = crate::format::format_str(vm, o, &spec.to_string_lossy())?;
    Ok(text)
}

fn m_getnewargs(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__getnewargs__", 0)?;
    Ok(vm.new_tuple(vec![vm.new_str_buf(s(vm, o)?.buf().clone())]))
}

/// Fills `str`'s namespace and slots.
pub fn init(vm: &Vm) {
    let t = &vm.types.str;
    let mut s = Slots {
        repr: Slot::Native(str_repr),
        str: Slot::Native(str_str),
        hash: Slot::Native(str_hash),
        len: Slot::Native(str_len),
        richcompare: Slot::Native(str_richcompare),
        getitem: Slot::Native(str_getitem),
        contains: Slot::Native(str_contains),
        iter: Slot::Native(str_iter),
        new: Slot::Native(str_new),
        sq_concat: Slot::Native(str_concat),
        sq_repeat: Slot::Native(str_repeat),
        ..Slots::default()
    };
    s.nb[NbOp::Mod as usize] = NbSlot::Native(str_mod, Rc::as_ptr(t) as usize);
    vm.add_methods(
        t,
        &[
            ("find", m_find),
            ("rfind", m_rfind),
            ("index", m_index),
            ("rindex", m_rindex),
            ("count", m_count),
            ("replace", m_replace),
            ("join", m_join),
            ("split", m_split),
            ("rsplit", m_rsplit),
            ("splitlines", m_splitlines),
            ("strip", m_strip),
            ("lstrip", m_lstrip),
            ("rstrip", m_rstrip),
            ("startswith", m_startswith),
            ("endswith", m_endswith),
            ("upper", m_upper),
            ("lower", m_lower),
            ("casefold", m_casefold),
            ("swapcase", m_swapcase),
            ("title", m_title),
            ("capitalize", m_capitalize),
            ("isdigit", m_isdigit),
            ("isdecimal", m_isdecimal),
            ("isnumeric", m_isnumeric),
            ("isalpha", m_isalpha),
            ("isalnum", m_isalnum),
            ("isspace", m_isspace),
            ("isprintable", m_isprintable),
            ("isascii", m_isascii),
            ("isupper", m_isupper),
            ("islower", m_islower),
            ("istitle", m_istitle),
            ("isidentifier", m_isidentifier),
            ("center", m_center),
            ("ljust", m_ljust),
            ("rjust", m_rjust),
            ("zfill", m_zfill),
            ("expandtabs", m_expandtabs),
            ("partition", m_partition),
            ("rpartition", m_rpartition),
            ("removeprefix", m_removeprefix),
            ("removesuffix", m_removesuffix),
            ("encode", m_encode),
            ("translate", m_translate),
            ("format", m_format),
            ("format_map", m_format_map),
            ("__format__", m_dunder_format),
            ("__getnewargs__", m_getnewargs),
        ],
    );
    vm.add_staticmethod(t, "maketrans", m_maketrans);
    crate::object::slot_resolve::install_static(vm, t, s);
}
