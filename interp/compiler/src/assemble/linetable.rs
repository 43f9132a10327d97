//! `co_linetable`: the PEP 626/657 location table as 3.11's `compile.c` writes it
//! (`assemble_emit_location`, `write_location_info_entry`; format in `Objects/locations.md`).

use super::emit::instr_size;
use crate::ir::{Cfg, Loc};

/// `_PyCodeLocationInfoKind`: the entry kinds (`PY_CODE_LOCATION_INFO_*`).
mod kind {
    /// `SHORT0`..`SHORT9`: same line, column group added to the code.
    pub const SHORT0: u8 = 0;
    /// `ONE_LINE0`..`ONE_LINE2`: line delta 0..2 added to the code, one-byte columns.
    pub const ONE_LINE0: u8 = 10;
    /// `NO_COLUMNS`: a line delta only.
    pub const NO_COLUMNS: u8 = 13;
    /// `LONG`: every field as varints.
    pub const LONG: u8 = 14;
    /// `NONE`: no location.
    pub const NONE: u8 = 15;
}

/// The writer's state: the table and the line the next delta is relative to (`a_lineno`).
struct LineTable {
    out: Vec<u8>,
    lineno: i32,
}

impl LineTable {
    /// `write_location_entry_start`: bit 7, the kind, and the length in code units minus one.
    fn first_byte(&mut self, code: u8, length: u32) {
        debug_assert!((1..=8).contains(&length));
        self.out.push(0x80 | (code << 3) | ((length - 1) as u8 & 7));
    }

    /// `write_varint`: 6-bit groups, least significant first, bit 6 marking continuation.
    fn varint(&mut self, mut val: u32) {
        while val >= 64 {
            self.out.push(64 | (val & 63) as u8);
            val >>= 6;
        }
        self.out.push(val as u8);
    }

    /// `write_signed_varint`: the sign in the lowest bit.
    fn signed_varint(&mut self, val: i32) {
        let v = if val < 0 {
            (val.unsigned_abs() << 1) | 1
        } else {
            (val as u32) << 1
        };
        self.varint(v);
    }

    /// `write_location_info_entry`: the most compact form that holds `loc`.
    fn entry(&mut self, loc: Loc, length: u32) {
        if loc.lineno < 0 {
            self.first_byte(kind::NONE, length);
            return;
        }
        let line_delta = loc.lineno.wrapping_sub(self.lineno);
        let (column, end_column) = (loc.col_offset, loc.end_col_offset);
        if column < 0 || end_column < 0 {
            if loc.end_lineno == loc.lineno || loc.end_lineno == -1 {
                self.first_byte(kind::NO_COLUMNS, length);
                self.signed_varint(line_delta);
                self.lineno = loc.lineno;
                return;
            }
        } else if loc.end_lineno == loc.lineno {
            if line_delta == 0 && column < 80 && end_column - column < 16 && end_column >= column {
                self.first_byte(kind::SHORT0 + (column >> 3) as u8, length);
                self.out
                    .push((((column & 7) << 4) | (end_column - column)) as u8);
                return;
            }
            if (0..3).contains(&line_delta) && column < 128 && end_column < 128 {
                self.first_byte(kind::ONE_LINE0 + line_delta as u8, length);
                self.out.push(column as u8);
                self.out.push(end_column as u8);
                self.lineno = loc.lineno;
                return;
            }
        }
        self.first_byte(kind::LONG, length);
        self.signed_varint(line_delta);
        // CPython writes these as `unsigned int`, so a negative difference wraps.
        self.varint(loc.end_lineno.wrapping_sub(loc.lineno) as u32);
        self.varint(loc.col_offset.wrapping_add(1) as u32);
        self.varint(loc.end_col_offset.wrapping_add(1) as u32);
        self.lineno = loc.lineno;
    }
}

/// The location table of the laid-out blocks: one entry per instruction (its `EXTENDED_ARG`s
/// and caches included), split into entries of at most 8 code units.
pub(super) fn location_table(cfg: &Cfg, firstlineno: i32) -> Vec<u8> {
    let mut table = LineTable {
        out: Vec::new(),
        lineno: firstlineno,
    };
    for b in cfg.layout() {
        for instr in &cfg.blocks[b].instrs {
            let mut size = instr_size(instr);
            while size > 8 {
                table.entry(instr.loc, 8);
                size -= 8;
            }
            table.entry(instr.loc, size);
        }
    }
    table.out
}
