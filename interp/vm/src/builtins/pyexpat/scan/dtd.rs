//! The document type declaration for the scanner: `<!DOCTYPE>` with its external ID, and
//! the internal subset's declarations — entities (kept for expansion and reported),
//! attribute lists (defaults and types kept for start tags), other markup declarations and
//! whitespace passed on piece by piece for the default handler, as Expat reports them.

use super::{
    AttDef, Event, INVALID_TOKEN, Res, SYNTAX, Scanner, Step, UNCLOSED_TOKEN, collapse_spaces,
    is_name_char, is_xml_space, normalize_newlines,
};

impl Scanner {
    /// `<!DOCTYPE name [SYSTEM "s" | PUBLIC "p" "s"] [[ internal subset ]]>`.
    pub(super) fn doctype(&mut self, last: bool) -> Res<Step> {
        let rest = self.rest().to_owned();
        let Some(doc) = scan_doctype(&rest) else {
            if last {
                return Err(self.err_here(UNCLOSED_TOKEN));
            }
            return Ok(Step::More);
        };
        let doc = doc.map_err(|i| self.err_at(i, INVALID_TOKEN))?;
        // The pieces before the subset or the end go to the default handler.
        for (text, offset) in &doc.pieces {
            let at = self.pos_after(*offset);
            self.emit(Event::DoctypeDefault(text.clone()), at);
        }
        self.external_dtd |= doc.system.is_some();
        let start_at = self.pos_after(doc.open_at);
        if doc.system.is_some() && self.standalone != 1 {
            self.emit(Event::NotStandalone(start_at), start_at);
        }
        self.emit(
            Event::StartDoctype {
                name: doc.name.clone(),
                system: doc.system.clone(),
                public: doc.public.clone(),
                internal: doc.subset.is_some(),
            },
            start_at,
        );
        if let Some((s, e)) = doc.subset {
            self.subset(&rest[s..e], s)?;
        }
        let end_at = self.pos_after(doc.len - 1);
        self.emit(Event::EndDoctype, end_at);
        self.advance(doc.len);
        self.started = true;
        Ok(Step::Done)
    }

    /// The internal subset: entity declarations, comments and PIs reported; other markup
    /// declarations and whitespace go to the default handler piece by piece.
    fn subset(&mut self, text: &str, base: usize) -> Res<()> {
        let mut i = 0;
        while i < text.len() {
            let r = &text[i..];
            let at = self.pos_after(base + i);
            if r.starts_with("<!--") {
                let end = r
                    .find("-->")
                    .ok_or_else(|| self.err_at(base + i, UNCLOSED_TOKEN))?;
                self.emit(
                    Event::Comment {
                        text: normalize_newlines(&r[4..end]),
                        raw: r[..end + 3].to_owned(),
                    },
                    at,
                );
                i += end + 3;
            } else if r.starts_with("<?") {
                let end = r
                    .find("?>")
                    .ok_or_else(|| self.err_at(base + i, UNCLOSED_TOKEN))?;
                let body = &r[2..end];
                let n = body.find(is_xml_space).unwrap_or(body.len());
                self.emit(
                    Event::Pi {
                        target: body[..n].to_owned(),
                        data: normalize_newlines(body[n..].trim_start_matches(is_xml_space)),
                        raw: r[..end + 2].to_owned(),
                    },
                    at,
                );
                i += end + 2;
            } else if r.starts_with("<!ENTITY") {
                let end = decl_end(r).ok_or_else(|| self.err_at(base + i, UNCLOSED_TOKEN))?;
                let decl =
                    parse_entity_decl(&r[8..end]).ok_or_else(|| self.err_at(base + i, SYNTAX))?;
                let at = self.pos_after(base + i + 8 + decl.report_at);
                if !decl.parameter
                    && !self.entities.contains_key(&decl.name)
                    && let Some(v) = &decl.value
                {
                    self.entities.insert(decl.name.clone(), v.clone());
                }
                self.emit(
                    Event::EntityDecl {
                        name: decl.name,
                        parameter: decl.parameter,
                        value: decl.value,
                        system: decl.system,
                        public: decl.public,
                        notation: decl.notation,
                    },
                    at,
                );
                i += end + 1;
            } else if r.starts_with("<!ATTLIST") {
                let end = decl_end(r).ok_or_else(|| self.err_at(base + i, UNCLOSED_TOKEN))?;
                let (element, defs) =
                    parse_attlist(&r[9..end]).ok_or_else(|| self.err_at(base + i, SYNTAX))?;
                for (piece, off) in split_decl(&r[..=end]) {
                    let at = self.pos_after(base + i + off);
                    self.emit(Event::AttlistDefault(piece), at);
                }
                for d in defs {
                    let at = self.pos_after(base + i + 9 + d.at);
                    self.emit(
                        Event::Attlist {
                            element: element.clone(),
                            name: d.name.clone(),
                            kind: d.kind,
                            default: d.default.clone(),
                            required: d.required,
                        },
                        at,
                    );
                    let list = self.attlists.entry(element.clone()).or_default();
                    if !list.iter().any(|a| a.name == d.name) {
                        list.push(AttDef {
                            name: d.name,
                            cdata: d.cdata,
                            default: d.default,
                        });
                    }
                }
                i += end + 1;
            } else if r.starts_with("<!") {
                let end = decl_end(r).ok_or_else(|| self.err_at(base + i, UNCLOSED_TOKEN))?;
                for (piece, off) in split_decl(&r[..=end]) {
                    let at = self.pos_after(base + i + off);
                    self.emit(Event::Default(piece), at);
                }
                i += end + 1;
            } else if r.starts_with('%') {
                let end = r
                    .find(';')
                    .ok_or_else(|| self.err_at(base + i, UNCLOSED_TOKEN))?;
                // A parameter entity reference may bring in declarations from outside.
                self.external_dtd = true;
                self.emit(Event::Default(r[..=end].to_owned()), at);
                i += end + 1;
            } else {
                let c = r.chars().next().unwrap_or(' ');
                if !is_xml_space(c) {
                    return Err(self.err_at(base + i, SYNTAX));
                }
                let n = r.find(|c: char| !is_xml_space(c)).unwrap_or(r.len());
                // One default piece per line.
                let mut j = 0;
                while j < n {
                    let at = self.pos_after(base + i + j);
                    let s = &r[j..n];
                    let k = if s.starts_with("\r\n") {
                        2
                    } else if s.starts_with('\n') || s.starts_with('\r') {
                        1
                    } else {
                        s.find(['\n', '\r']).unwrap_or(s.len())
                    };
                    let piece = if k <= 2 && (s.starts_with('\n') || s.starts_with('\r')) {
                        "\n".to_owned()
                    } else {
                        s[..k].to_owned()
                    };
                    self.emit(Event::Default(piece), at);
                    j += k;
                }
                i += n;
            }
        }
        Ok(())
    }
}

struct Doctype {
    name: String,
    system: Option<String>,
    public: Option<String>,
    /// Byte range of the internal subset.
    subset: Option<(usize, usize)>,
    /// Where `StartDoctypeDecl` is reported: the `[` of the subset, else the `>`.
    open_at: usize,
    len: usize,
    /// The declaration's tokens before the subset, for the default handler.
    pieces: Vec<(String, usize)>,
}

/// Scans a document type declaration; None when it is not complete yet, `Err(offset)` at a
/// character that cannot be there.
fn scan_doctype(s: &str) -> Option<Result<Doctype, usize>> {
    let mut pieces = vec![("<!DOCTYPE".to_owned(), 0)];
    let mut i = 9;
    let mut words: Vec<(String, usize)> = Vec::new();
    let bytes = s.as_bytes();
    loop {
        let c = *bytes.get(i)?;
        if is_xml_space(c as char) {
            let st = i;
            while i < bytes.len() && is_xml_space(bytes[i] as char) {
                i += 1;
            }
            if i >= bytes.len() {
                return None;
            }
            pieces.push((s[st..i].to_owned(), st));
            continue;
        }
        if c == b'"' || c == b'\'' {
            let close = s[i + 1..].find(c as char)? + i + 1;
            words.push((s[i..=close].to_owned(), i));
            pieces.push((s[i..=close].to_owned(), i));
            i = close + 1;
            continue;
        }
        if c == b'[' || c == b'>' {
            break;
        }
        let st = i;
        while i < bytes.len() {
            let ch = s[i..].chars().next()?;
            if !is_name_char(ch) {
                break;
            }
            i += ch.len_utf8();
        }
        if i == st {
            return Some(Err(i));
        }
        if i >= bytes.len() {
            return None;
        }
        words.push((s[st..i].to_owned(), st));
        pieces.push((s[st..i].to_owned(), st));
    }
    let unquote = |w: &str| w[1..w.len() - 1].to_owned();
    let Some((name, _)) = words.first().cloned() else {
        return Some(Err(i));
    };
    let (system, public) = match words.get(1).map(|w| w.0.as_str()) {
        None => (None, None),
        Some("SYSTEM") if words.len() == 3 => (Some(unquote(&words[2].0)), None),
        Some("PUBLIC") if words.len() == 4 => {
            (Some(unquote(&words[3].0)), Some(unquote(&words[2].0)))
        }
        Some(_) => return Some(Err(words[1].1)),
    };
    let mut subset = None;
    let open_at;
    if bytes[i] == b'[' {
        open_at = i;
        let start = i + 1;
        // The subset ends at a `]` outside quotes, comments and PIs.
        let mut j = start;
        let mut quote: Option<u8> = None;
        loop {
            let b = *bytes.get(j)?;
            match quote {
                Some(q) if b == q => quote = None,
                Some(_) => {}
                None if bytes[j..].starts_with(b"<!--") => {
                    j = find_bytes(&bytes[j..], b"-->")? + j + 2;
                }
                None if bytes[j..].starts_with(b"<?") => {
                    j = find_bytes(&bytes[j..], b"?>")? + j + 1;
                }
                None if b == b'"' || b == b'\'' => quote = Some(b),
                None if b == b']' => break,
                None => {}
            }
            j += 1;
        }
        subset = Some((start, j));
        let mut k = j + 1;
        while k < bytes.len() && is_xml_space(bytes[k] as char) {
            k += 1;
        }
        match bytes.get(k) {
            None => return None,
            Some(b'>') => i = k,
            Some(_) => return Some(Err(k)),
        }
        pieces.clear();
    } else {
        open_at = i;
        pieces.push((">".to_owned(), i));
    }
    Some(Ok(Doctype {
        name,
        system,
        public,
        subset,
        open_at,
        len: i + 1,
        pieces,
    }))
}

/// Where `needle` first occurs in `hay`.
fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The index of the `>` closing a markup declaration (outside quotes).
fn decl_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, b) in s.bytes().enumerate() {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return Some(i),
            None => {}
        }
    }
    None
}

/// A markup declaration cut into Expat's tokens (keyword, names, spaces, literals, `>`).
fn split_decl(s: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    let b = s.as_bytes();
    while i < b.len() {
        let st = i;
        let c = b[i];
        if is_xml_space(c as char) {
            while i < b.len() && is_xml_space(b[i] as char) {
                i += 1;
            }
        } else if c == b'"' || c == b'\'' {
            i += 1;
            while i < b.len() && b[i] != c {
                i += 1;
            }
            i += 1;
        } else if c == b'<' {
            i += 2;
            while i < b.len() && !s.is_char_boundary(i) {
                i += 1;
            }
            while i < b.len() && (b[i] as char).is_ascii_alphabetic() {
                i += 1;
            }
        } else if matches!(c, b'>' | b'(' | b')' | b'|' | b',' | b'*' | b'+' | b'?') {
            i += 1;
        } else {
            while i < b.len()
                && !is_xml_space(b[i] as char)
                && !matches!(b[i], b'>' | b'(' | b')' | b'|' | b',' | b'"' | b'\'')
            {
                i += 1;
            }
        }
        let i2 = i.min(b.len());
        out.push((s[st..i2].to_owned(), st));
        i = i2;
    }
    out
}

struct EntityDeclScan {
    name: String,
    /// Where Expat reports the declaration: the literal value, the notation name, else the
    /// closing `>`.
    report_at: usize,
    parameter: bool,
    value: Option<String>,
    system: Option<String>,
    public: Option<String>,
    notation: Option<String>,
}

/// The inside of `<!ENTITY ... >`.
fn parse_entity_decl(s: &str) -> Option<EntityDeclScan> {
    let mut words = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if is_xml_space(b[i] as char) {
            i += 1;
            continue;
        }
        let st = i;
        if b[i] == b'"' || b[i] == b'\'' {
            let q = b[i];
            i += 1;
            while i < b.len() && b[i] != q {
                i += 1;
            }
            if i >= b.len() {
                return None;
            }
            words.push((s[st..=i].to_owned(), st, true));
            i += 1;
        } else {
            while i < b.len() && !is_xml_space(b[i] as char) {
                i += 1;
            }
            words.push((s[st..i].to_owned(), st, false));
        }
    }
    let mut it = words.into_iter().peekable();
    let mut parameter = false;
    if it.peek().is_some_and(|w| w.0 == "%") {
        parameter = true;
        it.next();
    }
    let (name, _, _) = it.next()?;
    let unq = |w: &str| w[1..w.len() - 1].to_owned();
    let mut d = EntityDeclScan {
        name,
        report_at: s.len(),
        parameter,
        value: None,
        system: None,
        public: None,
        notation: None,
    };
    let first = it.next()?;
    if first.2 {
        d.value = Some(unq(&first.0));
        d.report_at = first.1;
    } else if first.0 == "SYSTEM" {
        d.system = Some(unq(&it.next()?.0));
    } else if first.0 == "PUBLIC" {
        d.public = Some(unq(&it.next()?.0));
        d.system = Some(unq(&it.next()?.0));
    } else {
        return None;
    }
    if let Some(w) = it.next() {
        if w.0 == "NDATA" {
            let (n, at, _) = it.next()?;
            d.notation = Some(n);
            d.report_at = at;
        } else {
            return None;
        }
    }
    Some(d)
}

struct AttlistItem {
    /// Where Expat reports the attribute: its default's token.
    at: usize,
    name: String,
    kind: String,
    cdata: bool,
    default: Option<String>,
    required: bool,
}

/// The inside of `<!ATTLIST element (name type default)*>`.
fn parse_attlist(s: &str) -> Option<(String, Vec<AttlistItem>)> {
    // Each token with where it starts.
    let mut toks: Vec<(String, usize)> = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if is_xml_space(c as char) {
            i += 1;
        } else if c == b'"' || c == b'\'' {
            let end = s[i + 1..].find(c as char)? + i + 1;
            toks.push((s[i..=end].to_owned(), i));
            i = end + 1;
        } else if c == b'(' {
            let end = s[i..].find(')')? + i;
            let inner: String = s[i..=end].chars().filter(|c| !is_xml_space(*c)).collect();
            if let Some(last) = toks.last_mut().filter(|t| t.0 == "NOTATION") {
                last.0.push_str(&inner);
            } else {
                toks.push((inner, i));
            }
            i = end + 1;
        } else {
            let st = i;
            while i < b.len() && !is_xml_space(b[i] as char) && b[i] != b'(' {
                i += 1;
            }
            toks.push((s[st..i].to_owned(), st));
        }
    }
    let mut it = toks.into_iter();
    let (element, _) = it.next()?;
    let mut out = Vec::new();
    while let Some((name, _)) = it.next() {
        let (kind, _) = it.next()?;
        let (d, mut at) = it.next()?;
        let unq = |t: &str| -> Option<String> {
            let q = t.chars().next()?;
            (q == '"' || q == '\'').then(|| t[1..t.len() - 1].to_owned())
        };
        let cdata = kind == "CDATA";
        let norm = |v: String| {
            let v = v.replace(['\t', '\n', '\r'], " ");
            if cdata { v } else { collapse_spaces(&v) }
        };
        let (default, required) = match d.as_str() {
            "#REQUIRED" => (None, true),
            "#IMPLIED" => (None, false),
            "#FIXED" => {
                let (v, vat) = it.next()?;
                at = vat;
                (Some(norm(unq(&v)?)), true)
            }
            _ => (Some(norm(unq(&d)?)), false),
        };
        out.push(AttlistItem {
            at,
            name,
            kind,
            cdata,
            default,
            required,
        });
    }
    Some((element, out))
}
