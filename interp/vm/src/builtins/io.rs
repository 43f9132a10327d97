//! Text I/O: `print`, `input`, and the standard stream objects (`sys.stdout`, `sys.stderr`,
//! `sys.stdin`): native for a fast `print`, with the attributes of a `TextIOWrapper` that
//! programs use (`buffer`, `fileno`, `read`, iteration, `reconfigure`...).

use super::iomod::raise_os;
use crate::object::native::Args;
use crate::object::slots::{Slot, Slots};
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

thread_local! {
    /// The standard streams closed by `close()` (bit `1 << which`): the stream objects are
    /// shared and stateless, so their closed state lives here.
    static CLOSED: std::cell::Cell<u8> = const { std::cell::Cell::new(0) };
}

fn is_closed(which: u8) -> bool {
    CLOSED.with(|c| c.get() & (1 << which) != 0)
}

/// `ValueError: I/O operation on closed file.` for a closed standard stream.
fn check_open(vm: &Vm, which: u8) -> PyResult<()> {
    if is_closed(which) {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(())
}

/// Writes text to standard output (1) or error (2), encoding as UTF-8 strictly.
pub fn write_text(vm: &Vm, which: u8, text: &str) -> PyResult<()> {
    check_open(vm, which)?;
    vm.write_stream(which, text.as_bytes())
        .map_err(|e| raise_os(vm, &e, None))
}

/// The error handler of a standard stream (`config_get_stdio_errors`): stderr escapes
/// with backslashes; stdin and stdout use `surrogateescape` in the C/POSIX locale and the
/// locales CPython coerces it to (`C.UTF-8`), `strict` elsewhere.
pub fn stdio_errors(which: u8) -> &'static str {
    if which == 2 {
        return "backslashreplace";
    }
    if std::env::var("PYTHONUTF8").is_ok_and(|v| v == "1") {
        return "surrogateescape";
    }
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    match locale.as_str() {
        "" | "C" | "POSIX" | "C.UTF-8" | "C.utf8" | "UTF-8" => "surrogateescape",
        _ => "strict",
    }
}

/// Writes a `str` object to a native stream, UTF-8 encoded with the stream's error handler.
fn write_str_obj(vm: &Vm, which: u8, s: &ObjRef) -> PyResult<usize> {
    let Some(p) = s.as_str() else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(s)
        )));
    };
    match p.as_str() {
        Some(t) => {
            write_text(vm, which, t)?;
            Ok(p.len())
        }
        None => {
            let errors = stdio_errors(which);
            let bytes = crate::types::codecs::encode(vm, s, "utf-8", errors)?;
            vm.write_stream(which, &bytes)
                .map_err(|e| raise_os(vm, &e, None))?;
            Ok(p.len())
        }
    }
}

fn kw_str(vm: &Vm, v: Option<&ObjRef>, name: &str, default: &str) -> PyResult<Option<ObjRef>> {
    match v {
        None => Ok(None),
        Some(v) if vm.is_none(v) => Ok(None),
        Some(v) if v.as_str().is_some() => Ok(Some(v.clone())),
        Some(v) => Err(vm.type_error(format!(
            "{name} must be None or a string, not {}",
            vm.type_name(v)
        ))),
    }
    .map(|o| o.or_else(|| Some(vm.new_str(default))))
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
fn print(vm: &Vm, args: Args<'_>) -> PyResult {
    let (mut sep, mut end, mut file, mut flush) = (None, None, None, None);
    for (k, v) in args.kw() {
        match vm.str_lossy(k).as_str() {
            "sep" => sep = Some(v),
            "end" => end = Some(v),
            "file" => file = Some(v),
            "flush" => flush = Some(v),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )));
            }
        }
    }
    let sep = kw_str(vm, sep, "sep", " ")?.unwrap_or_else(|| vm.new_str(" "));
    let end = kw_str(vm, end, "end", "\n")?.unwrap_or_else(|| vm.new_str("\n"));
    let file = match file.filter(|f| !vm.is_none(f)) {
        Some(f) => f.clone(),
        None => match vm.getattr_opt(&vm.sys, &vm.names.stdout)? {
            Some(f) if !vm.is_none(&f) => f,
            _ => return Ok(vm.none.clone()),
        },
    };
    let native = match file.payload {
        Payload::Stream(w @ (1 | 2)) => Some(w),
        _ => None,
    };
    let write = |s: &ObjRef| -> PyResult<()> {
        match native {
            Some(w) => write_str_obj(vm, w, s).map(|_| ()),
            None => vm
                .call_method(&file, "write", std::slice::from_ref(s))
                .map(|_| ()),
        }
    };
    for (i, o) in args.pos().iter().enumerate() {
        if i > 0 {
            write(&sep)?;
        }
        let s = vm.str(o)?;
        write(&s)?;
    }
    write(&end)?;
    if let Some(f) = flush
        && vm.truthy(f)?
    {
        match native {
            Some(w) => vm.flush_stream(w).map_err(|e| raise_os(vm, &e, None))?,
            None => {
                vm.call_method(&file, "flush", &[])?;
            }
        }
    }
    Ok(vm.none.clone())
}

/// `input(prompt='')`.
fn input(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "input", 0, 1)?;
    if let Some(p) = a.first() {
        let s = vm.str(p)?;
        let stdout = vm.getattr(&vm.sys, &vm.names.stdout)?;
        vm.call_method(&stdout, "write", &[s])?;
    }
    if let Ok(stdout) = vm.getattr(&vm.sys, &vm.names.stdout) {
        let _ = vm.call_method(&stdout, "flush", &[]);
    }
    let line = vm.read_line().map_err(|e| raise_os(vm, &e, None))?;
    if line.is_empty() {
        return Err(vm.error(&vm.exc.eof_error, "EOF when reading a line"));
    }
    let mut text = String::from_utf8_lossy(&line).into_owned();
    if text.ends_with('\n') {
        text.pop();
        if text.ends_with('\r') {
            text.pop();
        }
    }
    Ok(vm.new_str(text))
}

/// `open(...)`: `_io.open`, imported at the first call (as CPython's `builtins.open` is the
/// same function object as `io.open`, but without importing `_io` at start-up).
fn open(vm: &Vm, args: Args<'_>) -> PyResult {
    let io = crate::importer::import_module(vm, &vm.new_str("_io"), None)?;
    let f = vm.getattr_str(&io, "open")?;
    vm.call(&f, args)
}

/// Registers the I/O builtins.
pub fn register(vm: &Vm, d: &ObjRef) {
    vm.dict_set_str(d, "print", vm.new_builtin("print", print));
    vm.dict_set_str(d, "input", vm.new_builtin("input", input));
    vm.dict_set_str(d, "open", vm.new_builtin("open", open));
}

fn stream_of(vm: &Vm, o: &ObjRef) -> PyResult<u8> {
    match o.payload {
        Payload::Stream(w) => Ok(w),
        _ => Err(vm.internal("expected a stream")),
    }
}

fn m_write(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "write", 1)?;
    let w = stream_of(vm, o)?;
    if w == 0 {
        return Err(vm.error(&vm.exc.os_error, "not writable"));
    }
    let n = write_str_obj(vm, w, &a[0])?;
    Ok(vm.new_int(n as i64))
}

fn m_flush(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "flush", 0)?;
    let w = stream_of(vm, o)?;
    if w != 0 {
        vm.flush_stream(w).map_err(|e| raise_os(vm, &e, None))?;
    }
    Ok(vm.none.clone())
}

fn m_readline(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.range(vm, "readline", 0, 1)?;
    check_open(vm, stream_of(vm, o)?)?;
    let line = vm.read_line().map_err(|e| raise_os(vm, &e, None))?;
    Ok(vm.new_str(String::from_utf8_lossy(&line).into_owned()))
}

/// `read(size=-1)` of `sys.stdin`: whole lines until `size` characters or end of input.
fn m_read(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "read", 0, 1)?;
    let w = stream_of(vm, o)?;
    check_open(vm, w)?;
    if w != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    let size = match a.first() {
        Some(v) if !vm.is_none(v) => vm.index(v)?.as_i64().unwrap_or(-1),
        _ => -1,
    };
    let mut text = String::new();
    while size < 0 || (text.chars().count() as i64) < size {
        let line = vm.read_line().map_err(|e| raise_os(vm, &e, None))?;
        if line.is_empty() {
            break;
        }
        text.push_str(&String::from_utf8_lossy(&line));
    }
    Ok(vm.new_str(text))
}

/// `readlines()` of `sys.stdin`.
fn m_readlines(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.range(vm, "readlines", 0, 1)?;
    let mut lines = Vec::new();
    while let Some(l) = stdin_next(vm, o)? {
        lines.push(l);
    }
    Ok(vm.new_list(lines))
}

fn stdin_next(vm: &Vm, o: &ObjRef) -> PyResult<Option<ObjRef>> {
    let w = stream_of(vm, o)?;
    check_open(vm, w)?;
    if w != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    let line = vm.read_line().map_err(|e| raise_os(vm, &e, None))?;
    if line.is_empty() {
        return Ok(None);
    }
    Ok(Some(
        vm.new_str(String::from_utf8_lossy(&line).into_owned()),
    ))
}

fn stream_iter(_vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(o.clone())
}

/// `io.UnsupportedOperation(msg)` (from `_io`), as the stream classes raise it.
fn unsupported(vm: &Vm, msg: &str) -> crate::object::PyErr {
    let cls = crate::importer::import_module(vm, &vm.new_str("_io"), None)
        .and_then(|io| vm.getattr_str(&io, "UnsupportedOperation"));
    match cls.and_then(|c| vm.call_pos(&c, &[vm.new_str(msg)])) {
        Ok(exc) => vm.raise(exc),
        Err(e) => e,
    }
}

fn m_fileno(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "fileno", 0)?;
    Ok(vm.new_int(i64::from(stream_of(vm, o)?)))
}

/// `close()`: flushes and marks the stream closed; the descriptor stays open (the
/// interpreter's own streams outlive the object, as `closefd=False` streams do).
fn m_close(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "close", 0)?;
    let w = stream_of(vm, o)?;
    if w != 0 && !is_closed(w) {
        let _ = vm.flush_stream(w);
    }
    CLOSED.with(|c| c.set(c.get() | (1 << w)));
    Ok(vm.none.clone())
}

/// `__enter__` (`iobase_enter`): the stream itself, refused once closed.
fn m_enter(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "__enter__", 0)?;
    check_open(vm, stream_of(vm, o)?)?;
    Ok(o.clone())
}

/// `__exit__` (`iobase_exit`): closes the stream.
fn m_exit(vm: &Vm, o: &ObjRef, _args: Args<'_>) -> PyResult {
    m_close(vm, o, Args::positional(&[]))
}

fn get_closed(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_bool(is_closed(stream_of(vm, o)?)))
}

fn m_false(vm: &Vm, _o: &ObjRef, _args: Args<'_>) -> PyResult {
    Ok(vm.false_obj.clone())
}

fn m_readable(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "readable", 0)?;
    Ok(vm.new_bool(stream_of(vm, o)? == 0))
}

fn m_writable(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "writable", 0)?;
    Ok(vm.new_bool(stream_of(vm, o)? != 0))
}

/// `reconfigure(...)`: the standard streams keep UTF-8 and their handlers; accepted so that
/// programs calling it run on.
fn m_reconfigure(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    if !args.pos().is_empty() {
        return Err(vm.type_error("reconfigure() takes no positional arguments"));
    }
    let w = stream_of(vm, o)?;
    if w != 0 {
        let _ = vm.flush_stream(w);
    }
    Ok(vm.none.clone())
}

fn m_isatty(vm: &Vm, _o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "isatty", 0)?;
    Ok(vm.false_obj.clone())
}

fn stream_repr(vm: &Vm, o: &ObjRef) -> PyResult {
    let (name, mode) = match stream_of(vm, o)? {
        0 => ("<stdin>", "r"),
        1 => ("<stdout>", "w"),
        _ => ("<stderr>", "w"),
    };
    Ok(vm.new_str(format!(
        "<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>"
    )))
}

fn get_encoding(vm: &Vm, _o: &ObjRef) -> PyResult {
    Ok(vm.new_str("utf-8"))
}

fn get_errors(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_str(stdio_errors(stream_of(vm, o)?)))
}

/// `buffer`: a binary writer (reader for stdin) over the same descriptor, from `_io`, which
/// writes through the interpreter's stream so bytes and text keep their order.
fn get_buffer(vm: &Vm, o: &ObjRef) -> PyResult {
    let io = crate::importer::import_module(vm, &vm.new_str("_io"), None)?;
    let f = vm.getattr_str(&io, "_std_buffer")?;
    let fd = vm.new_int(i64::from(stream_of(vm, o)?));
    vm.call_pos(&f, &[fd, vm.new_bool(unbuffered())])
}

/// Whether `PYTHONUNBUFFERED` asks for unbuffered stdout and stderr (`-u`): their `buffer` is
/// then the raw `FileIO` and they write through, as `create_stdio` sets them up.
fn unbuffered() -> bool {
    crate::sys::unbuffered_stdio()
}

fn get_write_through(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_bool(stream_of(vm, o)? != 0 && unbuffered()))
}

/// `line_buffering`: stderr is line-buffered unless unbuffered, stdout is not (it is a pipe
/// under the harness).
fn get_line_buffering(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_bool(stream_of(vm, o)? == 2 && !unbuffered()))
}

fn get_none(vm: &Vm, _o: &ObjRef) -> PyResult {
    Ok(vm.none.clone())
}

fn get_mode(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_str(if stream_of(vm, o)? == 0 { "r" } else { "w" }))
}

fn get_name(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_str(match stream_of(vm, o)? {
        0 => "<stdin>",
        1 => "<stdout>",
        _ => "<stderr>",
    }))
}

/// A standard stream object (0 stdin, 1 stdout, 2 stderr).
pub fn new_stream(vm: &Vm, which: u8) -> ObjRef {
    Obj::new(vm.types.text_io.clone(), Payload::Stream(which))
}

/// Fills the stream type.
pub fn init_stream_type(vm: &Vm) {
    let t = &vm.types.text_io;
    vm.add_methods(
        t,
        &[
            ("write", m_write),
            ("flush", m_flush),
            ("readline", m_readline),
            ("isatty", m_isatty),
            ("read", m_read),
            ("readlines", m_readlines),
            ("fileno", m_fileno),
            ("readable", m_readable),
            ("writable", m_writable),
            ("seekable", m_false),
            ("reconfigure", m_reconfigure),
            ("close", m_close),
            ("__enter__", m_enter),
            ("__exit__", m_exit),
        ],
    );
    vm.add_getset(t, "buffer", get_buffer, None);
    vm.add_getset(t, "line_buffering", get_line_buffering, None);
    vm.add_getset(t, "write_through", get_write_through, None);
    vm.add_getset(t, "closed", get_closed, None);
    vm.add_getset(t, "newlines", get_none, None);
    vm.add_getset(t, "mode", get_mode, None);
    vm.add_getset(t, "encoding", get_encoding, None);
    vm.add_getset(t, "errors", get_errors, None);
    vm.add_getset(t, "name", get_name, None);
    let s = Slots {
        repr: Slot::Native(stream_repr),
        iter: Slot::Native(stream_iter),
        next: Slot::Native(stdin_next),
        ..Slots::default()
    };
    crate::object::slot_resolve::install_static(vm, t, s);
}
