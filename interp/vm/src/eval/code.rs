//! `Code`: a code object prepared for execution. `co_code` is decoded once into a compact
//! instruction vector (inline `CACHE` entries skipped, `EXTENDED_ARG` folded into the next
//! instruction, jump targets turned into instruction indices) that keeps each instruction's
//! byte offset for `co_exceptiontable`, `co_linetable` and tracebacks; constants and names
//! become objects. What Python sees (`co_code`, positions) stays CPython's.

use std::rc::Rc;

use krait_compiler::code::{CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CodeObject};
use krait_compiler::opcode::{JumpKind, Opcode};
use krait_compiler::value::Value;

use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// One decoded instruction: the opcode and its full argument (a jump's argument is the target
/// instruction's index).
#[derive(Clone, Copy, Debug)]
pub struct Instr {
    /// The opcode (`CACHE` stands for a byte no opcode has).
    pub op: Opcode,
    /// The argument, `EXTENDED_ARG`s folded in.
    pub arg: u32,
}

/// One `co_exceptiontable` entry, in instruction indices.
#[derive(Clone, Copy, Debug)]
pub struct ExcEntry {
    /// First instruction covered.
    pub start: u32,
    /// One past the last instruction covered.
    pub end: u32,
    /// The handler's first instruction.
    pub target: u32,
    /// The value stack depth to unwind to.
    pub depth: u32,
    /// Whether the offset of the raising instruction is pushed before the exception.
    pub lasti: bool,
}

/// A source position (`co_positions()` item): lines 1-based, columns 0-based UTF-8 offsets;
/// None where the table has no information.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    /// Start line.
    pub line: Option<i32>,
    /// End line.
    pub end_line: Option<i32>,
    /// Start column.
    pub col: Option<i32>,
    /// End column.
    pub end_col: Option<i32>,
}

/// A code object ready to run.
#[derive(Debug)]
pub struct Code {
    /// The marshalled fields.
    pub co: CodeObject,
    /// The instructions.
    pub instrs: Box<[Instr]>,
    /// Each instruction's byte offset in `co_code`.
    pub offsets: Box<[u32]>,
    /// `co_consts` as objects.
    pub consts: Box<[ObjRef]>,
    /// `co_names` as interned strings.
    pub names: Box<[ObjRef]>,
    /// `co_localsplusnames` as interned strings.
    pub localsplus: Box<[ObjRef]>,
    /// The exception table.
    pub exc_table: Box<[ExcEntry]>,
    /// `co_name`.
    pub name: ObjRef,
    /// `co_qualname`.
    pub qualname: ObjRef,
    /// `co_filename`.
    pub filename: ObjRef,
    /// Number of localsplus slots.
    pub nlocalsplus: usize,
    /// For each code unit, the index of the instruction at or after it.
    pub unit_index: Box<[u32]>,
    /// The `code` object showing this code, while one lives (so `f_code`, `gi_code` and
    /// `__code__` are the same object).
    pub obj: std::cell::RefCell<std::rc::Weak<Obj>>,
    /// `LOAD_GLOBAL`'s cache, one entry per name (see [`GlobalEntry`]).
    pub globals_cache: Box<[std::cell::Cell<GlobalEntry>]>,
    /// `LOAD_ATTR`/`LOAD_METHOD`/`STORE_ATTR`'s cache, one entry per name.
    pub attr_cache: Box<[crate::object::attr_cache::AttrEntry]>,
    /// Code of a module standing in for one CPython writes in C: its frames add no
    /// traceback entries, as C functions add none.
    pub hidden: std::cell::Cell<bool>,
}

/// Where `LOAD_GLOBAL` found a name, as CPython 3.11's `LOAD_GLOBAL_MODULE` and
/// `LOAD_GLOBAL_BUILTIN` remember it: the entry index in the table that held it, valid while
/// the tables have the structural versions they had then. A version stands for one layout of
/// keys (a table gets a fresh one at every key added or removed and every resize, and only a
/// copy shares it, with the same layout), so under it the entry still holds the name and its
/// current value is read without a key comparison; replacing a global's value changes no
/// version. A name from the builtins also needs the globals' version, so that it is still
/// absent from them.
#[derive(Debug, Clone, Copy, Default)]
pub enum GlobalEntry {
    /// Nothing recorded.
    #[default]
    Empty,
    /// Entry `index` of globals whose version is `keys`.
    Globals { keys: u64, index: u32 },
    /// Entry `index` of builtins whose version is `keys`, while the globals keep version
    /// `globals`.
    Builtins { globals: u64, keys: u64, index: u32 },
}

impl Code {
    /// Prepares `co` (and, recursively, the code objects among its constants).
    pub fn new(vm: &Vm, co: CodeObject) -> PyResult<Rc<Code>> {
        let (instrs, offsets) = decode(&co.code);
        let unit_index = unit_to_index(&offsets, co.code.len() / 2);
        let mut instrs = instrs;
        for ins in instrs.iter_mut() {
            if let Some(target) = ins.arg_target {
                let idx = unit_index.get(target / 2).copied().unwrap_or(u32::MAX);
                ins.instr.arg = idx;
            }
        }
        let instrs: Box<[Instr]> = instrs.into_iter().map(|d| d.instr).collect();
        let exc_table = parse_exception_table(&co.exceptiontable, &unit_index);
        let mut consts = Vec::with_capacity(co.consts.len());
        for v in &co.consts {
            consts.push(value_to_object(vm, v)?);
        }
        let intern = |s: &krait_compiler::PyStrBuf| match s.as_str() {
            Some(t) => vm.intern(t),
            None => vm.new_str_buf(s.clone()),
        };
        let names: Box<[ObjRef]> = co.names.iter().map(intern).collect();
        let globals_cache = names.iter().map(|_| Default::default()).collect();
        let attr_cache = names.iter().map(|_| Default::default()).collect();
        let localsplus = co.localsplusnames.iter().map(intern).collect();
        let name = intern(&co.name);
        let qualname = intern(&co.qualname);
        let filename = vm.new_str_buf(co.filename.clone());
        let nlocalsplus = co.localsplusnames.len();
        let unit_index = unit_index.into_boxed_slice();
        Ok(Rc::new(Code {
            unit_index,
            instrs,
            offsets: offsets.into_boxed_slice(),
            consts: consts.into_boxed_slice(),
            names,
            localsplus,
            exc_table,
            name,
            qualname,
            filename,
            nlocalsplus,
            co,
            obj: std::cell::RefCell::new(std::rc::Weak::new()),
            globals_cache,
            attr_cache,
            hidden: std::cell::Cell::new(false),
        }))
    }

    /// Marks `code` and the code nested in it as a C stand-in's ([`Code::hidden`]).
    pub fn hide(code: &Code) {
        code.hidden.set(true);
        for c in code.consts.iter() {
            if let Some(inner) = c.as_code() {
                Code::hide(inner);
            }
        }
    }

    /// The `code` object for `code`: the living one, or a new one.
    pub fn object(vm: &Vm, code: &Rc<Code>) -> ObjRef {
        if let Some(o) = code.obj.borrow().upgrade() {
            return o;
        }
        let o = Obj::new(vm.types.code.clone(), Payload::Code(code.clone()));
        *code.obj.borrow_mut() = Rc::downgrade(&o);
        o
    }

    /// The handler covering instruction `idx`, if any (the first entry that covers it).
    pub fn handler_for(&self, idx: usize) -> Option<&ExcEntry> {
        let i = idx as u32;
        self.exc_table.iter().find(|e| e.start <= i && i < e.end)
    }

    /// The instruction index for a code-unit offset (a `lasti` value pushed on the stack).
    pub fn index_of_unit(&self, unit: usize) -> usize {
        self.unit_index
            .get(unit)
            .copied()
            .unwrap_or(self.instrs.len() as u32) as usize
    }

    /// The byte offset of instruction `idx`.
    pub fn offset_of(&self, idx: usize) -> u32 {
        self.offsets.get(idx).copied().unwrap_or(0)
    }

    /// `co_flags`.
    #[inline]
    pub fn flags(&self) -> u32 {
        self.co.flags
    }

    /// The localsplus kinds.
    pub fn kind(&self, i: usize) -> u8 {
        self.co.localspluskinds.get(i).copied().unwrap_or(0)
    }

    /// Whether slot `i` is a cell or free variable.
    pub fn is_cell_or_free(&self, i: usize) -> bool {
        self.kind(i) & (CO_FAST_CELL | CO_FAST_FREE) != 0
    }

    /// Whether slot `i` is a plain local.
    pub fn is_local(&self, i: usize) -> bool {
        self.kind(i) & CO_FAST_LOCAL != 0
    }

    /// The position of the instruction at byte offset `offset` (`PyCode_Addr2Location`).
    pub fn position_at(&self, offset: u32) -> Position {
        let mut found = Position::default();
        let target = offset / 2;
        for (unit, len, pos) in LineEntries::new(&self.co.linetable, self.co.firstlineno) {
            if target >= unit && target < unit + len {
                found = pos;
                break;
            }
        }
        found
    }

    /// The line of the instruction at byte offset `offset` (`PyCode_Addr2Line`), -1 if none.
    pub fn line_at(&self, offset: u32) -> i32 {
        self.position_at(offset).line.unwrap_or(-1)
    }
}

struct Decoded {
    instr: Instr,
    arg_target: Option<usize>,
}

/// Decodes `co_code`: instructions without caches, `EXTENDED_ARG` folded, and jump targets as
/// byte offsets (resolved to indices by the caller).
fn decode(code: &[u8]) -> (Vec<Decoded>, Vec<u32>) {
    let mut out = Vec::with_capacity(code.len() / 4);
    let mut offsets = Vec::with_capacity(code.len() / 4);
    for ins in krait_compiler::bytecode::instructions(code) {
        if ins.op == krait_compiler::opcode::EXTENDED_ARG {
            continue;
        }
        let op = Opcode::from_u8(ins.op).unwrap_or(Opcode::CACHE);
        let target = match op.jump_kind() {
            JumpKind::None => None,
            _ => Some(ins.jump_target().unwrap_or(usize::MAX / 4)),
        };
        out.push(Decoded {
            instr: Instr {
                op,
                arg: ins.arg.unwrap_or(0),
            },
            arg_target: target,
        });
        offsets.push(ins.offset as u32);
    }
    (out, offsets)
}

/// For every code unit, the index of the instruction that starts there or next (an
/// `EXTENDED_ARG` or cache maps to the instruction after it).
fn unit_to_index(offsets: &[u32], units: usize) -> Vec<u32> {
    let mut map = vec![offsets.len() as u32; units + 1];
    let mut next = offsets.len();
    for u in (0..=units).rev() {
        while next > 0 && offsets[next - 1] as usize / 2 >= u {
            next -= 1;
        }
        map[u] = next as u32;
    }
    map
}

/// Parses `co_exceptiontable` (`Objects/exception_handling_notes.txt`): entries of start,
/// length, target and depth/lasti, each a big-endian 6-bit varint.
fn parse_exception_table(table: &[u8], unit_index: &[u32]) -> Box<[ExcEntry]> {
    let mut out = Vec::new();
    let mut i = 0;
    let read = |i: &mut usize| -> Option<u32> {
        let mut b = *table.get(*i)?;
        *i += 1;
        let mut val = u32::from(b & 63);
        while b & 64 != 0 {
            b = *table.get(*i)?;
            *i += 1;
            val = (val << 6) | u32::from(b & 63);
        }
        Some(val)
    };
    let map = |unit: u32| unit_index.get(unit as usize).copied().unwrap_or(u32::MAX);
    while i < table.len() {
        let (Some(start), Some(len), Some(target), Some(dl)) =
            (read(&mut i), read(&mut i), read(&mut i), read(&mut i))
        else {
            break;
        };
        out.push(ExcEntry {
            start: map(start),
            end: map(start + len),
            target: map(target),
            depth: dl >> 1,
            lasti: dl & 1 == 1,
        });
    }
    out.into_boxed_slice()
}

/// Iterates `co_linetable` entries: (first code unit, length in units, position).
#[derive(Debug)]
pub struct LineEntries<'a> {
    table: &'a [u8],
    i: usize,
    unit: u32,
    line: i32,
}

impl<'a> LineEntries<'a> {
    /// Starts at `co_firstlineno`.
    pub fn new(table: &'a [u8], firstlineno: i32) -> LineEntries<'a> {
        LineEntries {
            table,
            i: 0,
            unit: 0,
            line: firstlineno,
        }
    }

    fn byte(&mut self) -> Option<u8> {
        let b = *self.table.get(self.i)?;
        self.i += 1;
        Some(b)
    }

    /// A byte of an entry's fields: past the end of the table, the 0 that ends every `bytes`
    /// object's buffer, which is what CPython's reader meets there.
    fn field_byte(&mut self) -> u8 {
        self.byte().unwrap_or(0)
    }

    fn varint(&mut self) -> Option<u32> {
        let mut b = self.field_byte();
        let mut val = u32::from(b & 63);
        let mut shift = 0;
        while b & 64 != 0 {
            b = self.field_byte();
            shift += 6;
            val |= u32::from(b & 63).checked_shl(shift).unwrap_or(0);
        }
        Some(val)
    }

    fn svarint(&mut self) -> Option<i32> {
        let v = self.varint()?;
        Some(if v & 1 != 0 {
            -((v >> 1) as i32)
        } else {
            (v >> 1) as i32
        })
    }
}

impl Iterator for LineEntries<'_> {
    type Item = (u32, u32, Position);

    fn next(&mut self) -> Option<(u32, u32, Position)> {
        let entry = self.i;
        let pos = self.entry()?;
        // The next entry starts at the next byte with its top bit set, wherever this one's
        // fields ended (`advance` in codeobject.c): a table that is not well formed, which
        // `code.replace(co_linetable=...)` accepts, is read as CPython reads it.
        self.i = self.table[entry + 1..]
            .iter()
            .position(|b| b & 128 != 0)
            .map_or(self.table.len(), |k| entry + 1 + k);
        Some(pos)
    }
}

impl LineEntries<'_> {
    /// The entry starting at the cursor.
    fn entry(&mut self) -> Option<(u32, u32, Position)> {
        let first = self.byte()?;
        let code = (first >> 3) & 15;
        let len = u32::from(first & 7) + 1;
        let start = self.unit;
        self.unit += len;
        let pos = match code {
            0..=9 => {
                let second = self.byte()?;
                let col = i32::from(code) * 8 + i32::from((second >> 4) & 7);
                Position {
                    line: Some(self.line),
                    end_line: Some(self.line),
                    col: Some(col),
                    end_col: Some(col + i32::from(second & 15)),
                }
            }
            10..=12 => {
                self.line = self.line.wrapping_add(i32::from(code) - 10);
                let col = i32::from(self.byte()?);
                let end_col = i32::from(self.byte()?);
                Position {
                    line: Some(self.line),
                    end_line: Some(self.line),
                    col: Some(col),
                    end_col: Some(end_col),
                }
            }
            13 => {
                self.line = self.line.wrapping_add(self.svarint()?);
                Position {
                    line: Some(self.line),
                    end_line: Some(self.line),
                    col: None,
                    end_col: None,
                }
            }
            14 => {
                self.line = self.line.wrapping_add(self.svarint()?);
                let end_line = self.line.wrapping_add(self.varint()? as i32);
                let col = self.varint()? as i32 - 1;
                let end_col = self.varint()? as i32 - 1;
                Position {
                    line: Some(self.line),
                    end_line: Some(end_line),
                    col: (col >= 0).then_some(col),
                    end_col: (end_col >= 0).then_some(end_col),
                }
            }
            _ => Position::default(),
        };
        Some((start, len, pos))
    }
}

/// Builds the object for a marshalled constant.
pub fn value_to_object(vm: &Vm, v: &Value) -> PyResult {
    Ok(match v {
        Value::None => vm.none.clone(),
        Value::False => vm.false_obj.clone(),
        Value::True => vm.true_obj.clone(),
        Value::StopIteration => vm.exc.stop_iteration.clone(),
        Value::Ellipsis => vm.ellipsis.clone(),
        Value::Int(i) => vm.new_bigint(i.clone()),
        Value::Float(f) => vm.new_float(f.0),
        Value::Complex(re, im) => vm.new_complex(re.0, im.0),
        Value::Bytes(b) => vm.new_bytes(b.clone()),
        Value::Str { value, interned } => match (interned, value.as_str()) {
            (true, Some(s)) => vm.intern(s),
            _ => vm.new_str_buf(value.clone()),
        },
        Value::Tuple(items) => {
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                out.push(value_to_object(vm, i)?);
            }
            vm.new_tuple(out)
        }
        Value::List(items) => {
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                out.push(value_to_object(vm, i)?);
            }
            vm.new_list(out)
        }
        Value::Dict(items) => {
            let d = vm.new_dict();
            for (k, val) in items {
                vm.dict_set(&d, value_to_object(vm, k)?, value_to_object(vm, val)?)?;
            }
            d
        }
        Value::Set(items) | Value::FrozenSet(items) => {
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                out.push(value_to_object(vm, i)?);
            }
            let frozen = matches!(v, Value::FrozenSet(_));
            crate::types::set::new_set_from(vm, out, frozen)?
        }
        Value::Code(c) => Code::object(vm, &Code::new(vm, (**c).clone())?),
    })
}
