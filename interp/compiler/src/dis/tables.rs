//! Reading the two side tables of a code object the way 3.11's `dis` does: line starts from
//! `co_linetable` (the ranges `co.co_lines()` yields, filtered by `dis.findlinestarts`) and the
//! entries of `co_exceptiontable` (`dis._parse_exception_table`).

use crate::code::CodeObject;

/// One address range of `co.co_lines()`: byte offsets `start..end` and the line, None for
/// instructions without one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineRange {
    /// First byte offset of the range.
    pub start: usize,
    /// Byte offset just past the range.
    pub end: usize,
    /// The line number, or None (`PY_CODE_LOCATION_INFO_NONE` entries).
    pub line: Option<i64>,
}

/// The location-table entry code for "no location" (`PY_CODE_LOCATION_INFO_NONE`).
const CODE_NONE: u8 = 15;
/// Entry code with a line delta and no columns (`PY_CODE_LOCATION_INFO_NO_COLUMNS`).
const CODE_NO_COLUMNS: u8 = 13;
/// Entry code with a line delta, end line and columns (`PY_CODE_LOCATION_INFO_LONG`).
const CODE_LONG: u8 = 14;
/// Entry codes 10..=12 put the instruction 0, 1 or 2 lines after the previous one
/// (`PY_CODE_LOCATION_INFO_ONE_LINE0..2`).
const CODE_ONE_LINE0: u8 = 10;

/// The unsigned varint of the location table (`scan_varint` in `Objects/codeobject.c`, a C
/// `unsigned int`): six bits per byte, least significant chunk first, bit 6 meaning "more
/// follows". Missing bytes read as zero so that a truncated table cannot make the reader fail.
fn scan_varint(table: &[u8], mut at: usize) -> u32 {
    let mut byte = table.get(at).copied().unwrap_or(0);
    let mut value = u32::from(byte & 63);
    let mut shift = 0u32;
    while byte & 64 != 0 {
        at += 1;
        byte = table.get(at).copied().unwrap_or(0);
        shift += 6;
        value |= u32::from(byte & 63).checked_shl(shift).unwrap_or(0);
    }
    value
}

/// The signed form (`scan_signed_varint`): the low bit is the sign.
fn scan_signed_varint(table: &[u8], at: usize) -> i32 {
    let raw = scan_varint(table, at);
    let magnitude = (raw >> 1) as i32;
    if raw & 1 != 0 { -magnitude } else { magnitude }
}

/// How far an entry moves the line (`get_line_delta`).
fn line_delta(table: &[u8], at: usize) -> i32 {
    let code = (table[at] >> 3) & 15;
    match code {
        CODE_NO_COLUMNS | CODE_LONG => scan_signed_varint(table, at + 1),
        CODE_ONE_LINE0..=12 => i32::from(code - CODE_ONE_LINE0),
        _ => 0,
    }
}

/// `co.co_lines()`: walks the entries as `_PyLineTable_NextAddressRange` does. Each entry starts
/// at a byte with the top bit set and covers `(byte & 7) + 1` code units; its line is the running
/// line (from `co_firstlineno`, a C int) plus its delta. A "no location" entry has no line, and
/// neither has a negative one (`lineiter_next` yields None for any line below 0).
pub fn co_lines(code: &CodeObject) -> Vec<LineRange> {
    let table = &code.linetable;
    let mut out = Vec::new();
    let mut computed: i32 = code.firstlineno;
    let (mut at, mut end) = (0usize, 0usize);
    while at < table.len() {
        let head = table[at];
        computed = computed.wrapping_add(line_delta(table, at));
        // `is_no_line_marker`: an entry-start byte whose code is "no location".
        let line =
            ((head >> 3) != (0x10 | CODE_NONE) && computed >= 0).then_some(i64::from(computed));
        let start = end;
        end += 2 * (usize::from(head & 7) + 1);
        at += 1;
        while at < table.len() && table[at] & 0x80 == 0 {
            at += 1;
        }
        out.push(LineRange { start, end, line });
    }
    out
}

/// `dis.findlinestarts`: the offsets where the line changes to a new (non-None) line, with it.
pub fn line_starts(code: &CodeObject) -> Vec<(usize, i64)> {
    let mut last = None;
    let mut out = Vec::new();
    for range in co_lines(code) {
        if let Some(line) = range.line
            && Some(line) != last
        {
            last = Some(line);
            out.push((range.start, line));
        }
    }
    out
}

/// One entry of `co_exceptiontable` as `dis` shows it (byte offsets; `end` exclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    /// First covered byte offset.
    pub start: u64,
    /// Byte offset just past the covered range.
    pub end: u64,
    /// The handler's byte offset.
    pub target: u64,
    /// Stack depth to unwind to.
    pub depth: u64,
    /// Whether the offset of the raising instruction is pushed too.
    pub lasti: bool,
}

/// The exception table's varint (`dis._parse_varint`): six bits per byte, most significant chunk
/// first, bit 6 meaning "more follows"; the entry-start bit 7 is ignored. None at the end of the
/// table.
fn parse_varint(bytes: &mut std::slice::Iter<'_, u8>) -> Option<u64> {
    let mut byte = *bytes.next()?;
    let mut value = u64::from(byte & 63);
    while byte & 64 != 0 {
        byte = *bytes.next()?;
        value = (value << 6) | u64::from(byte & 63);
    }
    Some(value)
}

/// `dis._parse_exception_table`: entries until the bytes run out (a partial last entry is dropped,
/// as the `StopIteration` in the middle of one ends the loop).
pub fn exception_entries(code: &CodeObject) -> Vec<ExceptionEntry> {
    let mut bytes = code.exceptiontable.iter();
    let mut out = Vec::new();
    let mut next = || -> Option<ExceptionEntry> {
        let start = parse_varint(&mut bytes)?.wrapping_mul(2);
        let length = parse_varint(&mut bytes)?.wrapping_mul(2);
        let target = parse_varint(&mut bytes)?.wrapping_mul(2);
        let dl = parse_varint(&mut bytes)?;
        Some(ExceptionEntry {
            start,
            end: start.wrapping_add(length),
            target,
            depth: dl >> 1,
            lasti: dl & 1 != 0,
        })
    };
    while let Some(entry) = next() {
        out.push(entry);
    }
    out
}
