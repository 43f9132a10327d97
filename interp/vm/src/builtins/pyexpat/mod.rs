//! The `pyexpat` module (`Modules/pyexpat.c` over Expat 2.5): `ParserCreate` makes an
//! `xmlparser` whose `Parse`/`ParseFile` run [`scan::Scanner`] over the decoded input and call
//! the Python handlers set on it (`StartElementHandler`, `CharacterDataHandler`, ...), with
//! what Expat gives them: namespace-expanded names, attributes as a dict or an ordered list,
//! character data in Expat's pieces or joined (`buffer_text`), markup no handler takes passed
//! to the default handler. Errors raise `ExpatError` ("mismatched tag: line 1, column 5")
//! with `code`, `lineno` and `offset`, and the `errors` and `model` submodules hold Expat's
//! codes and messages. `xml.etree.ElementTree`, `xml.dom.minidom`, `xml.sax` and `plistlib`
//! parse through it.

mod decode;
mod scan;

use std::cell::RefCell;

use decode::Decoder;
use scan::{Event, Pos, Scanner};

use crate::object::native::Args;
use crate::object::payload::NativeData;
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::Layout;
use crate::object::{Obj, ObjRef, Payload, PyErr, PyResult};
use crate::runtime::Vm;

/// Expat's error names and messages, by code (`XML_ErrorString`).
const ERRORS: &[(&str, &str)] = &[
    ("NO_MEMORY", "out of memory"),
    ("SYNTAX", "syntax error"),
    ("NO_ELEMENTS", "no element found"),
    ("INVALID_TOKEN", "not well-formed (invalid token)"),
    ("UNCLOSED_TOKEN", "unclosed token"),
    ("PARTIAL_CHAR", "partial character"),
    ("TAG_MISMATCH", "mismatched tag"),
    ("DUPLICATE_ATTRIBUTE", "duplicate attribute"),
    ("JUNK_AFTER_DOC_ELEMENT", "junk after document element"),
    ("PARAM_ENTITY_REF", "illegal parameter entity reference"),
    ("UNDEFINED_ENTITY", "undefined entity"),
    ("RECURSIVE_ENTITY_REF", "recursive entity reference"),
    ("ASYNC_ENTITY", "asynchronous entity"),
    ("BAD_CHAR_REF", "reference to invalid character number"),
    ("BINARY_ENTITY_REF", "reference to binary entity"),
    (
        "ATTRIBUTE_EXTERNAL_ENTITY_REF",
        "reference to external entity in attribute",
    ),
    (
        "MISPLACED_XML_PI",
        "XML or text declaration not at start of entity",
    ),
    ("UNKNOWN_ENCODING", "unknown encoding"),
    (
        "INCORRECT_ENCODING",
        "encoding specified in XML declaration is incorrect",
    ),
    ("UNCLOSED_CDATA_SECTION", "unclosed CDATA section"),
    (
        "EXTERNAL_ENTITY_HANDLING",
        "error in processing external entity reference",
    ),
    ("NOT_STANDALONE", "document is not standalone"),
    (
        "UNEXPECTED_STATE",
        "unexpected parser state - please send a bug report",
    ),
    (
        "ENTITY_DECLARED_IN_PE",
        "entity declared in parameter entity",
    ),
    (
        "FEATURE_REQUIRES_XML_DTD",
        "requested feature requires XML_DTD support in Expat",
    ),
    (
        "CANT_CHANGE_FEATURE_ONCE_PARSING",
        "cannot change setting once parsing has begun",
    ),
    ("UNBOUND_PREFIX", "unbound prefix"),
    ("UNDECLARING_PREFIX", "must not undeclare prefix"),
    ("INCOMPLETE_PE", "incomplete markup in parameter entity"),
    ("XML_DECL", "XML declaration not well-formed"),
    ("TEXT_DECL", "text declaration not well-formed"),
    ("PUBLICID", "illegal character(s) in public id"),
    ("SUSPENDED", "parser suspended"),
    ("NOT_SUSPENDED", "parser not suspended"),
    ("ABORTED", "parsing aborted"),
    ("FINISHED", "parsing finished"),
    ("SUSPEND_PE", "cannot suspend in external parameter entity"),
    (
        "RESERVED_PREFIX_XML",
        "reserved prefix (xml) must not be undeclared or bound to another namespace name",
    ),
    (
        "RESERVED_PREFIX_XMLNS",
        "reserved prefix (xmlns) must not be declared or undeclared",
    ),
    (
        "RESERVED_NAMESPACE_URI",
        "prefix must not be bound to one of the reserved namespace names",
    ),
    ("INVALID_ARGUMENT", "invalid argument"),
    (
        "NO_BUFFER",
        "a successful prior call to function XML_GetBuffer is required",
    ),
    (
        "AMPLIFICATION_LIMIT_BREACH",
        "limit on input amplification factor (from DTD and entities) breached",
    ),
];

/// `XML_ERROR_FINISHED`.
const FINISHED: u32 = 36;

/// The handler attributes, in `handler_info` order.
const HANDLERS: &[&str] = &[
    "StartElementHandler",
    "EndElementHandler",
    "ProcessingInstructionHandler",
    "CharacterDataHandler",
    "UnparsedEntityDeclHandler",
    "NotationDeclHandler",
    "StartNamespaceDeclHandler",
    "EndNamespaceDeclHandler",
    "CommentHandler",
    "StartCdataSectionHandler",
    "EndCdataSectionHandler",
    "DefaultHandler",
    "DefaultHandlerExpand",
    "NotStandaloneHandler",
    "ExternalEntityRefHandler",
    "StartDoctypeDeclHandler",
    "EndDoctypeDeclHandler",
    "EntityDeclHandler",
    "XmlDeclHandler",
    "ElementDeclHandler",
    "AttlistDeclHandler",
    "SkippedEntityHandler",
];

#[derive(Clone, Copy)]
enum H {
    StartElement = 0,
    EndElement = 1,
    Pi = 2,
    CharacterData = 3,
    UnparsedEntityDecl = 4,
    StartNamespace = 6,
    EndNamespace = 7,
    Comment = 8,
    StartCdata = 9,
    EndCdata = 10,
    Default = 11,
    DefaultExpand = 12,
    StartDoctype = 15,
    EndDoctype = 16,
    EntityDecl = 17,
    XmlDecl = 18,
    NotStandalone = 13,
    AttlistDecl = 20,
    SkippedEntity = 21,
}

/// One parser's state.
struct State {
    scanner: Scanner,
    decoder: Decoder,
    handlers: Vec<Option<ObjRef>>,
    buffer_text: bool,
    buffer_size: usize,
    buffer: String,
    ordered_attributes: bool,
    specified_attributes: bool,
    intern: Option<ObjRef>,
    base: Option<ObjRef>,
    finished: bool,
    /// The position handlers see (`CurrentLineNumber`...): the running event's.
    current: Pos,
    error: Option<scan::XmlError>,
    /// Input bytes given so far (Expat's error byte index is -1 before any).
    fed: usize,
}

struct Parser(RefCell<State>);

impl NativeData for Parser {
    fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        if let Ok(s) = self.0.try_borrow() {
            for h in s.handlers.iter().flatten() {
                f(h);
            }
            for o in [&s.intern, &s.base].into_iter().flatten() {
                f(o);
            }
        }
    }

    fn clear(&self) {
        if let Ok(mut s) = self.0.try_borrow_mut() {
            let old = std::mem::take(&mut s.handlers);
            s.handlers = vec![None; HANDLERS.len()];
            drop(s);
            drop(old);
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn parser<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a RefCell<State>> {
    match &o.payload {
        Payload::Native(n) => n
            .as_any()
            .downcast_ref::<Parser>()
            .map(|p| &p.0)
            .ok_or_else(|| vm.type_error("an xmlparser is required")),
        _ => Err(vm.type_error("an xmlparser is required")),
    }
}

fn error_type(vm: &Vm) -> ObjRef {
    vm.native_type("xml.parsers.expat.ExpatError", || {
        super::binascii::new_exception(vm, "xml.parsers.expat", "ExpatError", &vm.exc.exception)
    })
}

fn message(code: u32) -> Option<&'static str> {
    ERRORS.get((code as usize).checked_sub(1)?).map(|e| e.1)
}

/// `set_error`: an `ExpatError` carrying the code and position.
fn expat_error(vm: &Vm, code: u32, pos: Pos) -> PyErr {
    let text = format!(
        "{}: line {}, column {}",
        message(code).unwrap_or("unknown error"),
        pos.line,
        pos.col
    );
    let exc = vm.new_exception(&error_type(vm), vec![vm.new_str(text)]);
    for (name, v) in [
        ("code", code as i64),
        ("lineno", pos.line as i64),
        ("offset", pos.col as i64),
    ] {
        let _ = vm.setattr(&exc, &vm.intern(name), &vm.new_int(v));
    }
    vm.raise(exc)
}

/// `ParserCreate(encoding=None, namespace_separator=None, intern=<not given>)`.
fn parser_create(vm: &Vm, args: Args<'_>) -> PyResult {
    let [encoding, sep, intern] = args.bind(
        vm,
        "ParserCreate",
        ["encoding", "namespace_separator", "intern"],
        0,
        3,
        0,
    )?;
    let text_arg = |o: &Option<ObjRef>, what: &str| -> PyResult<Option<String>> {
        match o {
            None => Ok(None),
            Some(o) if vm.is_none(o) => Ok(None),
            Some(o) if o.as_str().is_some() => Ok(Some(vm.str_lossy(o))),
            Some(o) => Err(vm.type_error(format!(
                "ParserCreate() argument '{what}' must be str or None, not {}",
                vm.type_name(o)
            ))),
        }
    };
    let encoding = text_arg(&encoding, "encoding")?;
    let sep = text_arg(&sep, "namespace_separator")?;
    let sep = match sep {
        None => None,
        Some(s) if s.chars().count() > 1 => {
            return Err(vm.value_error(
                "namespace_separator must be at most one character, omitted, or None",
            ));
        }
        Some(s) => Some(s.chars().next().unwrap_or('\0')),
    };
    let intern = match intern {
        None => Some(vm.new_dict()),
        Some(i) if vm.is_none(&i) => None,
        Some(i) if i.as_dict().is_some() => Some(i),
        Some(_) => return Err(vm.type_error("intern must be a dictionary")),
    };
    let state = State {
        scanner: Scanner::new(sep),
        decoder: Decoder::new(encoding),
        handlers: vec![None; HANDLERS.len()],
        buffer_text: false,
        buffer_size: 8192,
        buffer: String::new(),
        ordered_attributes: false,
        specified_attributes: false,
        intern,
        base: None,
        finished: false,
        current: Pos {
            line: 1,
            col: 0,
            byte: 0,
        },
        error: None,
        fed: 0,
    };
    Ok(Obj::new(
        parser_type(vm),
        Payload::Native(Box::new(Parser(RefCell::new(state)))),
    ))
}

/// `xmlparser.Parse(data, isfinal=False)`.
fn m_parse(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [data, isfinal] = args.bind(vm, "Parse", ["data", "isfinal"], 1, 2, 0)?;
    let Some(data) = data else {
        return Err(vm.internal("Parse"));
    };
    let last = match isfinal {
        Some(f) => vm.truthy(&f)?,
        None => false,
    };
    let (bytes, is_str) = if data.as_str().is_some() {
        (vm.str_lossy(&data).into_bytes(), true)
    } else {
        (super::binascii::bytes_arg(vm, &data)?, false)
    };
    parse_bytes(vm, o, &bytes, is_str, last)?;
    Ok(vm.new_int(1))
}

/// Decodes and scans one chunk, then calls the handlers for what it held.
fn parse_bytes(vm: &Vm, o: &ObjRef, bytes: &[u8], is_str: bool, last: bool) -> PyResult<()> {
    let st = parser(vm, o)?;
    if st.borrow().finished {
        let pos = st.borrow().scanner.position();
        return Err(expat_error(vm, FINISHED, pos));
    }
    let text = {
        let mut s = st.borrow_mut();
        if is_str {
            s.decoder.force_utf8();
        }
        s.fed += bytes.len();
        let State {
            decoder, scanner, ..
        } = &mut *s;
        decoder.decode(vm, bytes, last, scanner)?
    };
    let result = {
        let mut s = st.borrow_mut();
        let expand = s.handlers[H::Default as usize].is_none()
            || s.handlers[H::DefaultExpand as usize].is_some();
        s.scanner.expand = expand;
        s.scanner.specified_only = s.specified_attributes;
        if last {
            s.finished = true;
        }
        s.scanner.feed(&text, last)
    };
    let events = std::mem::take(&mut st.borrow_mut().scanner.events);
    for (e, at) in events {
        st.borrow_mut().current = at;
        dispatch(vm, st, e)?;
    }
    let end = st.borrow().scanner.position();
    st.borrow_mut().current = end;
    if result.is_ok() {
        flush(vm, st)?;
    }
    if let Err(e) = result {
        // The joined text is dropped with the failed parse, as pyexpat drops it.
        st.borrow_mut().buffer.clear();
        st.borrow_mut().error = Some(e);
        st.borrow_mut().finished = true;
        return Err(expat_error(vm, e.code, e.pos));
    }
    Ok(())
}

/// `xmlparser.ParseFile(file)`: reads `file.read(2048)` until it returns nothing.
fn m_parse_file(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "ParseFile", 1)?;
    let Some(read) = vm.getattr_opt(&a[0], &vm.intern("read"))? else {
        return Err(vm.type_error("argument must have 'read' attribute"));
    };
    let size = vm.new_int(64 * 1024);
    loop {
        let chunk = vm.call_pos(&read, std::slice::from_ref(&size))?;
        let (bytes, is_str) = if chunk.as_str().is_some() {
            (vm.str_lossy(&chunk).into_bytes(), true)
        } else if let Some(b) = chunk.as_bytes() {
            (b.to_vec(), false)
        } else {
            return Err(vm.type_error(format!(
                "read() did not return a bytes object (type={})",
                vm.type_name(&chunk)
            )));
        };
        let done = bytes.is_empty();
        parse_bytes(vm, o, &bytes, is_str, done)?;
        if done {
            return Ok(vm.new_int(1));
        }
    }
}

fn handler(st: &RefCell<State>, h: H) -> Option<ObjRef> {
    st.borrow().handlers[h as usize].clone()
}

/// The default handler in force, if any.
fn default_handler(st: &RefCell<State>) -> Option<ObjRef> {
    handler(st, H::DefaultExpand).or_else(|| handler(st, H::Default))
}

/// Calls a handler other than the character data one: the joined character data goes
/// first, as every pyexpat callback flushes it (`flush_character_buffer`).
fn call(vm: &Vm, st: &RefCell<State>, f: &ObjRef, args: &[ObjRef]) -> PyResult<()> {
    call_returning(vm, st, f, args).map(drop)
}

/// [`call`], keeping the handler's result.
fn call_returning(vm: &Vm, st: &RefCell<State>, f: &ObjRef, args: &[ObjRef]) -> PyResult {
    flush(vm, st)?;
    vm.call_pos(f, args)
}

/// Calls the character data handler (no flush: it is what the buffer feeds).
fn call_data(vm: &Vm, f: &ObjRef, text: String) -> PyResult<()> {
    vm.call_pos(f, &[vm.new_str(text)]).map(drop)
}

/// Passes markup to the default handler, if there is one.
fn to_default(vm: &Vm, st: &RefCell<State>, raw: &str) -> PyResult<()> {
    if raw.is_empty() {
        return Ok(());
    }
    if let Some(f) = default_handler(st) {
        call(vm, st, &f, &[vm.new_str(raw)])?;
    }
    Ok(())
}

/// Delivers the joined character data (`flush_character_buffer`).
fn flush(vm: &Vm, st: &RefCell<State>) -> PyResult<()> {
    let text = std::mem::take(&mut st.borrow_mut().buffer);
    if text.is_empty() {
        return Ok(());
    }
    if let Some(f) = handler(st, H::CharacterData) {
        call_data(vm, &f, text)?;
    }
    Ok(())
}

/// A name through the `intern` dictionary, as `string_intern` does.
fn name_str(vm: &Vm, st: &RefCell<State>, s: &str) -> PyResult<ObjRef> {
    let v = vm.new_str(s);
    let Some(d) = st.borrow().intern.clone() else {
        return Ok(v);
    };
    if let Some(existing) = vm.dict_get(&d, &v)? {
        return Ok(existing);
    }
    vm.dict_set(&d, v.clone(), v.clone())?;
    Ok(v)
}

fn opt_str(vm: &Vm, s: Option<String>) -> ObjRef {
    match s {
        Some(s) => vm.new_str(s),
        None => vm.none.clone(),
    }
}

fn dispatch(vm: &Vm, st: &RefCell<State>, e: Event) -> PyResult<()> {
    if let Event::Data { text, raw } = e {
        let Some(f) = handler(st, H::CharacterData) else {
            return to_default(vm, st, &raw);
        };
        let (buffered, size) = {
            let s = st.borrow();
            (s.buffer_text, s.buffer_size)
        };
        if !buffered {
            return call_data(vm, &f, text);
        }
        if st.borrow().buffer.len() + text.len() > size {
            flush(vm, st)?;
            if text.len() > size {
                return call_data(vm, &f, text);
            }
        }
        st.borrow_mut().buffer.push_str(&text);
        return Ok(());
    }
    match e {
        Event::Data { .. } => Ok(()),
        Event::XmlDecl {
            version,
            encoding,
            standalone,
            raw,
        } => match handler(st, H::XmlDecl) {
            Some(f) => {
                let args = [
                    vm.new_str(version),
                    opt_str(vm, encoding),
                    vm.new_int(i64::from(standalone)),
                ];
                call(vm, st, &f, &args)
            }
            None => to_default(vm, st, &raw),
        },
        Event::StartDoctype {
            name,
            system,
            public,
            internal,
        } => match handler(st, H::StartDoctype) {
            Some(f) => {
                let args = [
                    vm.new_str(name),
                    opt_str(vm, system),
                    opt_str(vm, public),
                    vm.new_int(i64::from(internal)),
                ];
                call(vm, st, &f, &args)
            }
            None => Ok(()),
        },
        Event::EndDoctype => match handler(st, H::EndDoctype) {
            Some(f) => call(vm, st, &f, &[]),
            None => Ok(()),
        },
        Event::EntityDecl {
            name,
            parameter,
            value,
            system,
            public,
            notation,
        } => {
            let base = st.borrow().base.clone().unwrap_or_else(|| vm.none.clone());
            if let (Some(n), Some(f), None) = (
                &notation,
                handler(st, H::UnparsedEntityDecl),
                handler(st, H::EntityDecl),
            ) {
                let args = [
                    vm.new_str(name),
                    base,
                    opt_str(vm, system),
                    opt_str(vm, public),
                    vm.new_str(n.as_str()),
                ];
                return call(vm, st, &f, &args);
            }
            match handler(st, H::EntityDecl) {
                Some(f) => {
                    let args = [
                        vm.new_str(name),
                        vm.new_int(i64::from(parameter)),
                        opt_str(vm, value),
                        base,
                        opt_str(vm, system),
                        opt_str(vm, public),
                        opt_str(vm, notation),
                    ];
                    call(vm, st, &f, &args)
                }
                None => Ok(()),
            }
        }
        Event::StartNamespace { prefix, uri } => match handler(st, H::StartNamespace) {
            Some(f) => call(vm, st, &f, &[opt_str(vm, prefix), opt_str(vm, uri)]),
            None => Ok(()),
        },
        Event::EndNamespace { prefix } => match handler(st, H::EndNamespace) {
            Some(f) => call(vm, st, &f, &[opt_str(vm, prefix)]),
            None => Ok(()),
        },
        Event::Start { name, attrs, raw } => {
            let Some(f) = handler(st, H::StartElement) else {
                return to_default(vm, st, &raw);
            };
            let name = name_str(vm, st, &name)?;
            let attrs_obj = if st.borrow().ordered_attributes {
                let mut items = Vec::with_capacity(attrs.len() * 2);
                for (k, v) in attrs {
                    items.push(name_str(vm, st, &k)?);
                    items.push(vm.new_str(v));
                }
                vm.new_list(items)
            } else {
                let d = vm.new_dict();
                for (k, v) in attrs {
                    let k = name_str(vm, st, &k)?;
                    vm.dict_set(&d, k, vm.new_str(v))?;
                }
                d
            };
            call(vm, st, &f, &[name, attrs_obj])
        }
        Event::End { name, raw } => match handler(st, H::EndElement) {
            Some(f) => {
                let name = name_str(vm, st, &name)?;
                call(vm, st, &f, &[name])
            }
            None => to_default(vm, st, &raw),
        },
        Event::Comment { text, raw } => match handler(st, H::Comment) {
            Some(f) => call(vm, st, &f, &[vm.new_str(text)]),
            None => to_default(vm, st, &raw),
        },
        Event::Pi { target, data, raw } => match handler(st, H::Pi) {
            Some(f) => call(vm, st, &f, &[vm.new_str(target), vm.new_str(data)]),
            None => to_default(vm, st, &raw),
        },
        Event::StartCdata => match handler(st, H::StartCdata) {
            Some(f) => call(vm, st, &f, &[]),
            None => to_default(vm, st, "<![CDATA["),
        },
        Event::EndCdata => match handler(st, H::EndCdata) {
            Some(f) => call(vm, st, &f, &[]),
            None => to_default(vm, st, "]]>"),
        },
        Event::Default(text) => to_default(vm, st, &text),
        Event::Attlist {
            element,
            name,
            kind,
            default,
            required,
        } => match handler(st, H::AttlistDecl) {
            Some(f) => {
                let args = [
                    vm.new_str(element),
                    vm.new_str(name),
                    vm.new_str(kind),
                    opt_str(vm, default),
                    vm.new_int(i64::from(required)),
                ];
                call(vm, st, &f, &args)
            }
            None => Ok(()),
        },
        Event::AttlistDefault(text) => {
            if handler(st, H::AttlistDecl).is_some() {
                return Ok(());
            }
            to_default(vm, st, &text)
        }
        Event::NotStandalone(at) => match handler(st, H::NotStandalone) {
            Some(f) => {
                let r = call_returning(vm, st, &f, &[])?;
                if vm.truthy(&r)? {
                    Ok(())
                } else {
                    Err(expat_error(vm, 22, at))
                }
            }
            None => Ok(()),
        },
        Event::Skipped { name, raw } => match handler(st, H::SkippedEntity) {
            Some(f) => call(vm, st, &f, &[vm.new_str(name), vm.new_int(0)]),
            None => to_default(vm, st, &raw),
        },
        Event::DoctypeDefault(text) => {
            if handler(st, H::StartDoctype).is_some() {
                return Ok(());
            }
            to_default(vm, st, &text)
        }
    }
}

/// The getter and setter of handler attribute `i`.
macro_rules! handler_accessors {
    ($($get:ident, $set:ident, $i:expr;)*) => {
        $(
            fn $get(vm: &Vm, o: &ObjRef) -> PyResult {
                Ok(parser(vm, o)?.borrow().handlers[$i].clone().unwrap_or_else(|| vm.none.clone()))
            }
            fn $set(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
                let st = parser(vm, o)?;
                let v = v.filter(|v| !vm.is_none(v));
                if $i == H::CharacterData as usize && v.is_none() {
                    flush(vm, st)?;
                }
                let old = std::mem::replace(&mut st.borrow_mut().handlers[$i], v);
                drop(old);
                Ok(())
            }
        )*
        const ACCESSORS: &[(crate::object::native::Getter, crate::object::native::Setter)] =
            &[$(($get, $set)),*];
    };
}

handler_accessors! {
    g0, s0, 0; g1, s1, 1; g2, s2, 2; g3, s3, 3; g4, s4, 4; g5, s5, 5; g6, s6, 6; g7, s7, 7;
    g8, s8, 8; g9, s9, 9; g10, s10, 10; g11, s11, 11; g12, s12, 12; g13, s13, 13; g14, s14, 14;
    g15, s15, 15; g16, s16, 16; g17, s17, 17; g18, s18, 18; g19, s19, 19; g20, s20, 20;
    g21, s21, 21;
}

fn bool_setting(vm: &Vm, v: Option<ObjRef>) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(&v),
        None => Err(vm.error(&vm.exc.attribute_error, "Cannot delete attribute")),
    }
}

fn get_buffer_text(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_bool(parser(vm, o)?.borrow().buffer_text))
}

fn set_buffer_text(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let on = bool_setting(vm, v)?;
    let st = parser(vm, o)?;
    if !on {
        flush(vm, st)?;
    }
    st.borrow_mut().buffer_text = on;
    Ok(())
}

fn get_buffer_size(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int(parser(vm, o)?.borrow().buffer_size as i64))
}

fn set_buffer_size(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(vm.error(&vm.exc.attribute_error, "Cannot delete attribute"));
    };
    if v.as_int().is_none() {
        return Err(vm.type_error("buffer_size must be an integer"));
    }
    let Some(n) = vm.index(&v)?.as_i64().filter(|&n| i32::try_from(n).is_ok()) else {
        return Err(vm.error(
            &vm.exc.overflow_error,
            "Python int too large to convert to C long",
        ));
    };
    if n <= 0 {
        return Err(vm.value_error("buffer_size must be greater than zero"));
    }
    let st = parser(vm, o)?;
    flush(vm, st)?;
    st.borrow_mut().buffer_size = n as usize;
    Ok(())
}

fn get_buffer_used(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int(parser(vm, o)?.borrow().buffer.len() as i64))
}

fn get_ordered(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_bool(parser(vm, o)?.borrow().ordered_attributes))
}

fn set_ordered(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let on = bool_setting(vm, v)?;
    parser(vm, o)?.borrow_mut().ordered_attributes = on;
    Ok(())
}

fn get_specified(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_bool(parser(vm, o)?.borrow().specified_attributes))
}

fn set_specified(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let on = bool_setting(vm, v)?;
    parser(vm, o)?.borrow_mut().specified_attributes = on;
    Ok(())
}

fn get_ns_prefixes(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_bool(parser(vm, o)?.borrow().scanner.ns_prefixes))
}

fn set_ns_prefixes(vm: &Vm, o: &ObjRef, v: Option<ObjRef>) -> PyResult<()> {
    let on = bool_setting(vm, v)?;
    parser(vm, o)?.borrow_mut().scanner.ns_prefixes = on;
    Ok(())
}

fn get_intern(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(parser(vm, o)?
        .borrow()
        .intern
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

/// `ErrorCode`, `ErrorLineNumber`, ... and `Current*`: the last error's, or the position
/// the running handler's event starts at (the end of the input outside handlers).
fn position_getter(vm: &Vm, o: &ObjRef, which: u8) -> PyResult {
    let s = parser(vm, o)?.borrow();
    let err = s.error.map(|e| e.pos).unwrap_or(s.current);
    let v = match which {
        0 => s.error.map_or(0, |e| e.code as usize),
        1 => err.line,
        2 => err.col,
        3 => err.byte,
        4 => s.current.line,
        5 => s.current.col,
        _ => s.current.byte,
    };
    if which == 3 && (s.error.is_none() || s.fed == 0) {
        return Ok(vm.new_int(-1));
    }
    Ok(vm.new_int(v as i64))
}

macro_rules! position_getters {
    ($($name:ident => $which:expr),*) => {
        $(fn $name(vm: &Vm, o: &ObjRef) -> PyResult {
            position_getter(vm, o, $which)
        })*
    };
}

position_getters!(
    get_error_code => 0, get_error_line => 1, get_error_col => 2, get_error_byte => 3,
    get_cur_line => 4, get_cur_col => 5, get_cur_byte => 6
);

fn m_set_base(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "SetBase", 1)?;
    if a[0].as_str().is_none() {
        return Err(vm.type_error(format!(
            "SetBase() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    }
    parser(vm, o)?.borrow_mut().base = Some(a[0].clone());
    Ok(vm.none.clone())
}

fn m_get_base(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "GetBase", 0)?;
    Ok(parser(vm, o)?
        .borrow()
        .base
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

fn m_get_input_context(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "GetInputContext", 0)?;
    let _ = parser(vm, o)?;
    Ok(vm.none.clone())
}

fn m_set_param_entity_parsing(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "SetParamEntityParsing", 1)?;
    let _ = parser(vm, o)?;
    let n = vm.index_isize(&a[0])?;
    Ok(vm.new_int(i64::from((0..=2).contains(&n))))
}

fn m_use_foreign_dtd(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let [flag] = args.bind(vm, "UseForeignDTD", ["flag"], 0, 1, 0)?;
    if let Some(f) = flag {
        vm.truthy(&f)?;
    }
    let _ = parser(vm, o)?;
    Ok(vm.none.clone())
}

fn m_external_entity_parser_create(vm: &Vm, o: &ObjRef, _args: Args<'_>) -> PyResult {
    let _ = parser(vm, o)?;
    Err(vm.error(
        &vm.exc.not_implemented_error,
        "external entity parsers are not supported",
    ))
}

fn no_new(vm: &Vm, _cls: &ObjRef, _args: Args<'_>) -> PyResult {
    Err(vm.type_error("cannot create 'pyexpat.xmlparser' instances"))
}

fn parser_type(vm: &Vm) -> ObjRef {
    vm.native_type("pyexpat.xmlparser", || {
        let t = crate::types::new_static_type(
            &vm.types.type_,
            "pyexpat.xmlparser",
            &vm.types.object,
            Layout::Opaque,
            0,
        );
        vm.add_methods(
            &t,
            &[
                ("Parse", m_parse),
                ("ParseFile", m_parse_file),
                ("SetBase", m_set_base),
                ("GetBase", m_get_base),
                ("GetInputContext", m_get_input_context),
                (
                    "ExternalEntityParserCreate",
                    m_external_entity_parser_create,
                ),
                ("SetParamEntityParsing", m_set_param_entity_parsing),
                ("UseForeignDTD", m_use_foreign_dtd),
            ],
        );
        for (name, (get, set)) in HANDLERS.iter().zip(ACCESSORS) {
            vm.add_getset(&t, name, *get, Some(*set));
        }
        let settable: [(
            &'static str,
            crate::object::native::Getter,
            crate::object::native::Setter,
        ); 5] = [
            ("buffer_text", get_buffer_text, set_buffer_text),
            ("buffer_size", get_buffer_size, set_buffer_size),
            ("ordered_attributes", get_ordered, set_ordered),
            ("specified_attributes", get_specified, set_specified),
            ("namespace_prefixes", get_ns_prefixes, set_ns_prefixes),
        ];
        for (name, get, set) in settable {
            vm.add_getset(&t, name, get, Some(set));
        }
        let readonly: [(&'static str, crate::object::native::Getter); 9] = [
            ("buffer_used", get_buffer_used),
            ("intern", get_intern),
            ("ErrorCode", get_error_code),
            ("ErrorLineNumber", get_error_line),
            ("ErrorColumnNumber", get_error_col),
            ("ErrorByteIndex", get_error_byte),
            ("CurrentLineNumber", get_cur_line),
            ("CurrentColumnNumber", get_cur_col),
            ("CurrentByteIndex", get_cur_byte),
        ];
        for (name, get) in readonly {
            vm.add_getset(&t, name, get, None);
        }
        let s = Slots {
            new: Slot::Native(no_new),
            ..Slots::default()
        };
        crate::object::slot_resolve::install_static(vm, &t, s);
        crate::object::slot_resolve::inherit_static(&t);
        t
    })
}

/// `ErrorString(code)`.
fn error_string(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "ErrorString", 1)?;
    let code = vm.index_isize(&a[0])?;
    Ok(match u32::try_from(code).ok().and_then(message) {
        Some(m) => vm.new_str(m),
        None => vm.none.clone(),
    })
}

/// `pyexpat.errors`: `XML_ERROR_*` messages and the `codes`/`messages` maps.
fn errors_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("pyexpat.errors");
    let Some(d) = m.dict() else { return m };
    vm.dict_set_str(
        &d,
        "__doc__",
        vm.new_str("Constants used to describe error conditions."),
    );
    let codes = vm.new_dict();
    let messages = vm.new_dict();
    for (i, (name, msg)) in ERRORS.iter().enumerate() {
        let code = vm.new_int(i as i64 + 1);
        let msg = vm.new_str(*msg);
        vm.dict_set_str(&d, &format!("XML_ERROR_{name}"), msg.clone());
        let _ = vm.dict_set(&codes, msg.clone(), code.clone());
        let _ = vm.dict_set(&messages, code, msg);
    }
    vm.dict_set_str(&d, "codes", codes);
    vm.dict_set_str(&d, "messages", messages);
    m
}

/// `pyexpat.model`: the content-model constants.
fn model_module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("pyexpat.model");
    let Some(d) = m.dict() else { return m };
    vm.dict_set_str(
        &d,
        "__doc__",
        vm.new_str("Constants used to interpret content model information."),
    );
    for (name, v) in [
        ("XML_CTYPE_EMPTY", 1),
        ("XML_CTYPE_ANY", 2),
        ("XML_CTYPE_MIXED", 3),
        ("XML_CTYPE_NAME", 4),
        ("XML_CTYPE_CHOICE", 5),
        ("XML_CTYPE_SEQ", 6),
        ("XML_CQUANT_NONE", 0),
        ("XML_CQUANT_OPT", 1),
        ("XML_CQUANT_REP", 2),
        ("XML_CQUANT_PLUS", 3),
    ] {
        vm.dict_set_str(&d, name, vm.new_int(v));
    }
    m
}

/// Creates the `pyexpat` module.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("pyexpat");
    let Some(d) = m.dict() else { return m };
    vm.dict_set_str(
        &d,
        "ParserCreate",
        vm.new_module_builtin("ParserCreate", parser_create, "pyexpat"),
    );
    vm.dict_set_str(
        &d,
        "ErrorString",
        vm.new_module_builtin("ErrorString", error_string, "pyexpat"),
    );
    let err = error_type(vm);
    vm.dict_set_str(&d, "ExpatError", err.clone());
    vm.dict_set_str(&d, "error", err);
    vm.dict_set_str(&d, "XMLParserType", parser_type(vm));
    vm.dict_set_str(&d, "EXPAT_VERSION", vm.new_str("expat_2.5.0"));
    let v = [2, 5, 0].map(|n| vm.new_int(n));
    vm.dict_set_str(&d, "version_info", vm.new_tuple(v.to_vec()));
    vm.dict_set_str(&d, "native_encoding", vm.new_str("UTF-8"));
    let features = [
        ("sizeof(XML_Char)", 1),
        ("sizeof(XML_LChar)", 1),
        ("XML_DTD", 0),
        ("XML_CONTEXT_BYTES", 1024),
        ("XML_NS", 0),
        ("XML_BLAP_MAX_AMP", 100),
        ("XML_BLAP_ACT_THRES", 8_388_608),
    ]
    .iter()
    .map(|(n, v)| vm.new_tuple(vec![vm.new_str(*n), vm.new_int(*v)]))
    .collect();
    vm.dict_set_str(&d, "features", vm.new_list(features));
    for (name, v) in [
        ("XML_PARAM_ENTITY_PARSING_NEVER", 0),
        ("XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", 1),
        ("XML_PARAM_ENTITY_PARSING_ALWAYS", 2),
    ] {
        vm.dict_set_str(&d, name, vm.new_int(v));
    }
    let errors = errors_module(vm);
    let model = model_module(vm);
    let _ = vm.dict_set(&vm.modules, vm.new_str("pyexpat.errors"), errors.clone());
    let _ = vm.dict_set(&vm.modules, vm.new_str("pyexpat.model"), model.clone());
    vm.dict_set_str(&d, "errors", errors);
    vm.dict_set_str(&d, "model", model);
    m
}
