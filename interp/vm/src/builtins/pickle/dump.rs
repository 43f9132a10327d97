//! The native pickler of plain data: `None`, bools, ints, floats, `str`, `bytes`,
//! `bytearray`, and tuples, lists, dicts, sets and frozensets of them, written exactly as
//! Modules/_pickle.c writes them (its opcodes, memo, batches of 1000 and protocol 4 frames).
//! Any other object (or a protocol this does not cover) gives up the whole dump, which the
//! module then runs in `pickle`'s Python pickler: nothing observable happens before that,
//! since plain data runs no Python code while it is written.

use std::collections::HashMap;

use super::op;
use crate::object::{ObjRef, Payload, PyErr};
use crate::runtime::Vm;
use crate::types::int::Int;

/// `BATCHSIZE`: items per `APPENDS`/`SETITEMS`/`ADDITEMS`.
const BATCH: usize = 1000;
/// `FRAME_SIZE_TARGET`: a frame is closed at the first opcode boundary past this size, and
/// data this long is written outside frames.
const FRAME_TARGET: usize = 64 * 1024;
/// `FRAME_SIZE_MIN`: a shorter frame gets no `FRAME` header.
const FRAME_MIN: usize = 4;
/// `FRAME_HEADER_SIZE`.
const FRAME_HEADER: usize = 9;

/// Why a dump stopped.
pub enum Stop {
    /// Something the native pickler does not write: the Python pickler must.
    Unsupported,
    /// An error the C pickler raises as well (the recursion limit).
    Error(PyErr),
}

type Step = Result<(), Stop>;

/// The pickler's state (`PicklerObject` for `dumps`).
struct Pickler<'a, 'v> {
    vm: &'a Vm<'v>,
    proto: u8,
    out: Vec<u8>,
    framing: bool,
    /// Where the open frame's header is reserved (`frame_start`).
    frame_start: Option<usize>,
    /// Memo: object address to memo index.
    memo: HashMap<usize, u32>,
}

/// `pickle.dumps(obj, protocol)` for plain data, protocols 0 to 5.
pub fn dumps(vm: &Vm, obj: &ObjRef, proto: u8) -> Result<Vec<u8>, Stop> {
    if proto > 5 {
        return Err(Stop::Unsupported);
    }
    let mut p = Pickler {
        vm,
        proto,
        out: Vec::with_capacity(256),
        framing: false,
        frame_start: None,
        memo: HashMap::new(),
    };
    if proto >= 2 {
        p.write(&[op::PROTO, proto]);
        p.framing = proto >= 4;
    }
    p.save(obj)?;
    p.write(&[op::STOP]);
    p.commit_frame();
    Ok(p.out)
}

fn addr(o: &ObjRef) -> usize {
    std::rc::Rc::as_ptr(o) as *const u8 as usize
}

impl Pickler<'_, '_> {
    /// `_Pickler_Write`: a new frame starts with the first write after one closed.
    fn write(&mut self, data: &[u8]) {
        if self.framing && self.frame_start.is_none() {
            self.frame_start = Some(self.out.len());
            self.out.extend_from_slice(&[0xFE; FRAME_HEADER]);
        }
        self.out.extend_from_slice(data);
    }

    /// `_Pickler_CommitFrame`.
    fn commit_frame(&mut self) {
        let Some(start) = self.frame_start.take() else {
            return;
        };
        let len = self.out.len() - start - FRAME_HEADER;
        if len >= FRAME_MIN {
            self.out[start] = op::FRAME;
            self.out[start + 1..start + FRAME_HEADER].copy_from_slice(&(len as u64).to_le_bytes());
        } else {
            self.out.drain(start..start + FRAME_HEADER);
        }
    }

    /// `_Pickler_OpcodeBoundary`.
    fn boundary(&mut self) {
        if let Some(start) = self.frame_start
            && self.out.len() - start - FRAME_HEADER >= FRAME_TARGET
        {
            self.commit_frame();
        }
    }

    /// `_Pickler_write_bytes`: large data goes outside frames.
    fn write_bytes(&mut self, header: &[u8], data: &[u8]) {
        let bypass = data.len() >= FRAME_TARGET;
        let framing = self.framing;
        if bypass {
            self.commit_frame();
            self.framing = false;
        }
        self.write(header);
        self.write(data);
        self.framing = framing;
    }

    /// Binary protocols (1 and up; `self->bin`).
    fn bin(&self) -> bool {
        self.proto > 0
    }

    /// `memo_put`.
    fn memo_put(&mut self, o: &ObjRef) {
        let idx = self.memo.len() as u32;
        self.memo.insert(addr(o), idx);
        if self.proto >= 4 {
            self.write(&[op::MEMOIZE]);
        } else if !self.bin() {
            self.write(format!("p{idx}\n").as_bytes());
        } else if idx < 256 {
            self.write(&[op::BINPUT, idx as u8]);
        } else {
            let mut b = vec![op::LONG_BINPUT];
            b.extend_from_slice(&idx.to_le_bytes());
            self.write(&b);
        }
    }

    /// `memo_get` of an object known to be in the memo.
    fn memo_get(&mut self, idx: u32) {
        if !self.bin() {
            self.write(format!("g{idx}\n").as_bytes());
        } else if idx < 256 {
            self.write(&[op::BINGET, idx as u8]);
        } else {
            let mut b = vec![op::LONG_BINGET];
            b.extend_from_slice(&idx.to_le_bytes());
            self.write(&b);
        }
    }

    fn recursion<T>(&mut self, f: impl FnOnce(&mut Self) -> Result<T, Stop>) -> Result<T, Stop> {
        self.vm
            .enter_recursion(" while pickling an object")
            .map_err(Stop::Error)?;
        let r = f(self);
        self.vm.leave_recursion();
        r
    }

    /// `save`.
    fn save(&mut self, o: &ObjRef) -> Step {
        self.boundary();
        let vm = self.vm;
        if vm.is_none(o) {
            self.write(&[op::NONE]);
            return Ok(());
        }
        if std::rc::Rc::ptr_eq(o, &vm.true_obj) || std::rc::Rc::ptr_eq(o, &vm.false_obj) {
            let truth = std::rc::Rc::ptr_eq(o, &vm.true_obj);
            // Before protocol 2, bools are the ints `I01`/`I00`.
            match (self.proto >= 2, truth) {
                (true, true) => self.write(&[op::NEWTRUE]),
                (true, false) => self.write(&[op::NEWFALSE]),
                (false, true) => self.write(b"I01\n"),
                (false, false) => self.write(b"I00\n"),
            }
            return Ok(());
        }
        if o.is_exact(&vm.types.int) {
            return self.save_long(o.as_int().ok_or(Stop::Unsupported)?);
        }
        if o.is_exact(&vm.types.float) {
            let x = o.as_float().ok_or(Stop::Unsupported)?;
            if self.bin() {
                let mut b = vec![op::BINFLOAT];
                b.extend_from_slice(&x.to_be_bytes());
                self.write(&b);
            } else {
                let text = crate::types::float_repr::repr(x);
                self.write(format!("F{text}\n").as_bytes());
            }
            return Ok(());
        }
        if let Some(&idx) = self.memo.get(&addr(o)) {
            self.memo_get(idx);
            return Ok(());
        }
        if o.is_exact(&vm.types.bytes) {
            return self.save_bytes(o);
        }
        if o.is_exact(&vm.types.str) {
            return self.save_str(o);
        }
        let t = &vm.types;
        let container = [
            &t.dict,
            &t.set,
            &t.frozenset,
            &t.list,
            &t.tuple,
            &t.bytearray,
        ]
        .iter()
        .any(|c| o.is_exact(c));
        if !container {
            return Err(Stop::Unsupported);
        }
        self.recursion(|p| match &o.payload {
            Payload::Dict(_) => p.save_dict(o),
            Payload::Set(_) => p.save_set(o),
            Payload::FrozenSet(_) => p.save_frozenset(o),
            Payload::List(_) => p.save_list(o),
            Payload::Tuple(items) => p.save_tuple(o, items),
            Payload::ByteArray(b) if p.proto >= 5 => {
                let data = b.data.borrow().clone();
                let mut h = vec![op::BYTEARRAY8];
                h.extend_from_slice(&(data.len() as u64).to_le_bytes());
                p.write_bytes(&h, &data);
                p.memo_put(o);
                Ok(())
            }
            _ => Err(Stop::Unsupported),
        })
    }

    /// `save_long`.
    fn save_long(&mut self, i: &Int) -> Step {
        if let Some(v) = i.as_i64()
            && let Ok(v) = i32::try_from(v)
        {
            if !self.bin() {
                self.write(format!("I{v}\n").as_bytes());
                return Ok(());
            }
            let b = v.to_le_bytes();
            if b[3] != 0 || b[2] != 0 {
                self.write(&[op::BININT, b[0], b[1], b[2], b[3]]);
            } else if b[1] != 0 {
                self.write(&[op::BININT2, b[0], b[1]]);
            } else {
                self.write(&[op::BININT1, b[0]]);
            }
            return Ok(());
        }
        if self.proto < 2 {
            // `L<repr>L\n`, the Python 2 long.
            self.write(format!("L{}L\n", i.to_bigint()).as_bytes());
            return Ok(());
        }
        // The shortest two's-complement bytes, as the C pickler's sizing and trimming give.
        let data = i.to_bigint().to_signed_bytes_le();
        if data.len() < 256 {
            self.write(&[op::LONG1, data.len() as u8]);
        } else {
            let n = u32::try_from(data.len()).map_err(|_| Stop::Unsupported)?;
            let mut h = vec![op::LONG4];
            h.extend_from_slice(&n.to_le_bytes());
            self.write(&h);
        }
        self.write(&data);
        Ok(())
    }

    /// `save_bytes` (protocol 3 and up; older ones reduce through `codecs.encode`).
    fn save_bytes(&mut self, o: &ObjRef) -> Step {
        if self.proto < 3 {
            return Err(Stop::Unsupported);
        }
        let data = o.as_bytes().ok_or(Stop::Unsupported)?;
        let header = sized_header(
            data.len(),
            self.proto,
            op::SHORT_BINBYTES,
            op::BINBYTES,
            op::BINBYTES8,
            true,
        )?;
        self.write_bytes(&header, data);
        self.memo_put(o);
        Ok(())
    }

    /// `save_unicode` in binary protocols (`write_unicode_binary`): UTF-8 with lone
    /// surrogates kept (`surrogatepass`), which is how a `str` is held here.
    fn save_str(&mut self, o: &ObjRef) -> Step {
        let s = o.as_str().ok_or(Stop::Unsupported)?;
        if !self.bin() {
            let mut text = vec![op::UNICODE];
            raw_unicode_escape(s, &mut text);
            text.push(b'\n');
            self.write(&text);
            self.memo_put(o);
            return Ok(());
        }
        let data = s.as_bytes();
        let header = sized_header(
            data.len(),
            self.proto,
            op::SHORT_BINUNICODE,
            op::BINUNICODE,
            op::BINUNICODE8,
            self.proto >= 4,
        )?;
        self.write_bytes(&header, data);
        self.memo_put(o);
        Ok(())
    }

    /// `save_tuple`: a tuple found in the memo after its items were written is recursive;
    /// what was pushed is popped and the memo entry fetched.
    fn save_tuple(&mut self, o: &ObjRef, items: &[ObjRef]) -> Step {
        let n = items.len();
        if n == 0 {
            if self.bin() {
                self.write(&[op::EMPTY_TUPLE]);
            } else {
                self.write(&[op::MARK, op::TUPLE]);
            }
            return Ok(());
        }
        if n <= 3 && self.proto >= 2 {
            for it in items {
                self.save(it)?;
            }
            if let Some(&idx) = self.memo.get(&addr(o)) {
                for _ in 0..n {
                    self.write(&[op::POP]);
                }
                self.memo_get(idx);
                return Ok(());
            }
            self.write(&[[op::TUPLE1, op::TUPLE2, op::TUPLE3][n - 1]]);
        } else {
            self.write(&[op::MARK]);
            for it in items {
                self.save(it)?;
            }
            if let Some(&idx) = self.memo.get(&addr(o)) {
                if self.bin() {
                    self.write(&[op::POP_MARK]);
                } else {
                    // The MARK too.
                    for _ in 0..=n {
                        self.write(&[op::POP]);
                    }
                }
                self.memo_get(idx);
                return Ok(());
            }
            self.write(&[op::TUPLE]);
        }
        self.memo_put(o);
        Ok(())
    }

    /// `save_list` with `batch_list_exact`.
    fn save_list(&mut self, o: &ObjRef) -> Step {
        if self.bin() {
            self.write(&[op::EMPTY_LIST]);
        } else {
            self.write(&[op::MARK, op::LIST]);
        }
        self.memo_put(o);
        let len = |o: &ObjRef| o.as_list().map_or(0, |l| l.borrow().len());
        let item = |o: &ObjRef, i: usize| o.as_list().and_then(|l| l.borrow().get(i).cloned());
        if len(o) == 0 {
            return Ok(());
        }
        self.recursion(|p| {
            if !p.bin() {
                // Protocol 0 has no APPENDS: `batch_list` appends one at a time.
                let mut i = 0;
                while let Some(x) = item(o, i) {
                    p.save(&x)?;
                    p.write(&[op::APPEND]);
                    i += 1;
                }
                return Ok(());
            }
            if len(o) == 1 {
                p.save(&item(o, 0).ok_or(Stop::Unsupported)?)?;
                p.write(&[op::APPEND]);
                return Ok(());
            }
            let mut total = 0;
            loop {
                p.write(&[op::MARK]);
                let mut batch = 0;
                while let Some(x) = item(o, total) {
                    p.save(&x)?;
                    total += 1;
                    batch += 1;
                    if batch == BATCH {
                        break;
                    }
                }
                p.write(&[op::APPENDS]);
                if total >= len(o) {
                    return Ok(());
                }
            }
        })
    }

    /// `save_dict` with `batch_dict_exact`: a dict of exactly a multiple of the batch size
    /// ends with an empty batch, as the C loop writes it.
    fn save_dict(&mut self, o: &ObjRef) -> Step {
        if self.bin() {
            self.write(&[op::EMPTY_DICT]);
        } else {
            self.write(&[op::MARK, op::DICT]);
        }
        self.memo_put(o);
        let pairs: Vec<(ObjRef, ObjRef)> = match o.as_dict() {
            Some(t) => t
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
            None => return Err(Stop::Unsupported),
        };
        if pairs.is_empty() {
            return Ok(());
        }
        self.recursion(|p| {
            if !p.bin() {
                // Protocol 0 has no SETITEMS: `batch_dict` sets one at a time.
                for (k, v) in &pairs {
                    p.save(k)?;
                    p.save(v)?;
                    p.write(&[op::SETITEM]);
                }
                return Ok(());
            }
            if let [(k, v)] = pairs.as_slice() {
                p.save(k)?;
                p.save(v)?;
                p.write(&[op::SETITEM]);
                return Ok(());
            }
            p.batches(&pairs, op::SETITEMS, |p, (k, v)| {
                p.save(k)?;
                p.save(v)
            })
        })
    }

    /// The `do { MARK items OP } while (batch was full)` loop of `batch_dict_exact` and
    /// `save_set`.
    fn batches<T>(
        &mut self,
        items: &[T],
        close: u8,
        mut each: impl FnMut(&mut Self, &T) -> Step,
    ) -> Step {
        let mut rest = items;
        loop {
            self.write(&[op::MARK]);
            let n = rest.len().min(BATCH);
            for it in &rest[..n] {
                each(self, it)?;
            }
            self.write(&[close]);
            rest = &rest[n..];
            if n < BATCH {
                return Ok(());
            }
        }
    }

    /// `save_set` (protocol 4 and up; older ones reduce to `set(list)`).
    fn save_set(&mut self, o: &ObjRef) -> Step {
        if self.proto < 4 {
            return Err(Stop::Unsupported);
        }
        self.write(&[op::EMPTY_SET]);
        self.memo_put(o);
        let items: Vec<ObjRef> = match &o.payload {
            Payload::Set(t) => t.borrow().entries().map(|(k, _)| k.clone()).collect(),
            _ => return Err(Stop::Unsupported),
        };
        if items.is_empty() {
            return Ok(());
        }
        self.batches(&items, op::ADDITEMS, |p, x| p.save(x))
    }

    /// `save_frozenset` (protocol 4 and up).
    fn save_frozenset(&mut self, o: &ObjRef) -> Step {
        if self.proto < 4 {
            return Err(Stop::Unsupported);
        }
        let items: Vec<ObjRef> = match &o.payload {
            Payload::FrozenSet(t) => t.0.entries().map(|(k, _)| k.clone()).collect(),
            _ => return Err(Stop::Unsupported),
        };
        self.write(&[op::MARK]);
        for x in &items {
            self.save(x)?;
        }
        if let Some(&idx) = self.memo.get(&addr(o)) {
            self.write(&[op::POP_MARK]);
            self.memo_get(idx);
            return Ok(());
        }
        self.write(&[op::FROZENSET]);
        self.memo_put(o);
        Ok(())
    }
}

/// The header of sized data: the one-byte-length opcode when `short` allows it and the size
/// fits, else the four-byte one, else (protocol 4) the eight-byte one.
fn sized_header(
    size: usize,
    proto: u8,
    short_op: u8,
    op4: u8,
    op8: u8,
    short: bool,
) -> Result<Vec<u8>, Stop> {
    if size <= 0xff && short {
        return Ok(vec![short_op, size as u8]);
    }
    if let Ok(n) = u32::try_from(size) {
        let mut h = vec![op4];
        h.extend_from_slice(&n.to_le_bytes());
        return Ok(h);
    }
    if proto >= 4 {
        let mut h = vec![op8];
        h.extend_from_slice(&(size as u64).to_le_bytes());
        return Ok(h);
    }
    Err(Stop::Unsupported)
}

/// `raw_unicode_escape` of _pickle.c: Latin-1 text as itself, other code points, and
/// backslash, NUL, newline, carriage return and `\x1a`, as `\uXXXX`/`\UXXXXXXXX`.
fn raw_unicode_escape(s: &crate::types::str::PyStr, out: &mut Vec<u8>) {
    for c in s.code_points() {
        if c >= 0x10000 {
            out.extend_from_slice(format!("\\U{c:08x}").as_bytes());
        } else if c >= 256 || matches!(c, 0x5c | 0 | 0x0a | 0x0d | 0x1a) {
            out.extend_from_slice(format!("\\u{c:04x}").as_bytes());
        } else {
            out.push(c as u8);
        }
    }
}
