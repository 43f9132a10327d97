//! Native fast paths for the hot methods of `_io`'s Python classes (`TextIOWrapper.write`,
//! `readline` and `__next__`, the buffered file's `readline`/`__next__`/`write`, and the same
//! calls on `StringIO` and `BytesIO`). CPython runs these in C; run as Python they cost several
//! nested calls each, so a program reading a file line by line or building text in a `StringIO`
//! ran many times slower than under CPython.
//!
//! Each fast path handles only the common case, reading and updating the object's state where
//! the Python class keeps it (its instance attributes), and hands every other case (a
//! subclass, a closed or detached stream, a line that needs more input, newline translation,
//! a flush) to the Python method it replaces, kept in the class as `_py_<name>`. So the
//! Python code stays the one definition of the behaviour; these only skip its steps where the
//! outcome is known.

use crate::object::native::{Args, NativeMethod};
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;
use crate::types::str_search::sub_buf;

/// `TextIOWrapper`'s `_CHUNK_SIZE`: pending encoded text is written out past this many bytes.
const CHUNK_SIZE: i64 = 8192;

/// The module's classes the fast paths recognise, in [`State::classes`] order.
const CLASSES: [&str; 9] = [
    "TextIOWrapper",
    "BufferedReader",
    "BufferedWriter",
    "BufferedRandom",
    "_StdWriter",
    "FileIO",
    "_NativeEncoder",
    "StringIO",
    "BytesIO",
];

/// Indices into [`State::classes`].
#[derive(Clone, Copy)]
enum Class {
    TextIOWrapper,
    BufferedReader,
    BufferedWriter,
    BufferedRandom,
    StdWriter,
    FileIO,
    NativeEncoder,
    StringIO,
    BytesIO,
}

/// The instance attributes the fast paths read and write, interned once.
const NAMES: [&str; 33] = [
    "_buffer",
    "_Buffered__detached",
    "_Buffered__raw",
    "_FileIO__fd",
    "_line_buffering",
    "_write_through",
    "_decoder",
    "_writetranslate",
    "_writenl",
    "_encoder",
    "codec",
    "_pending",
    "_pending_bytes",
    "_snapshot",
    "_readtranslate",
    "_readnl",
    "_decoded_chars",
    "_decoded_chars_used",
    "_telling",
    "_Buffered__rbuf",
    "_Buffered__rpos",
    "buffer_size",
    "_Buffered__wbuf",
    "__IOBase_closed",
    "_StringIO__decoder",
    "_StringIO__writenl",
    "_StringIO__pos",
    "_StringIO__len",
    "_StringIO__tail",
    "_StringIO__readnl",
    "_StringIO__buf",
    "_BytesIO__buf",
    "_BytesIO__pos",
];

/// Indices into [`State::names`], named after the attributes.
#[allow(non_camel_case_types)]
#[derive(Clone, Copy)]
enum Name {
    buffer,
    buffered_detached,
    buffered_raw,
    fileio_fd,
    line_buffering,
    write_through,
    decoder,
    writetranslate,
    writenl,
    encoder,
    codec,
    pending,
    pending_bytes,
    snapshot,
    readtranslate,
    readnl,
    decoded_chars,
    decoded_chars_used,
    telling,
    buffered_rbuf,
    buffered_rpos,
    buffer_size,
    buffered_wbuf,
    iobase_closed,
    stringio_decoder,
    stringio_writenl,
    stringio_pos,
    stringio_len,
    stringio_tail,
    stringio_readnl,
    stringio_buf,
    bytesio_buf,
    bytesio_pos,
}

/// What the fast paths need of the module last made: its classes and the attribute names.
#[derive(Debug)]
pub struct State {
    classes: Vec<ObjRef>,
    names: Vec<ObjRef>,
}

/// The accelerated methods: (class, method, fast path).
const METHODS: &[(&str, &str, NativeMethod)] = &[
    ("TextIOWrapper", "write", text_write),
    ("TextIOWrapper", "readline", text_readline),
    ("TextIOWrapper", "__next__", text_next),
    ("_Buffered", "readline", buffered_readline),
    ("_Buffered", "__next__", buffered_next),
    ("_Buffered", "write", buffered_write),
    ("StringIO", "write", stringio_write),
    ("StringIO", "readline", stringio_readline),
    ("StringIO", "__next__", stringio_next),
    ("BytesIO", "write", bytesio_write),
    ("BytesIO", "read", bytesio_read),
];

/// Installs the fast paths on the classes of the module `m` just made: each Python method
/// moves to `_py_<name>` and the native one takes its name.
pub fn install(vm: &Vm, m: &ObjRef) -> Option<()> {
    let class = |name: &str| vm.getattr_str(m, name).ok();
    let classes = CLASSES
        .iter()
        .map(|n| class(n))
        .collect::<Option<Vec<_>>>()?;
    let names = NAMES.iter().map(|n| vm.intern(n)).collect();
    for &(cls_name, method, fast) in METHODS {
        let cls = class(cls_name)?;
        let name = vm.intern(method);
        let py = {
            let t = cls.as_type()?;
            let s = name.as_str()?;
            let dict = t.dict.borrow();
            dict.get_str(s.hash(), &name, s.as_bytes())?.clone()
        };
        vm.type_dict_set(&cls, vm.intern(&format!("_py_{method}")), py);
        vm.add_methods(&cls, &[(method, fast)]);
    }
    *vm.io_accel.borrow_mut() = Some(std::rc::Rc::new(State { classes, names }));
    Some(())
}

/// The state of the module last made (None before `_io` is).
fn state(vm: &Vm) -> Option<std::rc::Rc<State>> {
    vm.io_accel.borrow().clone()
}

impl State {
    /// Whether `obj` is exactly the class `c`.
    fn is(&self, obj: &ObjRef, c: Class) -> bool {
        obj.is_exact(&self.classes[c as usize])
    }

    /// An instance attribute, read from the instance dict.
    fn attr(&self, vm: &Vm, obj: &ObjRef, n: Name) -> Option<ObjRef> {
        crate::object::values::own_attr(vm, obj, &self.names[n as usize])
    }

    /// Sets an instance attribute in the instance dict.
    fn set(&self, vm: &Vm, obj: &ObjRef, n: Name, value: ObjRef) {
        let _ = crate::object::values::set_own(vm, obj, &self.names[n as usize], value);
    }

    /// An instance attribute holding an `int` that fits an `i64`.
    fn int(&self, vm: &Vm, obj: &ObjRef, n: Name) -> Option<i64> {
        let v = self.attr(vm, obj, n)?;
        if !v.is_exact(&vm.types.int) {
            return None;
        }
        v.as_int()?.as_i64()
    }

    /// Whether an instance attribute is `value` itself (`None`, `True`, `False`).
    fn is_obj(&self, vm: &Vm, obj: &ObjRef, n: Name, value: &ObjRef) -> bool {
        self.attr(vm, obj, n)
            .is_some_and(|v| std::rc::Rc::ptr_eq(&v, value))
    }

    /// Whether an instance attribute is the `str` `text`.
    fn is_text(&self, vm: &Vm, obj: &ObjRef, n: Name, text: &[u8]) -> bool {
        self.attr(vm, obj, n)
            .is_some_and(|v| v.as_str().is_some_and(|s| s.as_bytes() == text))
    }
}

/// The Python method `_py_<method>` of `this`'s class run on `this` with the call's own
/// arguments: what the fast path stands in for.
fn fallback(vm: &Vm, method: &str, this: &ObjRef, args: Args<'_>) -> PyResult {
    let name = vm.intern(&format!("_py_{method}"));
    let Some(f) = crate::object::typeobj::lookup(&this.class(), &name) else {
        return Err(vm.internal("_io fast path without its Python method"));
    };
    let mut all = Vec::with_capacity(args.values.len() + 1);
    all.push(this.clone());
    all.extend_from_slice(args.values);
    vm.call(
        &f,
        Args {
            values: &all,
            kwnames: args.kwnames,
        },
    )
}

/// Whether a buffered file of the built-in classes is attached to an open `FileIO`:
/// textio.c's and bufferedio.c's shortcut for `closed` (`_PyFileIO_closed`).
fn buffered_file_open(vm: &Vm, st: &State, buf: &ObjRef) -> bool {
    let builtin = [
        Class::BufferedReader,
        Class::BufferedWriter,
        Class::BufferedRandom,
        Class::StdWriter,
    ]
    .into_iter()
    .any(|c| st.is(buf, c));
    if !builtin || !st.is_obj(vm, buf, Name::buffered_detached, &vm.false_obj) {
        return false;
    }
    let Some(raw) = st.attr(vm, buf, Name::buffered_raw) else {
        return false;
    };
    st.is(&raw, Class::FileIO) && st.int(vm, &raw, Name::fileio_fd).is_some_and(|fd| fd >= 0)
}

/// The text of an exact `str` object.
fn exact_str<'a>(vm: &Vm, o: &'a ObjRef) -> Option<&'a crate::types::str::PyStr> {
    if o.is_exact(&vm.types.str) {
        o.as_str()
    } else {
        None
    }
}

/// The line of `text` that starts at code point `start`, up to and including the first
/// `'\n'`: its text and the code point index after it. None when no `'\n'` follows.
fn line_from(vm: &Vm, text: &crate::types::str::PyStr, start: usize) -> Option<(ObjRef, usize)> {
    if start > text.len() {
        return None;
    }
    let bytes = text.as_bytes();
    let from = text.byte_offset(start);
    let at = memchr::memchr(b'\n', &bytes[from..])?;
    let line = &bytes[from..=from + at];
    let chars = if text.is_ascii() {
        line.len()
    } else {
        line.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
    };
    Some((vm.new_str_buf(sub_buf(line)), start + chars))
}

/// Whether the call has no arguments.
fn no_args(args: &Args<'_>) -> bool {
    args.values.is_empty() && args.kwnames.is_empty()
}

// ----- TextIOWrapper ---------------------------------------------------------------------------

/// Whether `this` is a `TextIOWrapper` whose fast paths apply: the exact class over an open
/// built-in buffered file.
fn text_ready(vm: &Vm, st: &State, this: &ObjRef) -> bool {
    st.is(this, Class::TextIOWrapper)
        && st
            .attr(vm, this, Name::buffer)
            .is_some_and(|b| buffered_file_open(vm, st, &b))
}

/// `TextIOWrapper.write(s)`: encoded text joins the pending chunks while they stay under the
/// chunk size, with no newline translation, line buffering or write-through to apply.
fn text_write(vm: &Vm, this: &ObjRef, args: Args<'_>) -> PyResult {
    if let Some(n) = state(vm).and_then(|st| text_write_fast(vm, &st, this, &args)) {
        return Ok(vm.new_int(n));
    }
    fallback(vm, "write", this, args)
}

fn text_write_fast(vm: &Vm, st: &State, this: &ObjRef, args: &Args<'_>) -> Option<i64> {
    let [s] = args.values else { return None };
    if !args.kwnames.is_empty() || !text_ready(vm, st, this) {
        return None;
    }
    let text = exact_str(vm, s)?;
    let f = &vm.false_obj;
    if !st.is_obj(vm, this, Name::line_buffering, f)
        || !st.is_obj(vm, this, Name::write_through, f)
        || !st.is_obj(vm, this, Name::decoder, &vm.none)
    {
        return None;
    }
    let has_lf = memchr::memchr(b'\n', text.as_bytes()).is_some();
    if has_lf
        && !st.is_obj(vm, this, Name::writetranslate, f)
        && !st.is_text(vm, this, Name::writenl, b"\n")
    {
        return None;
    }
    let encoder = st.attr(vm, this, Name::encoder)?;
    if !st.is(&encoder, Class::NativeEncoder) {
        return None;
    }
    // ASCII text encodes as itself in all three native codecs; other text only in UTF-8, and
    // only without lone surrogates (which the errors handler would have to see).
    let utf8 = st.is_text(vm, &encoder, Name::codec, b"utf-8");
    if !(text.is_ascii() || (utf8 && text.as_str().is_some())) {
        return None;
    }
    let encoded = text.as_bytes();
    let pending = st.attr(vm, this, Name::pending)?;
    if !pending.is_exact(&vm.types.list) {
        return None;
    }
    let total = st.int(vm, this, Name::pending_bytes)? + encoded.len() as i64;
    if total > CHUNK_SIZE {
        return None;
    }
    let b = vm.new_bytes(encoded.to_vec());
    pending.as_list()?.borrow_mut().push(b);
    st.set(vm, this, Name::pending_bytes, vm.new_int(total));
    if !st.is_obj(vm, this, Name::snapshot, &vm.none) {
        st.set(vm, this, Name::snapshot, vm.none.clone());
    }
    Some(text.len() as i64)
}

/// The next line of a `TextIOWrapper` when the decoded chunk holds all of it, with `'\n'`
/// ending lines (universal newlines translated, or `newline='\n'`).
fn text_line_fast(vm: &Vm, st: &State, this: &ObjRef) -> Option<ObjRef> {
    if !text_ready(vm, st, this) || st.is_obj(vm, this, Name::decoder, &vm.none) {
        return None;
    }
    let pending = st.attr(vm, this, Name::pending)?;
    if !pending.as_list()?.borrow().is_empty() {
        return None;
    }
    if !st.is_obj(vm, this, Name::readtranslate, &vm.true_obj)
        && !st.is_text(vm, this, Name::readnl, b"\n")
    {
        return None;
    }
    let chars = st.attr(vm, this, Name::decoded_chars)?;
    let used = usize::try_from(st.int(vm, this, Name::decoded_chars_used)?).ok()?;
    let (line, end) = line_from(vm, exact_str(vm, &chars)?, used)?;
    st.set(vm, this, Name::decoded_chars_used, vm.new_int(end as i64));
    Some(line)
}

/// Whether the call is `readline()` or `readline(-1)`/`readline(None)` by position.
fn whole_line_call(vm: &Vm, args: &Args<'_>) -> bool {
    if !args.kwnames.is_empty() {
        return false;
    }
    match args.values {
        [] => true,
        [size] => {
            vm.is_none(size)
                || (size.is_exact(&vm.types.int)
                    && size.as_int().and_then(|i| i.as_i64()) == Some(-1))
        }
        _ => false,
    }
}

/// `TextIOWrapper.readline(size=-1)` (which refuses a None size, unlike the others).
fn text_readline(vm: &Vm, this: &ObjRef, args: Args<'_>) -> PyResult {
    if whole_line_call(vm, &args)
        && !args.values.first().is_some_and(|v| vm.is_none(v))
        && let Some(line) = state(vm).and_then(|st| text_line_fast(vm, &st, this))
    {
        return Ok(line);
    }
    fallback(vm, "readline", this, args)
}

/// `TextIOWrapper.__next__()`: a line read stops `tell()` until the next seek, as the Python
/// method does.
fn text_next(vm: &Vm, this: &ObjRef, args: Args<'_>) -> PyResult {
    if no_args(&args)
        && let Some(st) = state(vm)
        && let Some(line) = text_line_fast(vm, &st, this)
    {
        if !st.is_obj(vm, this, Name::telling, &vm.false_obj) {
            st.set(vm, this, Name::telling, vm.false_obj.clone());
        }
        return Ok(line);
    }
    fallback(vm, "__next__", this, args)
}

// ----- the buffered files ----------------------------------------------------------------------

/// The next line of a buffered reader when its read buffer holds all of it.
fn buffered_line_fast(vm: &Vm, st: &State, this: &ObjRef) -> Option<ObjRef> {
    let reader = st.is(this, Class::BufferedReader) || st.is(this, Class::BufferedRandom);
    if !reader || !buffered_file_open(vm, st, this) {
        return None;
    }
    let rbuf = st.attr(vm, this, Name::buffered_rbuf)?;
    if !rbuf.is_exact(&vm.types.bytes) {
        return None;
    }
    let Payload::Bytes(bytes) = &rbuf.payload else {
        return None;
    };
    let pos = usize::try_from(st.int(vm, this, Name::buffered_rpos)?).ok()?;
    let at = memchr::memchr(b'\n', bytes.get(pos..)?)?;
    let end = pos + at + 1;
    st.set(vm, this, Name::buffered_rpos, vm.new_int(end as i64));
    Some(vm.new_bytes(bytes[pos..end].to_vec()))
}

/// `readline(size=-1)` of the buffered files.
fn buffered_readline(vm: &Vm, this: &ObjRef, args: Args<'_>) -> PyResult {
    if whole_line_call(vm, &args)
        && let Some(line) = state(vm).and_then(|st| buffered_line_fast(vm, &st, this))
    {
        return Ok(line);
    }
    fallback(vm, "readline", this, args)
}

/// `__next__()` of the buffered files.
fn buffered_next(vm: &Vm, this: &ObjRef, args: Args<'_>) -> PyResult {
    if no_args(&args)
        && let Some(line) = state(vm).and_then(|st| buffered_line_fast(vm, &st, this))
    {
        return Ok(line);
    }
    fallback(vm, "__next__", this, args)
}

/// `write(b)` of the buffered writers: bytes join the write buffer while it has room and
/// nothing read ahead is buffered.
fn buffered_write(vm: &Vm, this: &ObjRef, args: Args<'_>) -> PyResult {
    if let Some(n) = state(vm).and_then(|st| buffered_write_fast(vm, &st, this, &args)) {
        return Ok(vm.new_int(n));
    }
    fallback(vm, "write", this, args)
}

fn buffered_write_fast(vm: &Vm, st: &State, this: &ObjRef, args: &Args<'_>) -> Option<i64> {
    let [b] = args.values else { return None };
    let writer = st.is(this, Class::BufferedWriter) || st.is(this, Class::BufferedRandom);
    if !args.kwnames.is_empty() || !writer || !buffered_file_open(vm, st, this) {
        return None;
    }
    if !b.is_exact(&vm.types.bytes) {
        return None;
    }
    let Payload::Bytes(data) = &b.payload else {
        return None;
    };
    let rbuf = st.attr(vm, this, Name::buffered_rbuf)?;
    if !matches!(&rbuf.payload, Payload::Bytes(r) if r.is_empty()) {
        return None;
    }
    let size = st.int(vm, this, Name::buffer_size)?;
    let wbuf = st.attr(vm, this, Name::buffered_wbuf)?;
    if !wbuf.is_exact(&vm.types.bytearray) {
        return None;
    }
    let Payload::ByteArray(w) = &wbuf.payload else {
        return None;
    };
    if w.exports.get() != 0 {
        return None;
    }
    let mut w = w.data.try_borrow_mut().ok()?;
    if (w.len() + data.len()) as i64 > size {
        return None;
    }
    w.extend_from_slice(data);
    Some(data.len() as i64)
}

// ----- StringIO --------------------------------------------------------------------------------

/// Whether `this` is an open `StringIO` of the exact class with `'\n'` newlines (no
/// translation either way).
fn stringio_ready(vm: &Vm, st: &State, this: &ObjRef) -> bool {
    st.is(this, Class::StringIO)
        && st.is_obj(vm, this, Name::iobase_closed, &vm.false_obj)
        && st.is_obj(vm, this, Name::stringio_decoder, &vm.none)
        && st.is_obj(vm, this, Name::stringio_writenl, &vm.none)
}

/// `StringIO.write(s)` at the end of the text: `s` joins the pending tail.
fn stringio_write(vm: &Vm, this: &ObjRef, args: Args<'_>) -> PyResult {
    if let Some(n) = state(vm).and_then(|st| stringio_write_fast(vm, &st, this, &args)) {
        return Ok(vm.new_int(n));
    }
    fallback(vm, "write", this, args)
}

fn stringio_write_fast(vm: &Vm, st: &State, this: &ObjRef, args: &Args<'_>) -> Option<i64> {
    let [s] = args.values else { return None };
    if !args.kwnames.is_empty() || !stringio_ready(vm, st, this) {
        return None;
    }
    let n = exact_str(vm, s)?.len() as i64;
    let pos = st.int(vm, this, Name::stringio_pos)?;
    let len = st.int(vm, this, Name::stringio_len)?;
    if pos != len {
        return None;
    }
    if n > 0 {
        let tail = st.attr(vm, this, Name::stringio_tail)?;
        if !tail.is_exact(&vm.types.list) {
            return None;
        }
        tail.as_list()?.borrow_mut().push(s.clone());
        st.set(vm, this, Name::stringio_len, vm.new_int(len + n));
        st.set(vm, this, Name::stringio_pos, vm.new_int(pos + n));
    }
    Some(n)
}

/// The next line of a `StringIO` with no pending tail: up to a `'\n'` or the end.
fn stringio_line_fast(vm: &Vm, st: &State, this: &ObjRef) -> Option<ObjRef> {
    if !stringio_ready(vm, st, this) || !st.is_text(vm, this, Name::stringio_readnl, b"\n") {
        return None;
    }
    let tail = st.attr(vm, this, Name::stringio_tail)?;
    if !tail.as_list()?.borrow().is_empty() {
        return None;
    }
    let buf = st.attr(vm, this, Name::stringio_buf)?;
    let text = exact_str(vm, &buf)?;
    let pos = usize::try_from(st.int(vm, this, Name::stringio_pos)?).ok()?;
    if pos >= text.len() {
        return Some(vm.empty_str.clone());
    }
    let (line, end) = match line_from(vm, text, pos) {
        Some(found) => found,
        None => {
            let from = text.byte_offset(pos);
            let rest = vm.new_str_buf(sub_buf(&text.as_bytes()[from..]));
            (rest, text.len())
        }
    };
    st.set(vm, this, Name::stringio_pos, vm.new_int(end as i64));
    Some(line)
}

/// `StringIO.readline(size=-1)`.
fn stringio_readline(vm: &Vm, this: &ObjRef, args: Args<'_>) -> PyResult {
    if whole_line_call(vm, &args)
        && let Some(line) = state(vm).and_then(|st| stringio_line_fast(vm, &st, this))
    {
        return Ok(line);
    }
    fallback(vm, "readline", this, args)
}

/// `StringIO.__next__()`: the fast path leaves the end of the text (and its `StopIteration`)
/// to the Python method.
fn stringio_next(vm: &Vm, this: &ObjRef, args: Args<'_>) -> PyResult {
    if no_args(&args)
        && let Some(st) = state(vm)
        && let Some(line) = stringio_line_fast(vm, &st, this)
        && line.as_str().is_some_and(|s| !s.is_empty())
    {
        return Ok(line);
    }
    fallback(vm, "__next__", this, args)
}

// ----- BytesIO ---------------------------------------------------------------------------------

/// The buffer of an open `BytesIO` of the exact class, and its position.
fn bytesio_state(vm: &Vm, st: &State, this: &ObjRef) -> Option<(ObjRef, usize)> {
    if !st.is(this, Class::BytesIO) {
        return None;
    }
    // `__IOBase_closed` is unset until `close()` sets it.
    if st
        .attr(vm, this, Name::iobase_closed)
        .is_some_and(|v| !std::rc::Rc::ptr_eq(&v, &vm.false_obj))
    {
        return None;
    }
    let buf = st.attr(vm, this, Name::bytesio_buf)?;
    if !buf.is_exact(&vm.types.bytearray) {
        return None;
    }
    let pos = usize::try_from(st.int(vm, this, Name::bytesio_pos)?).ok()?;
    Some((buf, pos))
}

/// `BytesIO.write(b)` of a `bytes` object.
fn bytesio_write(vm: &Vm, this: &ObjRef, args: Args<'_>) -> PyResult {
    if let Some(n) = state(vm).and_then(|st| bytesio_write_fast(vm, &st, this, &args)) {
        return Ok(vm.new_int(n));
    }
    fallback(vm, "write", this, args)
}

fn bytesio_write_fast(vm: &Vm, st: &State, this: &ObjRef, args: &Args<'_>) -> Option<i64> {
    let [b] = args.values else { return None };
    if !args.kwnames.is_empty() || !b.is_exact(&vm.types.bytes) {
        return None;
    }
    let Payload::Bytes(data) = &b.payload else {
        return None;
    };
    let (buf, pos) = bytesio_state(vm, st, this)?;
    let Payload::ByteArray(ba) = &buf.payload else {
        return None;
    };
    // A resize under a live export (`getbuffer()`) must raise; the Python method does.
    if ba.exports.get() != 0 || data.is_empty() {
        return None;
    }
    {
        let mut v = ba.data.try_borrow_mut().ok()?;
        let end = pos + data.len();
        if end > v.len() {
            v.resize(end, 0);
        }
        v[pos..end].copy_from_slice(data);
    }
    st.set(
        vm,
        this,
        Name::bytesio_pos,
        vm.new_int((pos + data.len()) as i64),
    );
    Some(data.len() as i64)
}

/// `BytesIO.read(size=-1)`.
fn bytesio_read(vm: &Vm, this: &ObjRef, args: Args<'_>) -> PyResult {
    if let Some(r) = state(vm).and_then(|st| bytesio_read_fast(vm, &st, this, &args)) {
        return Ok(r);
    }
    fallback(vm, "read", this, args)
}

fn bytesio_read_fast(vm: &Vm, st: &State, this: &ObjRef, args: &Args<'_>) -> Option<ObjRef> {
    if !args.kwnames.is_empty() {
        return None;
    }
    let size = match args.values {
        [] => -1,
        [s] if s.is_exact(&vm.types.int) => s.as_int()?.as_i64()?,
        [s] if vm.is_none(s) => -1,
        _ => return None,
    };
    let (buf, pos) = bytesio_state(vm, st, this)?;
    let Payload::ByteArray(ba) = &buf.payload else {
        return None;
    };
    let v = ba.data.try_borrow().ok()?;
    let end = if size < 0 {
        v.len()
    } else {
        v.len().min(pos.saturating_add(usize::try_from(size).ok()?))
    };
    if pos >= end {
        return Some(vm.new_bytes(Vec::new()));
    }
    let out = v[pos..end].to_vec();
    drop(v);
    st.set(vm, this, Name::bytesio_pos, vm.new_int(end as i64));
    Some(vm.new_bytes(out))
}
