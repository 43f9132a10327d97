//! The native unpickler of plain data: the opcodes that build `None`, bools, ints, floats,
//! `str`, `bytes`, `bytearray`, tuples, lists, dicts, sets and frozensets, with the memo,
//! marks and frames, as Modules/_pickle.c reads them. Any other opcode (a global, a
//! reduction, an object's state, the text protocols) or any malformed input gives up, and the
//! module reads the whole pickle again with `pickle`'s Python unpickler, which finds the
//! classes and raises the errors: plain data runs no Python code while it is built, so
//! nothing observable happened before that.

use krait_syntax::pystr::PyStrBuf;

use super::op;
use crate::object::{ObjRef, Payload};
use crate::runtime::Vm;

/// The unpickler's state (`UnpicklerObject` for `loads`).
struct Unpickler<'a, 'v> {
    vm: &'a Vm<'v>,
    data: &'a [u8],
    pos: usize,
    stack: Vec<ObjRef>,
    /// Stack lengths at each open `MARK`.
    marks: Vec<usize>,
    memo: Vec<Option<ObjRef>>,
    /// How many memo slots are filled (`memo_len`: `MEMOIZE` fills the next one).
    memo_len: usize,
    /// Why the pickle was given up, when the C unpickler raises there too (None: the Python
    /// unpickler must read it).
    fail: Option<Fail>,
}

/// An error in the pickle that Modules/_pickle.c reports, with its exception and message.
#[derive(Debug, Clone, Copy)]
pub enum Fail {
    /// No opcode where one was due: `EOFError: Ran out of input`.
    Eof,
    /// An opcode's argument runs past the end.
    Truncated,
    /// An opcode needs more items than the stack holds (above the innermost MARK, when one
    /// is open: `Pdata_stack_underflow` words that case differently).
    Underflow(bool),
    /// An opcode needs a MARK and none is open.
    NoMark,
    /// A memo index nothing was put at.
    Memo(usize),
    /// A byte that is no opcode.
    BadKey(u8),
}

impl Fail {
    /// The exception class name (`EOFError` or `_pickle.UnpicklingError`) and the message.
    pub fn describe(self) -> (&'static str, String) {
        let unpickling = |m: String| ("UnpicklingError", m);
        match self {
            Fail::Eof => ("EOFError", "Ran out of input".to_string()),
            Fail::Truncated => unpickling("pickle data was truncated".to_string()),
            Fail::Underflow(false) => unpickling("unpickling stack underflow".to_string()),
            Fail::Underflow(true) => unpickling("unexpected MARK found".to_string()),
            Fail::NoMark => unpickling("could not find MARK".to_string()),
            Fail::Memo(i) => unpickling(format!("Memo value not found at index {i}")),
            Fail::BadKey(c) if (0x20..=0x7e).contains(&c) && c != b'\'' && c != b'\\' => {
                unpickling(format!("invalid load key, '{}'.", c as char))
            }
            Fail::BadKey(c) => unpickling(format!("invalid load key, '\\x{c:02x}'.")),
        }
    }
}

/// Whether `c` is a pickle opcode of any protocol.
fn is_opcode(c: u8) -> bool {
    (0x80..=0x98).contains(&c) || b"(.012BCFGIJKLMNPQRSTUVXabcd}ehijl]opqrst)u".contains(&c)
}

/// `pickle.loads(data)` for plain data. On failure, the C unpickler's error, or None when the
/// Python unpickler must read the pickle.
pub fn loads(vm: &Vm, data: &[u8]) -> Result<ObjRef, Option<Fail>> {
    let mut u = Unpickler {
        vm,
        data,
        pos: 0,
        stack: Vec::new(),
        marks: Vec::new(),
        memo: Vec::new(),
        memo_len: 0,
        fail: None,
    };
    match u.run() {
        Some(o) => Ok(o),
        None => Err(u.fail),
    }
}

impl Unpickler<'_, '_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let Some(s) = self
            .pos
            .checked_add(n)
            .and_then(|end| self.data.get(self.pos..end))
        else {
            self.fail = Some(Fail::Truncated);
            return None;
        };
        self.pos += n;
        Some(s)
    }

    /// Whether the stack holds an item above the innermost mark.
    fn above_mark(&self) -> bool {
        self.stack.len() > self.marks.last().copied().unwrap_or(0)
    }

    fn byte(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    fn u32_le(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn u64_le(&mut self) -> Option<usize> {
        usize::try_from(u64::from_le_bytes(self.take(8)?.try_into().ok()?)).ok()
    }

    /// The length operand of a sized opcode: 1, 4 or 8 bytes.
    fn len_of(&mut self, width: u8) -> Option<usize> {
        match width {
            1 => self.byte().map(usize::from),
            4 => self.u32_le().map(|n| n as usize),
            _ => self.u64_le(),
        }
    }

    fn push(&mut self, o: ObjRef) {
        self.stack.push(o);
    }

    /// Pops the top, which must be above the innermost mark.
    fn pop(&mut self) -> Option<ObjRef> {
        if !self.above_mark() {
            self.fail = Some(Fail::Underflow(!self.marks.is_empty()));
            return None;
        }
        self.stack.pop()
    }

    /// The items pushed since the innermost mark, which is closed.
    fn pop_mark(&mut self) -> Option<Vec<ObjRef>> {
        let Some(m) = self.marks.pop() else {
            self.fail = Some(Fail::NoMark);
            return None;
        };
        Some(self.stack.split_off(m))
    }

    fn top(&mut self) -> Option<&ObjRef> {
        if !self.above_mark() {
            self.fail = Some(Fail::Underflow(!self.marks.is_empty()));
            return None;
        }
        self.stack.last()
    }

    fn memo_put(&mut self, idx: usize, v: ObjRef) -> Option<()> {
        if idx >= self.memo.len() {
            if idx > self.data.len() {
                return None;
            }
            self.memo.resize(idx + 1, None);
        }
        if self.memo[idx].replace(v).is_none() {
            self.memo_len += 1;
        }
        Some(())
    }

    fn memo_get(&mut self, idx: usize) -> Option<()> {
        let Some(v) = self.memo.get(idx).cloned().flatten() else {
            self.fail = Some(Fail::Memo(idx));
            return None;
        };
        self.push(v);
        Some(())
    }

    fn run(&mut self) -> Option<ObjRef> {
        loop {
            let Some(&code) = self.data.get(self.pos) else {
                self.fail = Some(Fail::Eof);
                return None;
            };
            self.pos += 1;
            if !is_opcode(code) {
                self.fail = Some(Fail::BadKey(code));
                return None;
            }
            if code == op::STOP {
                // `load_stop`: the top, which the open marks must leave room for.
                return self.pop();
            }
            self.step(code)?;
        }
    }

    /// One opcode; None gives the pickle up.
    fn step(&mut self, code: u8) -> Option<()> {
        let vm = self.vm;
        match code {
            op::PROTO => {
                if self.byte()? > 5 {
                    return None;
                }
            }
            op::FRAME => {
                let n = self.u64_le()?;
                // The frame's bytes must be there (`load_frame` reads them ahead).
                if self.data.len() - self.pos < n {
                    self.fail = Some(Fail::Truncated);
                    return None;
                }
            }
            op::NONE => self.push(vm.none.clone()),
            op::NEWTRUE => self.push(vm.true_obj.clone()),
            op::NEWFALSE => self.push(vm.false_obj.clone()),
            op::BININT => {
                let v = i32::from_le_bytes(self.take(4)?.try_into().ok()?);
                self.push(vm.new_int(i64::from(v)));
            }
            op::BININT1 => {
                let v = self.byte()?;
                self.push(vm.new_int(i64::from(v)));
            }
            op::BININT2 => {
                let v = u16::from_le_bytes(self.take(2)?.try_into().ok()?);
                self.push(vm.new_int(i64::from(v)));
            }
            op::LONG1 | op::LONG4 => {
                let n = if code == op::LONG1 {
                    usize::from(self.byte()?)
                } else {
                    usize::try_from(i32::from_le_bytes(self.take(4)?.try_into().ok()?)).ok()?
                };
                let bytes = self.take(n)?;
                let v = num_bigint::BigInt::from_signed_bytes_le(bytes);
                self.push(vm.new_bigint(v));
            }
            op::BINFLOAT => {
                let v = f64::from_be_bytes(self.take(8)?.try_into().ok()?);
                self.push(vm.new_float(v));
            }
            op::SHORT_BINUNICODE | op::BINUNICODE | op::BINUNICODE8 => {
                let width = match code {
                    op::SHORT_BINUNICODE => 1,
                    op::BINUNICODE => 4,
                    _ => 8,
                };
                let n = self.len_of(width)?;
                let bytes = self.take(n)?.to_vec();
                let buf = PyStrBuf::from_surrogatepass_utf8(bytes).ok()?;
                self.push(vm.new_str_buf(buf));
            }
            op::SHORT_BINBYTES | op::BINBYTES | op::BINBYTES8 => {
                let width = match code {
                    op::SHORT_BINBYTES => 1,
                    op::BINBYTES => 4,
                    _ => 8,
                };
                let n = self.len_of(width)?;
                let bytes = self.take(n)?.to_vec();
                self.push(vm.new_bytes(bytes));
            }
            op::BYTEARRAY8 => {
                let n = self.u64_le()?;
                let bytes = self.take(n)?.to_vec();
                let b = vm.alloc_instance(
                    &vm.types.bytearray,
                    Payload::ByteArray(Box::new(crate::types::memoryview::ByteArrayData::new(
                        bytes,
                    ))),
                );
                self.push(b);
            }
            _ => return self.step_container(code),
        }
        Some(())
    }

    /// The opcodes that build and fill containers, and the stack and memo ones.
    fn step_container(&mut self, code: u8) -> Option<()> {
        let vm = self.vm;
        match code {
            op::MARK => self.marks.push(self.stack.len()),
            op::EMPTY_TUPLE => self.push(vm.new_tuple(Vec::new())),
            op::TUPLE1 | op::TUPLE2 | op::TUPLE3 => {
                let n = usize::from(code - op::TUPLE1) + 1;
                let floor = self.marks.last().copied().unwrap_or(0);
                if self.stack.len() < floor + n {
                    self.fail = Some(Fail::Underflow(!self.marks.is_empty()));
                    return None;
                }
                let items = self.stack.split_off(self.stack.len() - n);
                self.push(vm.new_tuple(items));
            }
            op::TUPLE => {
                let items = self.pop_mark()?;
                self.push(vm.new_tuple(items));
            }
            op::EMPTY_LIST => self.push(vm.new_list(Vec::new())),
            op::APPEND => {
                let v = self.pop()?;
                let list = self.top()?;
                if !list.is_exact(&vm.types.list) {
                    return None;
                }
                list.as_list()?.borrow_mut().push(v);
            }
            op::APPENDS => {
                let items = self.pop_mark()?;
                let list = self.top()?;
                if !list.is_exact(&vm.types.list) {
                    return None;
                }
                list.as_list()?.borrow_mut().extend(items);
            }
            op::EMPTY_DICT => self.push(vm.new_dict()),
            op::SETITEM => {
                let v = self.pop()?;
                let k = self.pop()?;
                let d = self.top()?.clone();
                self.set_item(&d, k, v)?;
            }
            op::SETITEMS => {
                let items = self.pop_mark()?;
                if items.len() % 2 != 0 {
                    return None;
                }
                let d = self.top()?.clone();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    self.set_item(&d, k, v)?;
                }
            }
            op::EMPTY_SET => self.push(vm.new_set_empty()),
            op::ADDITEMS => {
                let items = self.pop_mark()?;
                let s = self.top()?.clone();
                if !s.is_exact(&vm.types.set) {
                    return None;
                }
                for x in items {
                    crate::types::set::set_add(vm, &s, x).ok()?;
                }
            }
            op::FROZENSET => {
                let items = self.pop_mark()?;
                let s = crate::types::set::new_set_from(vm, items, true).ok()?;
                self.push(s);
            }
            op::MEMOIZE => {
                let v = self.top()?.clone();
                self.memo_put(self.memo_len, v)?;
            }
            op::BINPUT | op::LONG_BINPUT => {
                let idx = if code == op::BINPUT {
                    usize::from(self.byte()?)
                } else {
                    self.u32_le()? as usize
                };
                let v = self.top()?.clone();
                self.memo_put(idx, v)?;
            }
            op::BINGET => {
                let idx = usize::from(self.byte()?);
                self.memo_get(idx)?;
            }
            op::LONG_BINGET => {
                let idx = self.u32_le()? as usize;
                self.memo_get(idx)?;
            }
            op::POP => {
                if self.above_mark() {
                    self.stack.pop();
                } else if self.marks.is_empty() {
                    self.fail = Some(Fail::Underflow(!self.marks.is_empty()));
                    return None;
                } else {
                    self.pop_mark()?;
                }
            }
            op::POP_MARK => {
                self.pop_mark()?;
            }
            op::DUP => {
                let v = self.top()?.clone();
                self.push(v);
            }
            _ => return None,
        }
        Some(())
    }

    /// `d[k] = v` into a plain dict; an unhashable key gives up (the Python unpickler raises).
    fn set_item(&self, d: &ObjRef, k: ObjRef, v: ObjRef) -> Option<()> {
        if !d.is_exact(&self.vm.types.dict) {
            return None;
        }
        self.vm.dict_set(d, k, v).ok()
    }
}
