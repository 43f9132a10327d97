//! The XML scanner behind `pyexpat`: a well-formedness-checking, incremental parser over
//! decoded text that reports what Expat 2.5 reports — start and end tags (with namespace
//! processing), character data in Expat's pieces (lines, references, CDATA), comments,
//! processing instructions, the XML and document type declarations with the internal
//! subset's entity declarations — each with the line, column (in characters) and byte index
//! where its token starts, and Expat's error codes at the character it stops at.
//!
//! Text arrives in chunks ([`Scanner::feed`]); a token cut by the end of a chunk waits for the
//! next one, as `XML_Parse` with `isFinal` false waits.

use std::collections::HashMap;

mod dtd;

/// An Expat error code (`enum XML_Error`).
pub type Code = u32;
pub const SYNTAX: Code = 2;
pub const NO_ELEMENTS: Code = 3;
pub const INVALID_TOKEN: Code = 4;
pub const UNCLOSED_TOKEN: Code = 5;
pub const TAG_MISMATCH: Code = 7;
pub const DUPLICATE_ATTRIBUTE: Code = 8;
pub const JUNK_AFTER_DOC_ELEMENT: Code = 9;
pub const PARAM_ENTITY_REF: Code = 10;
pub const UNDEFINED_ENTITY: Code = 11;
pub const RECURSIVE_ENTITY_REF: Code = 12;
pub const BAD_CHAR_REF: Code = 14;
pub const MISPLACED_XML_PI: Code = 17;
pub const UNCLOSED_CDATA_SECTION: Code = 20;
pub const UNBOUND_PREFIX: Code = 27;
pub const XML_DECL: Code = 30;

/// Where a token starts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 0-based column, in characters.
    pub col: usize,
    /// Byte offset in the input.
    pub byte: usize,
}

/// What the scanner found, in document order.
#[derive(Debug)]
pub enum Event {
    XmlDecl {
        version: String,
        encoding: Option<String>,
        standalone: i32,
        raw: String,
    },
    StartDoctype {
        name: String,
        system: Option<String>,
        public: Option<String>,
        internal: bool,
    },
    EndDoctype,
    EntityDecl {
        name: String,
        parameter: bool,
        value: Option<String>,
        system: Option<String>,
        public: Option<String>,
        notation: Option<String>,
    },
    StartNamespace {
        prefix: Option<String>,
        uri: Option<String>,
    },
    EndNamespace {
        prefix: Option<String>,
    },
    Start {
        name: String,
        attrs: Vec<(String, String)>,
        raw: String,
    },
    End {
        name: String,
        raw: String,
    },
    /// Character data, and how it was written (for the default handler).
    Data {
        text: String,
        raw: String,
    },
    Comment {
        text: String,
        raw: String,
    },
    Pi {
        target: String,
        data: String,
        raw: String,
    },
    StartCdata,
    EndCdata,
    /// Markup Expat passes only to the default handler (whitespace outside the root,
    /// undeclared DTD markup, a reference left unexpanded).
    Default(String),
    /// A token of the document type declaration, for the default handler when no
    /// `StartDoctypeDeclHandler` takes the declaration.
    DoctypeDefault(String),
    /// One attribute of an `<!ATTLIST>` declaration.
    Attlist {
        element: String,
        name: String,
        kind: String,
        default: Option<String>,
        required: bool,
    },
    /// A token of an `<!ATTLIST>` declaration, for the default handler when no
    /// `AttlistDeclHandler` takes it.
    AttlistDefault(String),
    /// The document refers to an external DTD without saying it stands alone
    /// (`XML_SetNotStandaloneHandler`); a false answer stops the parse.
    NotStandalone(Pos),
    /// A reference to an entity the external DTD may declare (`XML_SetSkippedEntityHandler`).
    Skipped {
        name: String,
        raw: String,
    },
}

/// An attribute an `<!ATTLIST>` declared: whether it is CDATA (other types have their
/// whitespace collapsed) and its default value.
struct AttDef {
    name: String,
    cdata: bool,
    default: Option<String>,
}

/// A well-formedness error: its code and where it was found.
#[derive(Clone, Copy, Debug)]
pub struct XmlError {
    pub code: Code,
    pub pos: Pos,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Before the root element (XML declaration allowed only at the very start).
    Prolog,
    /// Inside the root element.
    Content,
    /// After the root element.
    Epilog,
}

/// The scanner's state between chunks.
pub struct Scanner {
    buf: String,
    pos: usize,
    at: Pos,
    /// How many input bytes each character took (1 for Latin-1, 2 or 4 for UTF-16); 0 means
    /// UTF-8, where it is the character's own length.
    pub unit: usize,
    phase: Phase,
    started: bool,
    stack: Vec<Open>,
    ns: Option<char>,
    /// Report `uri sep local sep prefix` (`namespace_prefixes`).
    pub ns_prefixes: bool,
    bindings: Vec<(Option<String>, Option<String>)>,
    entities: HashMap<String, String>,
    /// Whether internal entities are expanded (not when a plain `DefaultHandler` is set).
    pub expand: bool,
    /// Report only the attributes the tag gives, not declared defaults.
    pub specified_only: bool,
    /// The document refers to an external DTD (which may declare what the document uses),
    /// and `standalone` from the XML declaration (-1 when absent).
    external_dtd: bool,
    standalone: i32,
    attlists: HashMap<String, Vec<AttDef>>,
    /// Whether the document had a document type declaration (then an undeclared entity in a
    /// not-standalone document is skipped rather than an error — not modelled: it is an error).
    pub events: Vec<(Event, Pos)>,
}

/// An open element: its name as written and the namespace bindings it made.
struct Open {
    qname: String,
    name: String,
    declared: usize,
}

/// A start tag after namespace processing: its name, its attributes, and how many
/// namespace bindings it made.
type Expanded = (String, Vec<(String, String)>, usize);

/// The outcome of trying one token: done, wait for more text, or stop with an error.
enum Step {
    Done,
    More,
}

type Res<T> = Result<T, XmlError>;

fn is_name_start(c: char) -> bool {
    c.is_alphabetic() || c == '_' || c == ':' || (c as u32 >= 0xC0 && !c.is_whitespace())
}

fn is_name_char(c: char) -> bool {
    is_name_start(c)
        || c.is_ascii_digit()
        || c == '-'
        || c == '.'
        || c == '\u{B7}'
        || c.is_numeric()
}

fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// A character XML allows in a document.
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

impl Scanner {
    /// A scanner; `ns` is the namespace separator when namespaces are processed.
    pub fn new(ns: Option<char>) -> Scanner {
        Scanner {
            buf: String::new(),
            pos: 0,
            at: Pos {
                line: 1,
                col: 0,
                byte: 0,
            },
            unit: 0,
            phase: Phase::Prolog,
            started: false,
            stack: Vec::new(),
            ns,
            ns_prefixes: false,
            bindings: Vec::new(),
            entities: HashMap::new(),
            expand: true,
            specified_only: false,
            external_dtd: false,
            standalone: -1,
            attlists: HashMap::new(),
            events: Vec::new(),
        }
    }

    /// Counts input bytes that are not text (a byte order mark).
    pub fn skip_bytes(&mut self, n: usize) {
        self.at.byte += n;
        // Expat counts the mark as a column.
        self.at.col += 1;
    }

    /// The position of the next unread character.
    pub fn position(&self) -> Pos {
        self.at
    }

    /// Adds decoded text and scans every complete token; `last` is `isFinal`.
    pub fn feed(&mut self, text: &str, last: bool) -> Res<()> {
        if self.pos > 0 {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
        self.buf.push_str(text);
        loop {
            if self.pos >= self.buf.len() {
                break;
            }
            let before = self.pos;
            match self.token(last)? {
                Step::Done => {}
                Step::More => {
                    if last {
                        return Err(self.err_here(UNCLOSED_TOKEN));
                    }
                    break;
                }
            }
            if self.pos == before {
                // Never loop without progress.
                return Err(self.err_here(INVALID_TOKEN));
            }
        }
        if last && self.phase != Phase::Epilog {
            return Err(XmlError {
                code: NO_ELEMENTS,
                pos: self.at,
            });
        }
        Ok(())
    }

    fn rest(&self) -> &str {
        &self.buf[self.pos..]
    }

    fn err_here(&self, code: Code) -> XmlError {
        XmlError { code, pos: self.at }
    }

    /// The position `n` bytes past the current one.
    fn pos_after(&self, n: usize) -> Pos {
        let mut p = self.at;
        let text = &self.buf[self.pos..self.pos + n];
        let mut prev_cr = false;
        for c in text.chars() {
            p.byte += if self.unit == 0 {
                c.len_utf8()
            } else {
                self.unit * c.len_utf16()
            };
            match c {
                '\n' if prev_cr => {}
                '\n' | '\r' => {
                    p.line += 1;
                    p.col = 0;
                }
                _ => p.col += 1,
            }
            prev_cr = c == '\r';
        }
        p
    }

    fn err_at(&self, offset: usize, code: Code) -> XmlError {
        XmlError {
            code,
            pos: self.pos_after(offset),
        }
    }

    /// Consumes `n` bytes.
    fn advance(&mut self, n: usize) {
        self.at = self.pos_after(n);
        self.pos += n;
    }

    fn emit(&mut self, e: Event, at: Pos) {
        self.events.push((e, at));
    }

    /// Character data written as it reads.
    fn emit_text(&mut self, text: String, at: Pos) {
        self.emit(
            Event::Data {
                raw: text.clone(),
                text,
            },
            at,
        );
    }

    /// Scans one token at the current position.
    fn token(&mut self, last: bool) -> Res<Step> {
        let rest = self.rest();
        if rest.starts_with('<') {
            return self.markup(last);
        }
        match self.phase {
            Phase::Content => self.char_data(last),
            _ => {
                let n = rest.find(|c: char| !is_xml_space(c)).unwrap_or(rest.len());
                if n == 0 {
                    // A name run straight against `<` is an invalid token there (Expat's
                    // prolog tokens); anything else is out of place where it starts.
                    let run = rest.find(|c: char| !is_name_char(c)).unwrap_or(rest.len());
                    if run > 0
                        && let Some(c) = rest[run..].chars().next()
                        && !(is_xml_space(c)
                            || matches!(c, '>' | ')' | ',' | '|' | '[' | '%' | '+' | '*' | '?'))
                    {
                        return Err(self.err_at(run, INVALID_TOKEN));
                    }
                    let c = rest.chars().next().unwrap_or(' ');
                    let code = if self.phase == Phase::Epilog {
                        JUNK_AFTER_DOC_ELEMENT
                    } else if c == '%' {
                        PARAM_ENTITY_REF
                    } else if is_name_char(c)
                        || matches!(
                            c,
                            '"' | '\''
                                | '['
                                | ']'
                                | '('
                                | ')'
                                | '|'
                                | ','
                                | '>'
                                | '*'
                                | '+'
                                | '?'
                                | '#'
                        )
                    {
                        SYNTAX
                    } else {
                        INVALID_TOKEN
                    };
                    return Err(self.err_here(code));
                }
                self.space_run(n);
                self.started = true;
                Ok(Step::Done)
            }
        }
    }

    /// Whitespace outside the root element: one default piece per line.
    fn space_run(&mut self, n: usize) {
        let text = self.buf[self.pos..self.pos + n].to_owned();
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if c == '\n' || c == '\r' {
                if i > start {
                    let at = self.at;
                    self.emit(Event::Default(text[start..i].to_owned()), at);
                    self.advance(i - start);
                }
                let len = if text[i..].starts_with("\r\n") { 2 } else { 1 };
                if c == '\n' && i > 0 && text.as_bytes()[i - 1] == b'\r' {
                    start = i + 1;
                    continue;
                }
                let at = self.at;
                self.emit(Event::Default("\n".to_owned()), at);
                self.advance(len);
                start = i + len;
            }
        }
        if start < text.len() {
            let at = self.at;
            self.emit(Event::Default(text[start..].to_owned()), at);
            self.advance(text.len() - start);
        }
    }

    /// Character data up to the next markup or reference, split at line ends as Expat splits
    /// it; a run that reaches the end of a chunk is reported as it stands.
    fn char_data(&mut self, last: bool) -> Res<Step> {
        let rest = self.rest();
        if rest.starts_with('&') {
            return self.reference(last);
        }
        let mut end = rest.len();
        for (i, c) in rest.char_indices() {
            if c == '<' || c == '&' || c == '\n' || c == '\r' {
                end = i;
                break;
            }
            if c == ']' && rest[i..].starts_with("]]>") {
                return Err(self.err_at(i + 2, INVALID_TOKEN));
            }
            if c == ']' && !last && "]]>".starts_with(&rest[i..]) {
                end = i;
                break;
            }
            if !is_xml_char(c) {
                return Err(self.err_at(i, INVALID_TOKEN));
            }
        }
        if end == 0 {
            let c = rest.as_bytes()[0];
            if c == b'\r' && rest.len() == 1 && !last {
                return Ok(Step::More);
            }
            if c == b']' {
                return Ok(Step::More);
            }
            let len = if rest.starts_with("\r\n") { 2 } else { 1 };
            let raw = rest[..len].to_owned();
            let at = self.at;
            self.emit(
                Event::Data {
                    text: "\n".to_owned(),
                    raw,
                },
                at,
            );
            self.advance(len);
            return Ok(Step::Done);
        }
        let text = rest[..end].to_owned();
        let at = self.at;
        self.emit(
            Event::Data {
                raw: text.clone(),
                text,
            },
            at,
        );
        self.advance(end);
        Ok(Step::Done)
    }

    /// `&name;`, `&#N;` or `&#xN;` in content.
    fn reference(&mut self, last: bool) -> Res<Step> {
        let rest = self.rest();
        let Some(semi) = rest.find(';') else {
            return self.incomplete_ref(last);
        };
        let body = &rest[1..semi];
        let raw = rest[..=semi].to_owned();
        let at = self.at;
        if let Some(num) = body.strip_prefix('#') {
            let c = parse_char_ref(num).ok_or_else(|| self.err_here(BAD_CHAR_REF))?;
            self.emit(
                Event::Data {
                    text: c.to_string(),
                    raw: raw.clone(),
                },
                at,
            );
            self.advance(raw.len());
            return Ok(Step::Done);
        }
        self.check_name(body, 1)?;
        if let Some(c) = predefined(body) {
            self.emit(
                Event::Data {
                    text: c.to_string(),
                    raw: raw.clone(),
                },
                at,
            );
            self.advance(raw.len());
            return Ok(Step::Done);
        }
        let Some(value) = self.entities.get(body).cloned() else {
            if self.may_skip() {
                let name = body.to_owned();
                self.emit(
                    Event::Skipped {
                        name,
                        raw: raw.clone(),
                    },
                    at,
                );
                self.advance(raw.len());
                return Ok(Step::Done);
            }
            return Err(self.err_here(UNDEFINED_ENTITY));
        };
        if !self.expand {
            self.emit(Event::Default(raw.clone()), at);
            self.advance(raw.len());
            return Ok(Step::Done);
        }
        let name = body.to_owned();
        self.advance(raw.len());
        self.expand_entity(&value, at, &mut vec![name])?;
        Ok(Step::Done)
    }

    /// The replacement text of an internal entity, reported as content: its character data
    /// and references, and its elements when it holds markup.
    fn expand_entity(&mut self, value: &str, at: Pos, open: &mut Vec<String>) -> Res<()> {
        if value.contains('<') {
            // Markup in an entity: scan it with a scanner of its own in content state,
            // reporting every event at the reference.
            let mut sub = Scanner::new(self.ns);
            sub.phase = Phase::Content;
            sub.entities = self.entities.clone();
            sub.bindings = self.bindings.clone();
            sub.ns_prefixes = self.ns_prefixes;
            sub.stack.push(Open {
                qname: String::new(),
                name: String::new(),
                declared: 0,
            });
            sub.buf = value.to_owned();
            while sub.pos < sub.buf.len() {
                let before = sub.pos;
                if let Step::More = sub.token(true)? {
                    return Err(XmlError {
                        code: UNCLOSED_TOKEN,
                        pos: at,
                    });
                }
                if sub.pos == before {
                    return Err(XmlError {
                        code: INVALID_TOKEN,
                        pos: at,
                    });
                }
            }
            if sub.stack.len() != 1 {
                return Err(XmlError { code: 13, pos: at });
            }
            for (e, _) in sub.events.drain(..) {
                self.events.push((e, at));
            }
            return Ok(());
        }
        let mut text = String::new();
        let mut i = 0;
        let flush = |s: &mut Self, text: &mut String| {
            if !text.is_empty() {
                let t = std::mem::take(text);
                s.emit_text(t, at);
            }
        };
        while i < value.len() {
            let r = &value[i..];
            if let Some(stripped) = r.strip_prefix('&') {
                let semi = stripped.find(';').map(|s| s + 1).unwrap_or(r.len());
                let body = &r[1..semi.min(r.len())];
                flush(self, &mut text);
                if let Some(num) = body.strip_prefix('#') {
                    let c = parse_char_ref(num).ok_or(XmlError {
                        code: BAD_CHAR_REF,
                        pos: at,
                    })?;
                    self.emit(
                        Event::Data {
                            text: c.to_string(),
                            raw: c.to_string(),
                        },
                        at,
                    );
                } else if let Some(c) = predefined(body) {
                    self.emit(
                        Event::Data {
                            text: c.to_string(),
                            raw: c.to_string(),
                        },
                        at,
                    );
                } else if open.iter().any(|n| n == body) {
                    return Err(XmlError {
                        code: RECURSIVE_ENTITY_REF,
                        pos: at,
                    });
                } else if let Some(v) = self.entities.get(body).cloned() {
                    open.push(body.to_owned());
                    self.expand_entity(&v, at, open)?;
                    open.pop();
                } else {
                    return Err(XmlError {
                        code: UNDEFINED_ENTITY,
                        pos: at,
                    });
                }
                i += semi + 1;
                continue;
            }
            let c = r.chars().next().unwrap_or(' ');
            if c == '\n' {
                flush(self, &mut text);
                self.emit(
                    Event::Data {
                        text: "\n".to_owned(),
                        raw: "\n".to_owned(),
                    },
                    at,
                );
            } else {
                text.push(c);
            }
            i += c.len_utf8();
        }
        flush(self, &mut text);
        Ok(())
    }

    /// Whether an undeclared entity is skipped rather than an error: the external DTD might
    /// declare it, and the document does not say it stands alone.
    fn may_skip(&self) -> bool {
        self.external_dtd && self.standalone != 1
    }

    /// A reference cut by the end of the chunk, or one never closed.
    fn incomplete_ref(&self, last: bool) -> Res<Step> {
        let rest = self.rest();
        // Check what is there so far.
        let body = &rest[1..];
        for (i, c) in body.char_indices() {
            let ok = if i == 0 {
                is_name_start(c) || c == '#'
            } else {
                is_name_char(c)
            };
            if !ok {
                return Err(self.err_at(1 + i, INVALID_TOKEN));
            }
        }
        if last {
            return Err(self.err_here(UNCLOSED_TOKEN));
        }
        Ok(Step::More)
    }

    /// Checks an entity name.
    fn check_name(&self, name: &str, offset: usize) -> Res<()> {
        for (i, c) in name.char_indices() {
            let ok = if i == 0 {
                is_name_start(c)
            } else {
                is_name_char(c)
            };
            if !ok {
                return Err(self.err_at(offset + i, INVALID_TOKEN));
            }
        }
        if name.is_empty() {
            return Err(self.err_at(offset, INVALID_TOKEN));
        }
        Ok(())
    }

    /// A token starting with `<`.
    fn markup(&mut self, last: bool) -> Res<Step> {
        let rest = self.rest();
        if rest.len() < 2 {
            return Ok(Step::More);
        }
        if rest.starts_with("<?") {
            return self.pi();
        }
        if rest.starts_with("<!") {
            let prefix_of = |m: &str| m.starts_with(rest);
            if (prefix_of("<!--") || prefix_of("<![CDATA[") || prefix_of("<!DOCTYPE"))
                && rest.len() < 9
            {
                return Ok(Step::More);
            }
            if rest.starts_with("<!--") {
                return self.comment();
            }
            if rest.starts_with("<![CDATA[") {
                if self.phase != Phase::Content {
                    return Err(self.err_at(2, INVALID_TOKEN));
                }
                return self.cdata(last);
            }
            if rest.starts_with("<!DOCTYPE") {
                if self.phase != Phase::Prolog || self.saw_doctype() {
                    return Err(self.err_here(SYNTAX));
                }
                return self.doctype(last);
            }
            if self.phase != Phase::Content {
                // A markup declaration outside the document type declaration is out of
                // place; an unknown keyword is an invalid token after its name.
                let after = rest.strip_prefix("<!").unwrap_or_default();
                let run = after
                    .find(|c: char| !c.is_ascii_alphabetic())
                    .unwrap_or(after.len());
                let word = &after[..run];
                if matches!(word, "ENTITY" | "ATTLIST" | "ELEMENT" | "NOTATION") {
                    let code = if self.phase == Phase::Epilog {
                        JUNK_AFTER_DOC_ELEMENT
                    } else {
                        SYNTAX
                    };
                    return Err(self.err_here(code));
                }
                if run > 0 {
                    return Err(self.err_at(2 + run, INVALID_TOKEN));
                }
            }
            return Err(self.err_at(2, INVALID_TOKEN));
        }
        if rest.starts_with("</") {
            if self.stack.is_empty() {
                return Err(self.err_at(1, INVALID_TOKEN));
            }
            return self.end_tag();
        }
        self.start_tag()
    }

    fn saw_doctype(&self) -> bool {
        self.events
            .iter()
            .any(|(e, _)| matches!(e, Event::StartDoctype { .. }))
    }

    fn comment(&mut self) -> Res<Step> {
        let rest = self.rest();
        let Some(end) = rest[4..].find("--") else {
            return Ok(Step::More);
        };
        let end = end + 4;
        if !rest[end..].starts_with("-->") {
            if rest.len() < end + 3 {
                return Ok(Step::More);
            }
            return Err(self.err_at(end + 2, INVALID_TOKEN));
        }
        let text = &rest[4..end];
        if let Some(i) = text.find(|c: char| !is_xml_char(c)) {
            return Err(self.err_at(4 + i, INVALID_TOKEN));
        }
        let raw = rest[..end + 3].to_owned();
        let at = self.at;
        self.emit(
            Event::Comment {
                text: normalize_newlines(text),
                raw: raw.clone(),
            },
            at,
        );
        self.advance(raw.len());
        self.started = true;
        Ok(Step::Done)
    }

    fn pi(&mut self) -> Res<Step> {
        let rest = self.rest();
        let Some(end) = rest.find("?>") else {
            return Ok(Step::More);
        };
        let body = &rest[2..end];
        let name_len = body.find(|c: char| is_xml_space(c)).unwrap_or(body.len());
        let target = &body[..name_len];
        self.check_name(target, 2)?;
        let data = body[name_len..].trim_start_matches(is_xml_space);
        let raw = rest[..end + 2].to_owned();
        let at = self.at;
        if target.eq_ignore_ascii_case("xml") {
            if target != "xml" || self.started || self.phase != Phase::Prolog {
                return Err(self.err_here(MISPLACED_XML_PI));
            }
            let (version, encoding, standalone) =
                parse_xml_decl(data).ok_or_else(|| self.err_here(XML_DECL))?;
            self.standalone = standalone;
            self.emit(
                Event::XmlDecl {
                    version,
                    encoding,
                    standalone,
                    raw: raw.clone(),
                },
                at,
            );
        } else {
            let data = normalize_newlines(data);
            self.emit(
                Event::Pi {
                    target: target.to_owned(),
                    data,
                    raw: raw.clone(),
                },
                at,
            );
        }
        self.advance(raw.len());
        self.started = true;
        Ok(Step::Done)
    }

    fn cdata(&mut self, last: bool) -> Res<Step> {
        let rest = self.rest();
        let (end, closed) = match rest.find("]]>") {
            Some(end) => (end, true),
            None if last => (rest.len(), false),
            None => return Ok(Step::More),
        };
        let body = rest[9..end].to_owned();
        if let Some(i) = body.find(|c: char| !is_xml_char(c)) {
            return Err(self.err_at(9 + i, INVALID_TOKEN));
        }
        let at = self.at;
        self.emit(Event::StartCdata, at);
        self.advance(9);
        // The section's text, one piece per line as Expat reports it.
        let mut start = 0;
        let bytes = body.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'\n' || bytes[i] == b'\r' {
                if i > start {
                    let at = self.at;
                    let t = body[start..i].to_owned();
                    self.emit_text(t, at);
                    self.advance(i - start);
                }
                let len = if body[i..].starts_with("\r\n") { 2 } else { 1 };
                let at = self.at;
                self.emit(
                    Event::Data {
                        text: "\n".to_owned(),
                        raw: body[i..i + len].to_owned(),
                    },
                    at,
                );
                self.advance(len);
                i += len;
                start = i;
            } else {
                i += 1;
            }
        }
        if start < body.len() {
            let at = self.at;
            let t = body[start..].to_owned();
            self.emit_text(t, at);
            self.advance(body.len() - start);
        }
        if !closed {
            // What the section held so far is reported before the error, as Expat does.
            return Err(self.err_here(UNCLOSED_CDATA_SECTION));
        }
        let at = self.at;
        self.emit(Event::EndCdata, at);
        self.advance(3);
        Ok(Step::Done)
    }

    /// `<name attr="value" ...>` or `<name .../>`.
    fn start_tag(&mut self) -> Res<Step> {
        if self.phase == Phase::Epilog {
            return Err(self.err_here(JUNK_AFTER_DOC_ELEMENT));
        }
        let rest = self.rest();
        let tag = match scan_tag(rest) {
            TagScan::Incomplete => return Ok(Step::More),
            TagScan::Bad(i) => return Err(self.err_at(i, INVALID_TOKEN)),
            TagScan::Tag(t) => t,
        };
        let raw = rest[..tag.len].to_owned();
        // Duplicate attributes, found at the second one's name.
        for (i, a) in tag.attrs.iter().enumerate() {
            if tag.attrs[..i].iter().any(|b| b.name == a.name) {
                return Err(self.err_at(a.name_at, DUPLICATE_ATTRIBUTE));
            }
        }
        let mut attrs = Vec::new();
        let defs = self.attlists.get(&tag.name);
        for a in &tag.attrs {
            let mut v = self.attr_value(&rest[a.value_at..a.value_at + a.value_len], a.value_at)?;
            let typed = defs.and_then(|d| d.iter().find(|d| d.name == a.name));
            if typed.is_some_and(|d| !d.cdata) {
                v = collapse_spaces(&v);
            }
            attrs.push((a.name.clone(), v));
        }
        if !self.specified_only
            && let Some(defs) = defs
        {
            for d in defs {
                if let Some(v) = &d.default
                    && !attrs.iter().any(|(n, _)| *n == d.name)
                {
                    attrs.push((d.name.clone(), v.clone()));
                }
            }
        }
        let at = self.at;
        let qname = tag.name.clone();
        let (name, attrs, declared) = if self.ns.is_some() {
            self.namespaces(&qname, attrs, at)?
        } else {
            (qname.clone(), attrs, 0)
        };
        self.emit(
            Event::Start {
                name: name.clone(),
                attrs,
                raw: raw.clone(),
            },
            at,
        );
        self.phase = Phase::Content;
        self.started = true;
        self.advance(raw.len());
        if tag.empty {
            // Expat ends an empty element where its tag ends.
            let end = self.at;
            self.emit(
                Event::End {
                    name,
                    raw: String::new(),
                },
                end,
            );
            self.end_namespaces(declared, end);
            if self.stack.is_empty() {
                self.phase = Phase::Epilog;
            }
        } else {
            self.stack.push(Open {
                qname,
                name,
                declared,
            });
        }
        Ok(Step::Done)
    }

    /// An attribute value with its references expanded and its whitespace normalised.
    fn attr_value(&self, v: &str, offset: usize) -> Res<String> {
        let mut out = String::new();
        let mut i = 0;
        while i < v.len() {
            let r = &v[i..];
            let c = r.chars().next().unwrap_or(' ');
            if c == '<' {
                return Err(self.err_at(offset + i, INVALID_TOKEN));
            }
            if c == '&' {
                let Some(semi) = r.find(';') else {
                    return Err(self.err_at(offset + i + 1, INVALID_TOKEN));
                };
                let body = &r[1..semi];
                if let Some(num) = body.strip_prefix('#') {
                    out.push(
                        parse_char_ref(num).ok_or_else(|| self.err_at(offset + i, BAD_CHAR_REF))?,
                    );
                } else if let Some(p) = predefined(body) {
                    out.push(p);
                } else if let Some(val) = self.entities.get(body) {
                    if val.contains('<') {
                        return Err(self.err_at(offset + i, INVALID_TOKEN));
                    }
                    let inner = self.attr_value(&val.clone(), offset + i)?;
                    out.push_str(&inner);
                } else {
                    self.check_name(body, offset + i + 1)?;
                    if !self.may_skip() {
                        return Err(self.err_at(offset + i, UNDEFINED_ENTITY));
                    }
                }
                i += semi + 1;
                continue;
            }
            if !is_xml_char(c) {
                return Err(self.err_at(offset + i, INVALID_TOKEN));
            }
            if c == '\r' && r[1..].starts_with('\n') {
                out.push(' ');
                i += 2;
                continue;
            }
            out.push(if is_xml_space(c) { ' ' } else { c });
            i += c.len_utf8();
        }
        Ok(out)
    }

    /// Namespace processing of a start tag: declarations first (reported in order), then
    /// the element's and attributes' expanded names.
    fn namespaces(&mut self, qname: &str, attrs: Vec<(String, String)>, at: Pos) -> Res<Expanded> {
        let mut declared = 0;
        let mut plain = Vec::new();
        for (n, v) in attrs {
            let prefix = if n == "xmlns" {
                Some(None)
            } else {
                n.strip_prefix("xmlns:").map(|p| Some(p.to_owned()))
            };
            match prefix {
                Some(p) => {
                    let uri = (!v.is_empty()).then(|| v.clone());
                    self.bindings.push((p.clone(), uri.clone()));
                    declared += 1;
                    self.emit(Event::StartNamespace { prefix: p, uri }, at);
                }
                None => plain.push((n, v)),
            }
        }
        let name = self.expand_name(qname, true).ok_or(XmlError {
            code: UNBOUND_PREFIX,
            pos: at,
        })?;
        let mut out = Vec::new();
        for (n, v) in plain {
            let e = self.expand_name(&n, false).ok_or(XmlError {
                code: UNBOUND_PREFIX,
                pos: at,
            })?;
            out.push((e, v));
        }
        Ok((name, out, declared))
    }

    /// `uri sep local` for a prefixed name (or, for elements, an unprefixed one under a
    /// default namespace); None for an unbound prefix.
    fn expand_name(&self, qname: &str, element: bool) -> Option<String> {
        let sep = self.ns?;
        let (prefix, local) = match qname.split_once(':') {
            Some((p, l)) => (Some(p), l),
            None => (None, qname),
        };
        if prefix.is_none() && !element {
            return Some(qname.to_owned());
        }
        if prefix == Some("xml") {
            let mut s = format!("http://www.w3.org/XML/1998/namespace{sep}{local}");
            if self.ns_prefixes {
                s.push(sep);
                s.push_str("xml");
            }
            return Some(s);
        }
        let uri = self
            .bindings
            .iter()
            .rev()
            .find(|(p, _)| p.as_deref() == prefix)
            .and_then(|(_, u)| u.clone());
        match (uri, prefix) {
            (Some(u), p) => {
                let mut s = format!("{u}{sep}{local}");
                if let (true, Some(p)) = (self.ns_prefixes, p) {
                    s.push(sep);
                    s.push_str(p);
                }
                Some(s)
            }
            (None, None) => Some(qname.to_owned()),
            (None, Some(_)) => None,
        }
    }

    /// Ends the namespace scopes an element opened, last declared first.
    fn end_namespaces(&mut self, declared: usize, at: Pos) {
        for _ in 0..declared {
            if let Some((prefix, _)) = self.bindings.pop() {
                self.emit(Event::EndNamespace { prefix }, at);
            }
        }
    }

    /// `</name>`.
    fn end_tag(&mut self) -> Res<Step> {
        let rest = self.rest();
        let Some(gt) = rest.find('>') else {
            // Check the name so far.
            for (i, c) in rest[2..].char_indices() {
                if !(is_name_char(c) || is_xml_space(c)) || (i == 0 && !is_name_start(c)) {
                    return Err(self.err_at(2 + i, INVALID_TOKEN));
                }
            }
            return Ok(Step::More);
        };
        let inner = &rest[2..gt];
        let name_len = inner
            .find(|c: char| !is_name_char(c))
            .unwrap_or(inner.len());
        let name = &inner[..name_len];
        if name.is_empty() || !name.chars().next().is_some_and(is_name_start) {
            return Err(self.err_at(2, INVALID_TOKEN));
        }
        if let Some(i) = inner[name_len..].find(|c: char| !is_xml_space(c)) {
            return Err(self.err_at(2 + name_len + i, INVALID_TOKEN));
        }
        match self.stack.last() {
            Some(open) if open.qname == name => {}
            _ => return Err(self.err_at(2, TAG_MISMATCH)),
        }
        let raw = rest[..=gt].to_owned();
        let at = self.at;
        let Some(open) = self.stack.pop() else {
            return Err(self.err_at(2, TAG_MISMATCH));
        };
        self.emit(
            Event::End {
                name: open.name,
                raw: raw.clone(),
            },
            at,
        );
        self.end_namespaces(open.declared, at);
        self.advance(raw.len());
        if self.stack.is_empty() {
            self.phase = Phase::Epilog;
        }
        Ok(Step::Done)
    }
}

/// `&lt;` and the other four.
fn predefined(name: &str) -> Option<char> {
    Some(match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "apos" => '\'',
        "quot" => '"',
        _ => return None,
    })
}

fn parse_char_ref(num: &str) -> Option<char> {
    let n = match num.strip_prefix('x') {
        Some(hex) if !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()) => {
            u32::from_str_radix(hex, 16).ok()?
        }
        None if !num.is_empty() && num.chars().all(|c| c.is_ascii_digit()) => num.parse().ok()?,
        _ => return None,
    };
    char::from_u32(n).filter(|&c| is_xml_char(c))
}

fn normalize_newlines(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\r', "\n")
}

/// The pseudo-attributes of an XML declaration.
fn parse_xml_decl(data: &str) -> Option<(String, Option<String>, i32)> {
    let mut version = None;
    let mut encoding = None;
    let mut standalone = -1;
    let mut s = data.trim_end_matches(is_xml_space);
    let mut order = 0;
    while !s.is_empty() {
        s = s.trim_start_matches(is_xml_space);
        let eq = s.find('=')?;
        let key = s[..eq].trim_end_matches(is_xml_space);
        let after = s[eq + 1..].trim_start_matches(is_xml_space);
        let q = after.chars().next()?;
        if q != '"' && q != '\'' {
            return None;
        }
        let close = after[1..].find(q)? + 1;
        let value = after[1..close].to_owned();
        match (key, order) {
            ("version", 0) => {
                version = Some(value);
                order = 1;
            }
            ("encoding", 1) => {
                encoding = Some(value);
                order = 2;
            }
            ("standalone", 1 | 2) => {
                standalone = match value.as_str() {
                    "yes" => 1,
                    "no" => 0,
                    _ => return None,
                };
                order = 3;
            }
            _ => return None,
        }
        s = &after[close + 1..];
        if !s.is_empty() && !s.starts_with(is_xml_space) {
            return None;
        }
    }
    Some((version?, encoding, standalone))
}

struct AttrScan {
    name: String,
    name_at: usize,
    value_at: usize,
    value_len: usize,
}

struct TagScanned {
    name: String,
    attrs: Vec<AttrScan>,
    empty: bool,
    len: usize,
}

enum TagScan {
    Incomplete,
    Bad(usize),
    Tag(TagScanned),
}

/// Scans a start tag at the start of `s` (which begins with `<`).
fn scan_tag(s: &str) -> TagScan {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut k = 1;
    let at = |k: usize| chars.get(k).copied();
    let name_end = |mut k: usize| {
        while let Some((_, c)) = at(k) {
            if !is_name_char(c) {
                break;
            }
            k += 1;
        }
        k
    };
    match at(k) {
        None => return TagScan::Incomplete,
        Some((i, c)) if !is_name_start(c) => return TagScan::Bad(i),
        _ => {}
    }
    let e = name_end(k);
    let Some(_) = at(e) else {
        return TagScan::Incomplete;
    };
    let name = s[chars[k].0..chars[e].0].to_owned();
    k = e;
    let mut attrs = Vec::new();
    loop {
        let had_space = matches!(at(k), Some((_, c)) if is_xml_space(c));
        while let Some((_, c)) = at(k) {
            if !is_xml_space(c) {
                break;
            }
            k += 1;
        }
        let Some((i, c)) = at(k) else {
            return TagScan::Incomplete;
        };
        if c == '>' {
            return TagScan::Tag(TagScanned {
                name,
                attrs,
                empty: false,
                len: i + 1,
            });
        }
        if c == '/' {
            return match at(k + 1) {
                None => TagScan::Incomplete,
                Some((j, '>')) => TagScan::Tag(TagScanned {
                    name,
                    attrs,
                    empty: true,
                    len: j + 1,
                }),
                Some((j, _)) => TagScan::Bad(j),
            };
        }
        if !is_name_start(c) || !had_space {
            return TagScan::Bad(i);
        }
        let e = name_end(k);
        let Some((ne, _)) = at(e) else {
            return TagScan::Incomplete;
        };
        let aname = s[i..ne].to_owned();
        k = e;
        while let Some((_, c)) = at(k) {
            if !is_xml_space(c) {
                break;
            }
            k += 1;
        }
        match at(k) {
            None => return TagScan::Incomplete,
            Some((_, '=')) => k += 1,
            Some((j, _)) => return TagScan::Bad(j),
        }
        while let Some((_, c)) = at(k) {
            if !is_xml_space(c) {
                break;
            }
            k += 1;
        }
        let q = match at(k) {
            None => return TagScan::Incomplete,
            Some((_, q @ ('"' | '\''))) => q,
            Some((j, _)) => return TagScan::Bad(j),
        };
        let start = k + 1;
        let mut m = start;
        loop {
            match at(m) {
                None => return TagScan::Incomplete,
                Some((_, c)) if c == q => break,
                _ => m += 1,
            }
        }
        let vs = at(start).map_or(s.len(), |(i, _)| i);
        let ve = chars[m].0;
        attrs.push(AttrScan {
            name: aname,
            name_at: i,
            value_at: vs,
            value_len: ve - vs,
        });
        k = m + 1;
    }
}

/// A non-CDATA attribute value: spaces collapsed and trimmed (XML 1.0 §3.3.3).
fn collapse_spaces(v: &str) -> String {
    v.split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
