//! Printing an uncaught exception as CPython 3.11 prints it (`Python/pythonrun.c`'s
//! `print_exception_recursive`, `Python/traceback.c`'s `tb_printinternal`): the chained
//! exceptions first with their separator lines, then `Traceback (most recent call last):`,
//! one `File "...", line N, in name` entry per frame with the source line and the `^^^`/`~~^~~`
//! markers computed from the instruction's position, repeated lines folded after three, and the
//! `Type: message` line with `__notes__`.

use std::collections::HashMap;
use std::rc::Rc;

use krait_syntax::ast::{ExprKind, Mod, StmtKind};

use crate::object::{ObjRef, Payload};
use crate::runtime::Vm;
use crate::types::traceback::Traceback;

/// `PyTraceBack_LIMIT`: at most this many entries, the newest ones.
const TB_LIMIT: usize = 1000;
/// `TB_RECURSIVE_CUTOFF`: identical entries shown before folding.
const RECURSIVE_CUTOFF: usize = 3;

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

/// Source files read while printing, by name.
#[derive(Default)]
struct Sources {
    files: HashMap<String, Option<Vec<String>>>,
}

impl Sources {
    /// Line `lineno` (1-based) of `filename`, without its line break, as the traceback module
    /// would read it; None for pseudo-files (`<string>`) and unreadable ones.
    fn line(&mut self, filename: &str, lineno: i32) -> Option<String> {
        if filename.starts_with('<') && filename.ends_with('>') {
            return None;
        }
        let lines = self
            .files
            .entry(filename.to_string())
            .or_insert_with(|| read_lines(filename));
        let i = usize::try_from(lineno).ok()?.checked_sub(1)?;
        lines.as_ref()?.get(i).cloned()
    }
}

/// Line `lineno` (1-based) of `filename` as `linecache` reads it; None for pseudo-files.
pub fn source_line(filename: &str, lineno: i32) -> Option<String> {
    Sources {
        files: HashMap::new(),
    }
    .line(filename, lineno)
}

/// Reads and decodes a source file (PEP 263 cookie or UTF-8) and splits it into lines the way a
/// text file with universal newlines does.
fn read_lines(filename: &str) -> Option<Vec<String>> {
    let bytes = std::fs::read(filename).ok()?;
    let text = match krait_syntax::encoding::detect_encoding(&bytes, Some(filename)) {
        Ok(d) => {
            let body = &bytes[d.body_start..];
            match krait_syntax::encoding::lookup(&d.encoding) {
                Some(codec) => {
                    let mut out = String::new();
                    match krait_syntax::encoding::decode_into(codec, &d.encoding, body, &mut out) {
                        Ok(()) => out,
                        Err(_) => String::from_utf8_lossy(body).into_owned(),
                    }
                }
                None => String::from_utf8_lossy(body).into_owned(),
            }
        }
        Err(_) => String::from_utf8_lossy(&bytes).into_owned(),
    };
    let mut lines = Vec::new();
    let mut cur = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => lines.push(std::mem::take(&mut cur)),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                lines.push(std::mem::take(&mut cur));
            }
            _ => cur.push(c),
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    Some(lines)
}

/// `max_group_width`: sub-exceptions shown per group.
const MAX_GROUP_WIDTH: usize = 15;
/// `max_group_depth`: nesting shown.
const MAX_GROUP_DEPTH: usize = 10;

/// The state of one print (`struct exception_print_context`): exceptions already shown, the
/// exception-group nesting that decides indentation and `| ` margins, and whether a group's
/// closing line is still owed.
struct Printer<'v, 'io> {
    vm: &'v Vm<'io>,
    out: String,
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
    sources: Sources,
    /// How many of a traceback's last entries are printed (`sys.tracebacklimit`).
    limit: usize,
}

/// The text `sys.excepthook` writes for an uncaught exception `exc`.
pub fn format_exception(vm: &Vm, exc: &ObjRef) -> String {
    let mut p = Printer {
        vm,
        out: String::new(),
        seen: Vec::new(),
        depth: 0,
        need_close: false,
        sources: Sources::default(),
        limit: traceback_limit(vm),
    };
    p.recursive(exc);
    p.out
}

/// `sys.tracebacklimit` as `_PyTraceBack_Print` reads it: an int (a bool too) sets the number
/// of entries, huge ones meaning all, zero or less none (the header goes too); anything else,
/// or no such attribute, is the default of 1000.
fn traceback_limit(vm: &Vm) -> usize {
    let Ok(Some(v)) = vm.getattr_opt(&vm.sys, &vm.intern("tracebacklimit")) else {
        return TB_LIMIT;
    };
    match v.as_int() {
        Some(crate::types::int::Int::Small(n)) => usize::try_from(*n).unwrap_or(0),
        Some(crate::types::int::Int::Big(b)) if b.sign() == num_bigint::Sign::Minus => 0,
        Some(crate::types::int::Int::Big(_)) => usize::MAX,
        None => TB_LIMIT,
    }
}

impl Printer<'_, '_> {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Indentation and margin (`write_indented_margin`).
    fn prefix(&self) -> String {
        let mut s = self.indent();
        if self.depth > 0 {
            s.push_str("| ");
        }
        s
    }

    /// `print_exception_recursive`: the chain first, then the exception or group.
    fn recursive(&mut self, exc: &ObjRef) {
        self.seen.push(exc.id());
        if let Some(e) = exc.as_exception() {
            let cause = e.cause.borrow().clone();
            let context = e.context.borrow().clone();
            if let Some(cause) = cause {
                if !self.seen.contains(&cause.id()) {
                    self.chained(&cause, CAUSE_MESSAGE);
                }
            } else if !e.suppress_context.get()
                && let Some(context) = context
                && !self.seen.contains(&context.id())
            {
                self.chained(&context, CONTEXT_MESSAGE);
            }
        }
        if crate::types::exception_group::is_group(exc) {
            self.group(exc);
        } else {
            self.one(exc);
        }
    }

    /// `print_chained`: the earlier exception, then the separator lines with margins.
    fn chained(&mut self, exc: &ObjRef, message: &str) {
        let need_close = self.need_close;
        self.recursive(exc);
        self.need_close = need_close;
        let prefix = self.prefix();
        let body = message.trim_matches('\n');
        self.out
            .push_str(&format!("{prefix}\n{prefix}{body}\n{prefix}\n"));
    }

    /// `print_exception_group`.
    fn group(&mut self, exc: &ObjRef) {
        if self.depth > MAX_GROUP_DEPTH {
            let prefix = self.prefix();
            self.out.push_str(&format!(
                "{prefix}... (max_group_depth is {MAX_GROUP_DEPTH})\n"
            ));
            return;
        }
        if self.depth == 0 {
            self.depth = 1;
        }
        self.one(exc);
        let members = crate::types::exception_group::members(exc);
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for (i, member) in members.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                self.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let lead = if i == 0 { "+-" } else { "  " };
            self.out.push_str(&format!(
                "{}{lead}+---------------- {title} ----------------\n",
                self.indent()
            ));
            self.depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                self.out.push_str(&format!(
                    "{}and {remaining} more exception{}\n",
                    self.prefix(),
                    if remaining > 1 { "s" } else { "" }
                ));
            } else {
                self.recursive(member);
            }
            if last && self.need_close {
                self.out.push_str(&format!(
                    "{}+------------------------------------\n",
                    self.indent()
                ));
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if self.depth == 1 {
            self.depth = 0;
        }
    }

    /// `print_exception`: the traceback, a `SyntaxError`'s location, the message, the notes.
    fn one(&mut self, exc: &ObjRef) {
        let vm = self.vm;
        let tb = exc
            .as_exception()
            .and_then(|e| e.traceback.borrow().clone());
        if let Some(tb) = tb.filter(|_| self.limit > 0) {
            let is_group = crate::types::exception_group::is_group(exc);
            let (header, header_margin) = if is_group {
                let m = if self.depth == 1 {
                    "+ "
                } else if self.depth > 0 {
                    "| "
                } else {
                    ""
                };
                ("Exception Group Traceback (most recent call last):\n", m)
            } else {
                (
                    "Traceback (most recent call last):\n",
                    if self.depth > 0 { "| " } else { "" },
                )
            };
            self.out
                .push_str(&format!("{}{header_margin}{header}", self.indent()));
            let prefix = self.prefix();
            print_tb(&tb, &prefix, self.limit, &mut self.out, &mut self.sources);
        }
        let mut shown = None;
        if crate::types::exception::kind_of(&exc.class())
            == crate::types::exception::ExcKind::Syntax
        {
            let prefix = self.prefix();
            shown = print_syntax_location(vm, exc, &prefix, &mut self.out);
        }
        self.out.push_str(&self.prefix());
        self.out.push_str(&message_line_of(vm, exc, shown.as_ref()));
        let prefix = self.prefix();
        print_notes(vm, exc, &prefix, &mut self.out);
    }
}

/// The entries of a traceback chain, oldest first.
fn entries(tb: &ObjRef) -> Vec<Rc<Traceback>> {
    let mut out = Vec::new();
    let mut cur = Some(tb.clone());
    while let Some(t) = cur {
        match &t.payload {
            Payload::Traceback(data) => {
                out.push(Rc::new(Traceback {
                    next: std::cell::RefCell::new(None),
                    code: data.code.clone(),
                    frame: data.frame.clone(),
                    lasti: data.lasti,
                    lineno: data.lineno,
                }));
                cur = data.next.borrow().clone();
            }
            _ => break,
        }
    }
    out
}

/// `tb_printinternal`, each line after `prefix`.
fn print_tb(tb: &ObjRef, prefix: &str, limit: usize, out: &mut String, sources: &mut Sources) {
    let all = entries(tb);
    let skip = all.len().saturating_sub(limit);
    let mut last: Option<(String, i32, String)> = None;
    let mut count = 0usize;
    for t in &all[skip..] {
        let filename = t.code.co.filename.to_string_lossy().into_owned();
        let name = t.code.co.name.to_string_lossy().into_owned();
        let key = (filename.clone(), t.lineno, name.clone());
        if last.as_ref() != Some(&key) {
            if count > RECURSIVE_CUTOFF {
                repeated(out, count);
            }
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count <= RECURSIVE_CUTOFF {
            display_line(t, &filename, &name, prefix, out, sources);
        }
    }
    if count > RECURSIVE_CUTOFF {
        repeated(out, count);
    }
}

fn repeated(out: &mut String, count: usize) {
    let n = count - RECURSIVE_CUTOFF;
    out.push_str(&format!(
        "  [Previous line repeated {n} more time{}]\n",
        if n > 1 { "s" } else { "" }
    ));
}

/// `tb_displayline`: the `File` line, the source line and the location markers.
fn display_line(
    t: &Traceback,
    filename: &str,
    name: &str,
    prefix: &str,
    out: &mut String,
    sources: &mut Sources,
) {
    out.push_str(&format!(
        "{prefix}  File \"{filename}\", line {}, in {name}\n",
        t.lineno
    ));
    let Some(line) = sources.line(filename, t.lineno) else {
        return;
    };
    let chars: Vec<char> = line.chars().collect();
    let indent = chars
        .iter()
        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
        .count();
    let stripped: String = chars[indent..].iter().collect();
    out.push_str(prefix);
    out.push_str("    ");
    out.push_str(&stripped);
    out.push('\n');
    let pos = t.code.position_at(t.lasti);
    let (Some(start_line), Some(end_line), Some(col), Some(end_col)) =
        (pos.line, pos.end_line, pos.col, pos.end_col)
    else {
        return;
    };
    if start_line < 0 || end_line < 0 || col < 0 || end_col < 0 {
        return;
    }
    let start = byte_to_char(&line, col as usize);
    let mut end = byte_to_char(&line, end_col as usize);
    let mut anchors = None;
    if start_line == end_line {
        if start <= end && end <= chars.len() {
            let segment: String = chars[start..end].iter().collect();
            anchors = caret_anchors(&segment).map(|(l, r)| (l + start, r + start));
        }
    } else {
        // A multi-line range is marked to the end of its first line.
        end = line
            .trim_end_matches([' ', '\t', '\x0c', '\n', '\r'])
            .chars()
            .count();
    }
    let stripped_len = chars.len() - indent;
    if end.saturating_sub(start) == stripped_len && anchors.is_none() {
        return;
    }
    // Columns, not characters: a wide character takes two (`_display_width`).
    let width = |i: usize| -> usize {
        chars[..i.min(chars.len())]
            .iter()
            .map(|&c| 1 + usize::from(crate::builtins::unicodedata::is_wide(c)))
            .sum()
    };
    let (w_start, w_end) = (width(start), width(end).max(width(start)));
    let mut carets = String::from(prefix);
    carets.push_str("    ");
    carets.extend(std::iter::repeat_n(' ', w_start.saturating_sub(indent)));
    match anchors {
        Some((l, r)) => {
            let (w_l, w_r) = (
                width(l).clamp(w_start, w_end),
                width(r).clamp(w_start, w_end),
            );
            carets.extend(std::iter::repeat_n('~', w_l - w_start));
            carets.extend(std::iter::repeat_n('^', w_r.saturating_sub(w_l)));
            carets.extend(std::iter::repeat_n('~', w_end - w_r.max(w_l)));
        }
        None => carets.extend(std::iter::repeat_n('^', w_end - w_start)),
    }
    out.push_str(&carets);
    out.push('\n');
}

/// A UTF-8 byte offset within `line` as a character offset.
fn byte_to_char(line: &str, byte: usize) -> usize {
    let b = byte.min(line.len());
    let mut cut = b;
    while cut > 0 && !line.is_char_boundary(cut) {
        cut -= 1;
    }
    line[..cut].chars().count()
}

/// `extract_anchors_from_line`: for a segment that is one binary operation or subscript,
/// the character range of the operator (or of the brackets), relative to the segment.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let module = krait_syntax::parser::parse(
        segment,
        krait_syntax::parser::Mode::Exec,
        krait_syntax::parser::ParseOptions::default(),
    )
    .ok()?;
    let Mod::Module { body, .. } = &module else {
        return None;
    };
    let [stmt] = body.as_slice() else {
        return None;
    };
    let StmtKind::Expr { value } = &stmt.kind else {
        return None;
    };
    let seg: Vec<char> = segment.chars().collect();
    let norm = |b: u32| byte_to_char(segment, b as usize);
    match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op_start = norm(left.range.end_col_offset);
            let op_end = norm(right.range.col_offset);
            let op: Vec<char> = seg.get(op_start..op_end)?.to_vec();
            let lead = op.iter().take_while(|c| c.is_whitespace()).count();
            let mut l = op_start + lead;
            let mut r = l + 1;
            if lead + 1 < op.len() && !op[lead + 1].is_whitespace() {
                r += 1;
            }
            while l < seg.len() && (seg[l].is_whitespace() || seg[l] == ')' || seg[l] == '#') {
                l += 1;
                r += 1;
            }
            Some((l, r))
        }
        ExprKind::Subscript { value, slice, .. } => {
            let mut l = norm(value.range.end_col_offset);
            let mut r = norm(slice.range.end_col_offset) + 1;
            while l < seg.len() && (seg[l].is_whitespace() || seg[l] != '[') {
                l += 1;
            }
            while r < seg.len() && (seg[r].is_whitespace() || seg[r] != ']') {
                r += 1;
            }
            if r < seg.len() {
                r += 1;
            }
            Some((l, r))
        }
        _ => None,
    }
}

/// The `Type: message` line: the class's qualified name (module omitted for `builtins` and
/// `__main__`), then `str(exc)` unless empty.
pub fn message_line(vm: &Vm, exc: &ObjRef) -> String {
    message_line_of(vm, exc, None)
}

/// The message line, showing `value` (a `SyntaxError`'s `msg` once its location is printed,
/// as `print_exception_file_and_line` substitutes it) instead of `str(exc)` when given.
fn message_line_of(vm: &Vm, exc: &ObjRef, value: Option<&ObjRef>) -> String {
    let cls = exc.class();
    let mut out = String::new();
    let module = vm
        .getattr_opt(&cls, &vm.names.__module__)
        .ok()
        .flatten()
        .filter(|m| m.as_str().is_some());
    match module {
        None => out.push_str("<unknown>"),
        Some(m) => {
            let m = vm.str_lossy(&m);
            if m != "builtins" && m != "__main__" {
                out.push_str(&m);
                out.push('.');
            }
        }
    }
    let qualname = vm
        .getattr_opt(&cls, &vm.names.__qualname__)
        .ok()
        .flatten()
        .map(|q| vm.str_lossy(&q))
        .unwrap_or_else(|| vm.type_name(exc));
    out.push_str(&qualname);
    match vm.str(value.unwrap_or(exc)) {
        Ok(s) => {
            if s.as_str().is_some_and(|p| !p.is_empty()) {
                out.push_str(": ");
                out.push_str(&vm.str_lossy(&s));
            }
        }
        Err(_) => out.push_str(": <exception str() failed>"),
    }
    if let Some(hint) = crate::suggestions::offer(vm, exc) {
        out.push_str(&hint);
    }
    out.push('\n');
    out
}

/// `print_exception_notes`.
fn print_notes(vm: &Vm, exc: &ObjRef, prefix: &str, out: &mut String) {
    let Ok(Some(notes)) = vm.getattr_opt(exc, &vm.names.__notes__) else {
        return;
    };
    // `PySequence_Check`: anything with `__getitem__` but a dict (a str too, shown character
    // by character); anything else is shown by its repr, with no newline after it.
    let is_seq = notes.as_dict().is_none()
        && crate::object::typeobj::lookup(&notes.class(), &vm.names.__getitem__).is_some();
    if !is_seq {
        out.push_str(prefix);
        match vm.repr_string(&notes) {
            Ok(s) => out.push_str(&s),
            Err(_) => out.push_str("<__notes__ repr() failed>"),
        }
        return;
    }
    let Ok(n) = vm.len(&notes) else {
        return;
    };
    for i in 0..n {
        let Ok(note) = vm.getitem(&notes, &vm.new_int(i as i64)) else {
            return;
        };
        let lines = vm.str(&note).and_then(|s| {
            let lines = vm.call_method(&s, "splitlines", &[vm.new_bool(true)])?;
            vm.collect(&lines)
        });
        match lines {
            Ok(lines) => {
                for line in lines {
                    out.push_str(prefix);
                    out.push_str(&vm.str_lossy(&line));
                }
            }
            Err(_) => out.push_str("<note str() failed>"),
        }
        out.push('\n');
    }
}

/// `print_exception_file_and_line` for a `SyntaxError` raised at run time: the location lines
/// and caret (`print_error_text`). Once the location is known, the message shown is `msg`
/// (returned), not `str(exc)` with its `(file, line N)` suffix.
fn print_syntax_location(vm: &Vm, exc: &ObjRef, prefix: &str, out: &mut String) -> Option<ObjRef> {
    use crate::types::exception::field;
    let filename = field(exc, "filename")
        .filter(|f| f.as_str().is_some())
        .map(|f| vm.str_lossy(&f))
        .unwrap_or_else(|| "<string>".to_string());
    let lineno = field(exc, "lineno").and_then(|l| l.as_int().and_then(|i| i.as_i64()))?;
    out.push_str(&format!("{prefix}  File \"{filename}\", line {lineno}\n"));
    let msg = field(exc, "msg");
    let Some(text) = field(exc, "text").filter(|t| t.as_str().is_some()) else {
        return msg;
    };
    let text = vm.str_lossy(&text);
    let int_field = |name: &str| {
        field(exc, name)
            .and_then(|o| o.as_int().and_then(|i| i.as_i64()))
            .unwrap_or(-1)
    };
    let (offset, mut end_offset) = (int_field("offset"), int_field("end_offset"));
    // A location spanning lines is highlighted to the end of its first line, and the carets
    // never run past the text (`print_exception_file_and_line`).
    let line_size = text.chars().count() as i64;
    if int_field("end_lineno") > lineno {
        end_offset = line_size;
    }
    end_offset = end_offset.min(line_size + 1);
    print_error_text(&text, offset, end_offset, out);
    msg
}

/// `print_error_text`: the text from the line holding `offset` on (leading blanks dropped), then
/// a caret line unless the offset falls left of the text.
fn print_error_text(text: &str, offset: i64, end_offset: i64, out: &mut String) {
    let carets = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    let mut offset = offset - 1;
    let mut rest = text;
    while let Some(r) = rest.strip_prefix([' ', '\t', '\x0c']) {
        rest = r;
        offset -= 1;
    }
    let mut len = rest.chars().count() as i64 - i64::from(rest.ends_with('\n'));
    offset = offset.min(len);
    while let Some(nl) = rest.find('\n') {
        let inl = rest[..nl].chars().count() as i64;
        if inl >= offset {
            break;
        }
        rest = &rest[nl + 1..];
        len -= inl + 1;
        offset -= inl + 1;
    }
    out.push_str("    ");
    out.push_str(rest);
    if rest.chars().nth(len.max(0) as usize) != Some('\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(offset as usize));
    out.push_str(&"^".repeat(carets.max(0) as usize));
    out.push('\n');
}
