//! The `_csv` module under `Lib/csv.py` (`reader`, `writer`, `Dialect`, the dialect registry,
//! `field_size_limit`), run from the embedded `csv.py`, which follows Modules/_csv.c in 3.11.
//! Its two hot loops run here: `_parse_line`, the reader's state machine over one line, and
//! `_writerow`, a row of plain values quoted and joined; run in Python one character at a
//! time, reading and writing were ten to thirty times slower than CPython's C module.

use krait_syntax::pystr::PyStrBuf;

use crate::object::native::Args;
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

const SOURCE: &str = include_str!("csv.py");

/// `QUOTE_ALL`, `QUOTE_NONNUMERIC` and `QUOTE_NONE` (`QUOTE_MINIMAL` is 0).
const QUOTE_ALL: i64 = 1;
const QUOTE_NONNUMERIC: i64 = 2;
const QUOTE_NONE: i64 = 3;

/// The reader's states, in csv.py's (and `ParserState`'s) order.
const START_RECORD: i64 = 0;
const START_FIELD: i64 = 1;
const ESCAPED_CHAR: i64 = 2;
const IN_FIELD: i64 = 3;
const IN_QUOTED_FIELD: i64 = 4;
const ESCAPE_IN_QUOTED_FIELD: i64 = 5;
const QUOTE_IN_QUOTED_FIELD: i64 = 6;
const EAT_CRNL: i64 = 7;
const AFTER_ESCAPED_CRNL: i64 = 8;

const LF: u32 = b'\n' as u32;
const CR: u32 = b'\r' as u32;

/// The `_csv` module.
pub fn module(vm: &Vm) -> Option<ObjRef> {
    let pre = [
        ("_parse_line", vm.new_builtin("_parse_line", parse_line)),
        ("_writerow", vm.new_builtin("_writerow", writerow)),
    ];
    crate::importer::exec_embedded_with(vm, "_csv", SOURCE, "<frozen _csv>", &pre).ok()
}

/// A one-character dialect setting (None: unset).
fn char_of(o: &ObjRef) -> Option<u32> {
    let s = o.as_str()?;
    let mut cps = s.code_points();
    let c = cps.next()?;
    cps.next().is_none().then_some(c)
}

fn int_of(o: &ObjRef) -> Option<i64> {
    o.as_int()?.as_i64()
}

/// The reader's dialect settings.
struct ReadDialect {
    delimiter: Option<u32>,
    quotechar: Option<u32>,
    escapechar: Option<u32>,
    quoting: i64,
    doublequote: bool,
    skipinitialspace: bool,
    strict: bool,
}

/// One line's worth of the reader: its state, the field being read and the fields done.
struct Parse<'a, 'v> {
    vm: &'a Vm<'v>,
    d: ReadDialect,
    state: i64,
    field: Vec<u32>,
    numeric: bool,
    limit: usize,
    fields: &'a ObjRef,
}

/// What stops a line: a `csv.Error` message, or an exception raised converting a field.
enum Halt {
    Error(String),
    Raised(crate::object::PyErr),
}

impl Parse<'_, '_> {
    /// `parse_save_field`.
    fn save_field(&mut self) -> Result<(), Halt> {
        let text = PyStrBuf::from_code_points(self.field.drain(..))
            .ok_or_else(|| Halt::Error("invalid character".to_string()))?;
        let mut value = self.vm.new_str_buf(text);
        if self.numeric {
            self.numeric = false;
            value = self
                .vm
                .call_pos(&self.vm.types.float, &[value])
                .map_err(Halt::Raised)?;
        }
        if let Some(l) = self.fields.as_list() {
            l.borrow_mut().push(value);
        }
        Ok(())
    }

    /// `parse_add_char`.
    fn add_char(&mut self, c: u32) -> Result<(), Halt> {
        if self.field.len() >= self.limit {
            return Err(Halt::Error(format!(
                "field larger than field limit ({})",
                self.limit
            )));
        }
        self.field.push(c);
        Ok(())
    }

    /// `parse_process_char`, `c` None being the end of the line.
    fn process(&mut self, c: Option<u32>) -> Result<(), Halt> {
        let d = &self.d;
        let is = |x: Option<u32>| c.is_some() && c == x;
        let eol_or_break = c.is_none() || c == Some(LF) || c == Some(CR);
        let mut state = self.state;
        if state == START_RECORD {
            if c.is_none() {
                return Ok(());
            }
            if c == Some(LF) || c == Some(CR) {
                self.state = EAT_CRNL;
                return Ok(());
            }
            state = START_FIELD;
            self.state = START_FIELD;
        }
        match state {
            START_FIELD => {
                if eol_or_break {
                    self.save_field()?;
                    self.state = if c.is_none() { START_RECORD } else { EAT_CRNL };
                } else if is(d.quotechar) && d.quoting != QUOTE_NONE {
                    self.state = IN_QUOTED_FIELD;
                } else if is(d.escapechar) {
                    self.state = ESCAPED_CHAR;
                } else if c == Some(u32::from(b' ')) && d.skipinitialspace {
                } else if is(d.delimiter) {
                    self.save_field()?;
                } else {
                    if d.quoting == QUOTE_NONNUMERIC {
                        self.numeric = true;
                    }
                    self.add_char(c.unwrap_or(0))?;
                    self.state = IN_FIELD;
                }
            }
            ESCAPED_CHAR => {
                if c == Some(LF) || c == Some(CR) {
                    self.add_char(c.unwrap_or(0))?;
                    self.state = AFTER_ESCAPED_CRNL;
                    return Ok(());
                }
                self.add_char(c.unwrap_or(LF))?;
                self.state = IN_FIELD;
            }
            AFTER_ESCAPED_CRNL | IN_FIELD => {
                if state == AFTER_ESCAPED_CRNL && c.is_none() {
                    return Ok(());
                }
                if eol_or_break {
                    self.save_field()?;
                    self.state = if c.is_none() { START_RECORD } else { EAT_CRNL };
                } else if is(d.escapechar) {
                    self.state = ESCAPED_CHAR;
                } else if is(d.delimiter) {
                    self.save_field()?;
                    self.state = START_FIELD;
                } else {
                    self.add_char(c.unwrap_or(0))?;
                    self.state = IN_FIELD;
                }
            }
            IN_QUOTED_FIELD => {
                if c.is_none() {
                } else if is(d.escapechar) {
                    self.state = ESCAPE_IN_QUOTED_FIELD;
                } else if is(d.quotechar) {
                    self.state = if d.doublequote {
                        QUOTE_IN_QUOTED_FIELD
                    } else {
                        IN_FIELD
                    };
                } else {
                    self.add_char(c.unwrap_or(0))?;
                }
            }
            ESCAPE_IN_QUOTED_FIELD => {
                self.add_char(c.unwrap_or(LF))?;
                self.state = IN_QUOTED_FIELD;
            }
            QUOTE_IN_QUOTED_FIELD => {
                if d.quoting != QUOTE_NONE && is(d.quotechar) {
                    self.add_char(c.unwrap_or(0))?;
                    self.state = IN_QUOTED_FIELD;
                } else if is(d.delimiter) {
                    self.save_field()?;
                    self.state = START_FIELD;
                } else if eol_or_break {
                    self.save_field()?;
                    self.state = if c.is_none() { START_RECORD } else { EAT_CRNL };
                } else if !d.strict {
                    self.add_char(c.unwrap_or(0))?;
                    self.state = IN_FIELD;
                } else {
                    let show = |x: Option<u32>| {
                        x.and_then(char::from_u32)
                            .map_or(String::new(), |c| c.to_string())
                    };
                    return Err(Halt::Error(format!(
                        "'{}' expected after '{}'",
                        show(d.delimiter),
                        show(d.quotechar)
                    )));
                }
            }
            EAT_CRNL => {
                if c == Some(LF) || c == Some(CR) {
                } else if c.is_none() {
                    self.state = START_RECORD;
                } else {
                    return Err(Halt::Error(
                        "new-line character seen in unquoted field - do you need to open the \
                         file with newline=''?"
                            .to_string(),
                    ));
                }
            }
            _ => {}
        }
        Ok(())
    }
}

/// `_parse_line(line, fields, field, state, numeric, dialect, limit)`: runs the reader's
/// state machine over `line` and its end, appending finished fields to `fields`; returns
/// `(state, field, numeric)`, or the message of the `csv.Error` to raise as a `str`.
fn parse_line(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_parse_line", 7)?;
    let bad = || vm.internal("_parse_line: bad arguments");
    let line = a[0].as_str().ok_or_else(bad)?;
    let params = a[5].as_tuple().ok_or_else(bad)?;
    let [
        delimiter,
        quotechar,
        escapechar,
        quoting,
        doublequote,
        skip,
        strict,
    ] = params
    else {
        return Err(bad());
    };
    let d = ReadDialect {
        delimiter: char_of(delimiter),
        quotechar: char_of(quotechar),
        escapechar: char_of(escapechar),
        quoting: int_of(quoting).ok_or_else(bad)?,
        doublequote: vm.truthy(doublequote)?,
        skipinitialspace: vm.truthy(skip)?,
        strict: vm.truthy(strict)?,
    };
    let mut p = Parse {
        vm,
        d,
        state: int_of(&a[3]).ok_or_else(bad)?,
        field: a[2].as_str().ok_or_else(bad)?.code_points().collect(),
        numeric: vm.truthy(&a[4])?,
        limit: usize::try_from(int_of(&a[6]).unwrap_or(i64::MAX).max(0)).unwrap_or(usize::MAX),
        fields: &a[1],
    };
    let chars = line.code_points().map(Some).chain(std::iter::once(None));
    for c in chars {
        match p.process(c) {
            Ok(()) => {}
            Err(Halt::Error(msg)) => return Ok(vm.new_str(msg)),
            Err(Halt::Raised(e)) => return Err(e),
        }
    }
    let field = PyStrBuf::from_code_points(p.field).ok_or_else(bad)?;
    Ok(vm.new_tuple(vec![
        vm.new_int(p.state),
        vm.new_str_buf(field),
        vm.new_bool(p.numeric),
    ]))
}

/// The writer's dialect settings.
struct WriteDialect {
    delimiter: u32,
    quotechar: Option<u32>,
    escapechar: Option<u32>,
    quoting: i64,
    lineterminator: Vec<u32>,
    doublequote: bool,
}

/// `join_append_data` for one field: its quoting and escaping, appended to `out`.
fn join_field(
    d: &WriteDialect,
    out: &mut Vec<u32>,
    field: &[u32],
    mut quoted: bool,
    quote_empty: bool,
    first: bool,
) -> Result<(), String> {
    if !first {
        out.push(d.delimiter);
    }
    let special = |c: u32| {
        c == d.delimiter
            || Some(c) == d.escapechar
            || Some(c) == d.quotechar
            || d.lineterminator.contains(&c)
    };
    let mut body = Vec::with_capacity(field.len());
    for &c in field {
        if special(c) {
            let mut want_escape = false;
            if d.quoting == QUOTE_NONE {
                want_escape = true;
            } else {
                if Some(c) == d.quotechar {
                    if d.doublequote {
                        body.push(c);
                    } else {
                        want_escape = true;
                    }
                } else if Some(c) == d.escapechar {
                    want_escape = true;
                }
                if !want_escape {
                    quoted = true;
                }
            }
            if want_escape {
                let Some(e) = d.escapechar else {
                    return Err("need to escape, but no escapechar set".to_string());
                };
                body.push(e);
            }
        }
        body.push(c);
    }
    if field.is_empty() && quote_empty {
        if d.quoting == QUOTE_NONE {
            return Err("single empty field record must be quoted".to_string());
        }
        quoted = true;
    }
    match (quoted, d.quotechar) {
        (true, Some(q)) => {
            out.push(q);
            out.extend(body);
            out.push(q);
        }
        _ => out.extend(body),
    }
    Ok(())
}

/// The text of a plain field and whether it is a number (`PyNumber_Check`); None for any
/// other value, which the Python writer converts.
fn field_text(vm: &Vm, f: &ObjRef) -> Option<(Vec<u32>, bool)> {
    if vm.is_none(f) {
        return Some((Vec::new(), false));
    }
    if f.is_exact(&vm.types.str) {
        return Some((f.as_str()?.code_points().collect(), false));
    }
    let text = if f.is_exact(&vm.types.int) || f.is_exact(&vm.types.bool) {
        if f.is_exact(&vm.types.bool) {
            if std::rc::Rc::ptr_eq(f, &vm.true_obj) {
                "True".to_string()
            } else {
                "False".to_string()
            }
        } else {
            // Huge ints go the Python way, through `str()` and its digit limit.
            f.as_int()?.as_i64()?.to_string()
        }
    } else if f.is_exact(&vm.types.float) {
        crate::types::float_repr::repr(f.as_float()?)
    } else {
        return None;
    };
    Some((text.chars().map(u32::from).collect(), true))
}

/// `_writerow(row, dialect)`: the line `writerow` writes for a list or tuple of plain values
/// (str, None, int, bool, float); `(message,)` for a `csv.Error` to raise; None when the
/// Python writer must make it.
fn writerow(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "_writerow", 2)?;
    let row = &a[0];
    let items: Vec<ObjRef> = match &row.payload {
        Payload::Tuple(t) if row.is_exact(&vm.types.tuple) => t.to_vec(),
        Payload::List(l) if row.is_exact(&vm.types.list) => l.borrow().clone(),
        _ => return Ok(vm.none.clone()),
    };
    let bad = || vm.internal("_writerow: bad arguments");
    let params = a[1].as_tuple().ok_or_else(bad)?;
    let [
        delimiter,
        quotechar,
        escapechar,
        quoting,
        lineterminator,
        doublequote,
    ] = params
    else {
        return Err(bad());
    };
    let d = WriteDialect {
        delimiter: char_of(delimiter).ok_or_else(bad)?,
        quotechar: char_of(quotechar),
        escapechar: char_of(escapechar),
        quoting: int_of(quoting).ok_or_else(bad)?,
        lineterminator: lineterminator
            .as_str()
            .ok_or_else(bad)?
            .code_points()
            .collect(),
        doublequote: vm.truthy(doublequote)?,
    };
    let mut fields = Vec::with_capacity(items.len());
    for f in &items {
        match field_text(vm, f) {
            Some(t) => fields.push(t),
            None => return Ok(vm.none.clone()),
        }
    }
    let mut out = Vec::new();
    let error = |m: String| vm.new_tuple(vec![vm.new_str(m)]);
    for (i, (text, number)) in fields.iter().enumerate() {
        let quoted = match d.quoting {
            QUOTE_NONNUMERIC => !number,
            q => q == QUOTE_ALL,
        };
        if let Err(m) = join_field(&d, &mut out, text, quoted, false, i == 0) {
            return Ok(error(m));
        }
    }
    if !fields.is_empty() && out.is_empty() {
        if d.quoting == QUOTE_NONE {
            return Ok(error(
                "single empty field record must be quoted".to_string(),
            ));
        }
        if let Err(m) = join_field(&d, &mut out, &[], true, true, true) {
            return Ok(error(m));
        }
    }
    out.extend(&d.lineterminator);
    let text = PyStrBuf::from_code_points(out).ok_or_else(bad)?;
    Ok(vm.new_str_buf(text))
}
