//! The sort behind `list.sort()` and `sorted()`: CPython's timsort (`listsort.txt`), run over a
//! permutation of indices so that sorting moves integers rather than references. It makes
//! CPython's comparisons in CPython's order, so a `__lt__` that counts, prints or answers
//! inconsistently (a NaN) sees and gives the same as under CPython.
//!
//! Like CPython's `list.sort` (`unsafe_long_compare`, `unsafe_float_compare`,
//! `unsafe_latin_compare` in `listobject.c`), keys that are all exact ints fitting a machine
//! word, all exact floats, or all exact strings are compared natively: their `<` runs no Python
//! code, so the result is the same and nothing observable differs.

use std::cell::Cell;

use crate::object::slots::CompareOp;
use crate::object::{ObjRef, PyErr, PyResult};
use crate::runtime::Vm;
use crate::types::int::Int;

/// What the sort failed with, and the items in the partially sorted order they were left in.
pub type SortFail = (PyErr, Vec<ObjRef>);

/// How two keys are compared.
enum Keys<'k> {
    /// Every key an exact `int` fitting an `i64`.
    Ints(Vec<i64>),
    /// Every key an exact `float`.
    Floats(Vec<f64>),
    /// Every key an exact `str`: UTF-8 byte order is code point order.
    Strs(Vec<&'k [u8]>),
    /// Anything else: the `<` operator.
    Any(&'k [ObjRef]),
}

impl<'k> Keys<'k> {
    /// The cheapest comparison that gives `<`'s answers for `keys`.
    fn classify(vm: &Vm, keys: &'k [ObjRef]) -> Keys<'k> {
        let Some(first) = keys.first() else {
            return Keys::Any(keys);
        };
        let all = |t: &ObjRef| keys.iter().all(|k| k.is_exact(t));
        if first.is_exact(&vm.types.int) && all(&vm.types.int) {
            let ints: Option<Vec<i64>> = keys
                .iter()
                .map(|k| match k.as_int() {
                    Some(Int::Small(v)) => Some(*v),
                    _ => None,
                })
                .collect();
            if let Some(ints) = ints {
                return Keys::Ints(ints);
            }
        } else if first.is_exact(&vm.types.float) && all(&vm.types.float) {
            let floats: Option<Vec<f64>> = keys.iter().map(|k| k.as_float()).collect();
            if let Some(floats) = floats {
                return Keys::Floats(floats);
            }
        } else if first.is_exact(&vm.types.str) && all(&vm.types.str) {
            let strs: Option<Vec<&[u8]>> = keys
                .iter()
                .map(|k| k.as_str().map(|s| s.as_bytes()))
                .collect();
            if let Some(strs) = strs {
                return Keys::Strs(strs);
            }
        }
        Keys::Any(keys)
    }
}

/// `MIN_GALLOP`: how many wins in a row switch a merge to galloping.
const MIN_GALLOP: usize = 7;

/// A run waiting to be merged (`s_slice` of `listobject.c`), with its powersort power.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// How a merge ended: done, with the one element left to place at the end (`CopyB` of
/// `merge_lo`, `CopyA` of `merge_hi`), or failed.
enum MergeEnd {
    Done,
    CopyLast,
    Fail(PyErr),
}

/// The sorting state (`MergeState`): the keys, the comparison to use and the adaptive gallop
/// threshold.
struct Sorter<'v, 'a, 'k> {
    vm: &'v Vm<'a>,
    keys: Keys<'k>,
    min_gallop: Cell<usize>,
}

impl Sorter<'_, '_, '_> {
    /// Whether key `a` sorts before key `b`.
    #[inline]
    fn less(&self, a: u32, b: u32) -> PyResult<bool> {
        let (a, b) = (a as usize, b as usize);
        Ok(match &self.keys {
            Keys::Ints(v) => v[a] < v[b],
            Keys::Floats(v) => v[a] < v[b],
            Keys::Strs(v) => v[a] < v[b],
            Keys::Any(v) => return self.vm.compare_bool(&v[a], &v[b], CompareOp::Lt),
        })
    }

    /// Timsort of the index permutation `v`, making the comparisons CPython 3.11's
    /// `list.sort` makes, in the same order: natural runs extended to `minrun` by binary
    /// insertion, merged by the powersort rule, with galloping merges.
    fn sort(&self, v: &mut [u32]) -> PyResult<()> {
        let n = v.len();
        if n < 2 {
            return Ok(());
        }
        let minrun = compute_minrun(n);
        let mut runs: Vec<Run> = Vec::new();
        let mut tmp: Vec<u32> = Vec::new();
        let (mut lo, mut remaining) = (0, n);
        while remaining > 0 {
            let (mut len, descending) = self.count_run(&v[lo..lo + remaining])?;
            if descending {
                v[lo..lo + len].reverse();
            }
            if len < minrun {
                let force = remaining.min(minrun);
                self.binary_insertion(&mut v[lo..lo + force], len)?;
                len = force;
            }
            self.found_new_run(v, &mut runs, &mut tmp, len, n)?;
            runs.push(Run {
                base: lo,
                len,
                power: 0,
            });
            lo += len;
            remaining -= len;
        }
        // `merge_force_collapse`.
        while runs.len() > 1 {
            let mut i = runs.len() - 2;
            if i > 0 && runs[i - 1].len < runs[i + 1].len {
                i -= 1;
            }
            self.merge_at(v, &mut runs, &mut tmp, i)?;
        }
        Ok(())
    }

    /// `found_new_run`: before a run of length `n2` is pushed, merges the runs on the stack
    /// whose power is above the top run's.
    fn found_new_run(
        &self,
        v: &mut [u32],
        runs: &mut Vec<Run>,
        tmp: &mut Vec<u32>,
        n2: usize,
        n: usize,
    ) -> PyResult<()> {
        let Some(top) = runs.last() else {
            return Ok(());
        };
        let power = powerloop(top.base, top.len, n2, n);
        while runs.len() > 1 && runs[runs.len() - 2].power > power {
            let i = runs.len() - 2;
            self.merge_at(v, runs, tmp, i)?;
        }
        if let Some(top) = runs.last_mut() {
            top.power = power;
        }
        Ok(())
    }

    /// `merge_at`: merges runs `i` and `i + 1` of the stack.
    fn merge_at(
        &self,
        v: &mut [u32],
        runs: &mut Vec<Run>,
        tmp: &mut Vec<u32>,
        i: usize,
    ) -> PyResult<()> {
        let (a, b) = (runs[i], runs[i + 1]);
        runs[i].len = a.len + b.len;
        if i + 3 == runs.len() {
            runs[i + 1] = runs[i + 2];
        }
        runs.pop();
        // Elements of A before where B's first goes are in place already.
        let k = self.gallop_right(v[b.base], &v[a.base..a.base + a.len], 0)?;
        let (base, na) = (a.base + k, a.len - k);
        if na == 0 {
            return Ok(());
        }
        // So are elements of B after where A's last goes.
        let nb = self.gallop_left(v[base + na - 1], &v[b.base..b.base + b.len], b.len - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(v, tmp, base, na, nb)
        } else {
            self.merge_hi(v, tmp, base, na, nb)
        }
    }

    /// `merge_lo`: merges A = `v[base..base+na]` with the B after it, A (the shorter) copied
    /// out, filling from the left.
    fn merge_lo(
        &self,
        v: &mut [u32],
        tmp: &mut Vec<u32>,
        base: usize,
        mut na: usize,
        mut nb: usize,
    ) -> PyResult<()> {
        tmp.clear();
        tmp.extend_from_slice(&v[base..base + na]);
        let (mut dest, mut pa, mut pb) = (base, 0, base + na);
        v[dest] = v[pb];
        dest += 1;
        pb += 1;
        nb -= 1;
        let end = 'merge: {
            if nb == 0 {
                break 'merge MergeEnd::Done;
            }
            if na == 1 {
                break 'merge MergeEnd::CopyLast;
            }
            let mut min_gallop = self.min_gallop.get();
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    match self.less(v[pb], tmp[pa]) {
                        Err(e) => break 'merge MergeEnd::Fail(e),
                        Ok(true) => {
                            v[dest] = v[pb];
                            dest += 1;
                            pb += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'merge MergeEnd::Done;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            v[dest] = tmp[pa];
                            dest += 1;
                            pa += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                break 'merge MergeEnd::CopyLast;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop.set(min_gallop);
                    let k = match self.gallop_right(v[pb], &tmp[pa..pa + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge MergeEnd::Fail(e),
                    };
                    acount = k;
                    if k > 0 {
                        v[dest..dest + k].copy_from_slice(&tmp[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            break 'merge MergeEnd::CopyLast;
                        }
                        // Impossible with a consistent `<`, which cannot be assumed.
                        if na == 0 {
                            break 'merge MergeEnd::Done;
                        }
                    }
                    v[dest] = v[pb];
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge MergeEnd::Done;
                    }
                    let k = match self.gallop_left(tmp[pa], &v[pb..pb + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge MergeEnd::Fail(e),
                    };
                    bcount = k;
                    if k > 0 {
                        v.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge MergeEnd::Done;
                        }
                    }
                    v[dest] = tmp[pa];
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge MergeEnd::CopyLast;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                // Leaving galloping mode is penalised.
                min_gallop += 1;
                self.min_gallop.set(min_gallop);
            }
        };
        match end {
            MergeEnd::CopyLast => {
                // A's last element belongs at the end of the merge.
                v.copy_within(pb..pb + nb, dest);
                v[dest + nb] = tmp[pa];
                Ok(())
            }
            MergeEnd::Done => {
                v[dest..dest + na].copy_from_slice(&tmp[pa..pa + na]);
                Ok(())
            }
            MergeEnd::Fail(e) => {
                v[dest..dest + na].copy_from_slice(&tmp[pa..pa + na]);
                Err(e)
            }
        }
    }

    /// `merge_hi`: merges A = `v[base..base+na]` with the B after it, B (the shorter) copied
    /// out, filling from the right. Positions are signed: they may step one below the start.
    fn merge_hi(
        &self,
        v: &mut [u32],
        tmp: &mut Vec<u32>,
        base: usize,
        mut na: usize,
        mut nb: usize,
    ) -> PyResult<()> {
        let base_b = base + na;
        tmp.clear();
        tmp.extend_from_slice(&v[base_b..base_b + nb]);
        let at = |i: isize| i as usize;
        let mut dest = (base_b + nb - 1) as isize;
        let mut pa = (base + na - 1) as isize;
        let mut pb = nb as isize - 1;
        v[at(dest)] = v[at(pa)];
        dest -= 1;
        pa -= 1;
        na -= 1;
        let end = 'merge: {
            if na == 0 {
                break 'merge MergeEnd::Done;
            }
            if nb == 1 {
                break 'merge MergeEnd::CopyLast;
            }
            let mut min_gallop = self.min_gallop.get();
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    match self.less(tmp[at(pb)], v[at(pa)]) {
                        Err(e) => break 'merge MergeEnd::Fail(e),
                        Ok(true) => {
                            v[at(dest)] = v[at(pa)];
                            dest -= 1;
                            pa -= 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'merge MergeEnd::Done;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            v[at(dest)] = tmp[at(pb)];
                            dest -= 1;
                            pb -= 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                break 'merge MergeEnd::CopyLast;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop.set(min_gallop);
                    let k = match self.gallop_right(tmp[at(pb)], &v[base..base + na], na - 1) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge MergeEnd::Fail(e),
                    };
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pa -= k as isize;
                        v.copy_within(at(pa + 1)..at(pa + 1) + k, at(dest + 1));
                        na -= k;
                        if na == 0 {
                            break 'merge MergeEnd::Done;
                        }
                    }
                    v[at(dest)] = tmp[at(pb)];
                    dest -= 1;
                    pb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'merge MergeEnd::CopyLast;
                    }
                    let k = match self.gallop_left(v[at(pa)], &tmp[..nb], nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge MergeEnd::Fail(e),
                    };
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pb -= k as isize;
                        v[at(dest + 1)..at(dest + 1) + k]
                            .copy_from_slice(&tmp[at(pb + 1)..at(pb + 1) + k]);
                        nb -= k;
                        if nb == 1 {
                            break 'merge MergeEnd::CopyLast;
                        }
                        // Impossible with a consistent `<`, which cannot be assumed.
                        if nb == 0 {
                            break 'merge MergeEnd::Done;
                        }
                    }
                    v[at(dest)] = v[at(pa)];
                    dest -= 1;
                    pa -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'merge MergeEnd::Done;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                // Leaving galloping mode is penalised.
                min_gallop += 1;
                self.min_gallop.set(min_gallop);
            }
        };
        let restore_b = |v: &mut [u32], nb: usize| {
            if nb > 0 {
                let start = at(dest + 1 - nb as isize);
                v[start..start + nb].copy_from_slice(&tmp[..nb]);
            }
        };
        match end {
            MergeEnd::CopyLast => {
                // B's first element belongs at the front of the merge.
                let from = at(pa + 1 - na as isize);
                let to = at(dest + 1 - na as isize);
                v.copy_within(from..from + na, to);
                v[to - 1] = tmp[at(pb)];
                Ok(())
            }
            MergeEnd::Done => {
                restore_b(v, nb);
                Ok(())
            }
            MergeEnd::Fail(e) => {
                restore_b(v, nb);
                Err(e)
            }
        }
    }

    /// `gallop_left`: where `key` goes in the sorted `a`, before any equal elements,
    /// searching out from `hint`.
    fn gallop_left(&self, key: u32, a: &[u32], hint: usize) -> PyResult<usize> {
        let n = a.len();
        let (mut lastofs, mut ofs): (isize, isize);
        if self.less(a[hint], key)? {
            // a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
            let maxofs = (n - hint) as isize;
            (lastofs, ofs) = (0, 1);
            while ofs < maxofs {
                if self.less(a[hint + ofs as usize], key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            lastofs += hint as isize;
            ofs += hint as isize;
        } else {
            // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
            let maxofs = hint as isize + 1;
            (lastofs, ofs) = (0, 1);
            while ofs < maxofs {
                if self.less(a[hint - ofs as usize], key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            (lastofs, ofs) = (hint as isize - ofs, hint as isize - lastofs);
        }
        // a[lastofs] < key <= a[ofs]: binary search in between.
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.less(a[m as usize], key)? {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        Ok(ofs as usize)
    }

    /// `gallop_right`: where `key` goes in the sorted `a`, after any equal elements,
    /// searching out from `hint`.
    fn gallop_right(&self, key: u32, a: &[u32], hint: usize) -> PyResult<usize> {
        let n = a.len();
        let (mut lastofs, mut ofs): (isize, isize);
        if self.less(key, a[hint])? {
            // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
            let maxofs = hint as isize + 1;
            (lastofs, ofs) = (0, 1);
            while ofs < maxofs {
                if self.less(key, a[hint - ofs as usize])? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            (lastofs, ofs) = (hint as isize - ofs, hint as isize - lastofs);
        } else {
            // a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
            let maxofs = (n - hint) as isize;
            (lastofs, ofs) = (0, 1);
            while ofs < maxofs {
                if self.less(key, a[hint + ofs as usize])? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lastofs += hint as isize;
            ofs += hint as isize;
        }
        // a[lastofs] <= key < a[ofs]: binary search in between.
        lastofs += 1;
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1);
            if self.less(key, a[m as usize])? {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        Ok(ofs as usize)
    }

    /// `count_run`: the length of the run at the start of `v` and whether it is strictly
    /// descending (the caller reverses it).
    fn count_run(&self, v: &[u32]) -> PyResult<(usize, bool)> {
        let n = v.len();
        if n == 1 {
            return Ok((1, false));
        }
        let mut k = 2;
        if self.less(v[1], v[0])? {
            while k < n && self.less(v[k], v[k - 1])? {
                k += 1;
            }
            return Ok((k, true));
        }
        while k < n && !self.less(v[k], v[k - 1])? {
            k += 1;
        }
        Ok((k, false))
    }

    /// `binarysort`: inserts items `start..` into the sorted prefix, after equal keys.
    fn binary_insertion(&self, v: &mut [u32], start: usize) -> PyResult<()> {
        for i in start.max(1)..v.len() {
            let (mut lo, mut hi) = (0, i);
            while lo < hi {
                let mid = lo + ((hi - lo) >> 1);
                if self.less(v[i], v[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            v[lo..=i].rotate_right(1);
        }
        Ok(())
    }
}

/// `merge_compute_minrun`: `n` itself below 64, else a length in 32..=64 that splits `n`
/// into a power of two runs or a little under.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// `powerloop`: the powersort power of the run at `s1` of length `n1` followed by one of
/// length `n2`, in a list of `n`: the first bit where the binary expansions of the runs'
/// midpoints (as fractions of `n`) differ.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let n = n as u128;
    // Twice the midpoints, so that they are integers.
    let mut a = (2 * s1 + n1) as u128;
    let mut b = a + (n1 + n2) as u128;
    let mut result = 0;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// Sorts `items` stably by `key` (or themselves), comparing with `<`; on error returns the
/// items in their partially sorted state.
pub fn sort_items(
    vm: &Vm,
    items: Vec<ObjRef>,
    key: Option<&ObjRef>,
    reverse: bool,
) -> Result<Vec<ObjRef>, SortFail> {
    let Ok(n) = u32::try_from(items.len()) else {
        return Err((vm.error_noargs(&vm.exc.memory_error), items));
    };
    let keys = match key {
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for it in &items {
                match vm.call_pos(f, std::slice::from_ref(it)) {
                    Ok(k) => keys.push(k),
                    Err(e) => return Err((e, items)),
                }
            }
            Some(keys)
        }
        None => None,
    };
    let sorter = Sorter {
        vm,
        keys: Keys::classify(vm, keys.as_deref().unwrap_or(&items)),
        min_gallop: Cell::new(MIN_GALLOP),
    };
    let mut order: Vec<u32> = (0..n).collect();
    // Reversing keeps stability by reversing before and after, as CPython does.
    if reverse {
        order.reverse();
    }
    let r = sorter.sort(&mut order);
    if reverse {
        order.reverse();
    }
    drop(sorter);
    let mut slots: Vec<Option<ObjRef>> = items.into_iter().map(Some).collect();
    let out: Vec<ObjRef> = order
        .iter()
        .filter_map(|&i| slots[i as usize].take())
        .collect();
    // The keys are released after the items are back in order, as CPython's `keylist` is.
    drop(keys);
    match r {
        Ok(()) => Ok(out),
        Err(e) => Err((e, out)),
    }
}
