//! Source encodings: PEP 263 detection as `tokenize.detect_encoding` does it, codec lookup with
//! exactly CPython's names and aliases, and line decoding with CPython's error reports.
//!
//! The alias table, the list of codec modules and the single-byte decoding tables are generated
//! from the oracle by `gen/codec_tables.py` (see `encoding/tables.rs`).

#[rustfmt::skip]
mod tables;

use crate::pyrepr;

/// How krait decodes one codec of the `encodings` package.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodecKind {
    /// `utf-8`.
    Utf8,
    /// `utf-8-sig`: UTF-8 that drops a leading BOM of every decoded chunk.
    Utf8Sig,
    /// `ascii`.
    Ascii,
    /// `latin-1` (and `charmap` without a mapping).
    Latin1,
    /// A single-byte codec; the index into the generated decoding tables.
    Charmap(usize),
    /// A CJK multibyte codec krait decodes only on pure-ASCII lines (verified identical there).
    AsciiOnly,
    /// A text codec CPython has and krait cannot decode yet (utf-16/32, utf-7, iso2022, ...).
    Unsupported,
    /// A bytes-to-bytes or str-to-str codec (`base64`, `rot13`...): `bytes.decode` refuses it.
    NotText,
    /// A module of the `encodings` package that is not a codec (`aliases`): lookup fails.
    NotACodec,
}

/// A codec found by [`lookup`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Codec {
    /// `CodecInfo.name` (`"utf-8"`, `"iso8859-1"`, `"cp1252"`, ...).
    pub name: &'static str,
    /// How krait decodes it.
    pub kind: CodecKind,
}

/// CPython's `_Py_normalize_encoding` (used by `codecs.lookup`): ASCII letters lowered, every run
/// of characters other than ASCII alphanumerics and `.` collapsed to one `_`, none at either end.
pub fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            punct = false;
            out.push(c.to_ascii_lowercase());
        } else {
            punct = true;
        }
    }
    out
}

/// `codecs.lookup(name)` with the standard search function (`encodings.search_function`):
/// `None` where CPython raises `LookupError`.
pub fn lookup(name: &str) -> Option<Codec> {
    // The C normalization already yields what `encodings.normalize_encoding` would produce.
    let norm = normalize_encoding(name);
    let alias = alias_of(&norm).or_else(|| alias_of(&norm.replace('.', "_")));
    let candidates = [alias, Some(norm.as_str())];
    for modname in candidates.into_iter().flatten() {
        if modname.is_empty() || modname.contains('.') {
            continue;
        }
        // The first importable module decides, even when it turns out not to be a codec.
        if let Ok(i) = tables::MODULES.binary_search_by(|(m, _, _)| (*m).cmp(modname)) {
            let (_, cname, kind) = tables::MODULES[i];
            return match kind {
                CodecKind::NotACodec => None,
                _ => Some(Codec { name: cname, kind }),
            };
        }
    }
    None
}

fn alias_of(norm: &str) -> Option<&'static str> {
    tables::ALIASES
        .binary_search_by(|(a, _)| (*a).cmp(norm))
        .ok()
        .map(|i| tables::ALIASES[i].1)
}

/// `tokenize._get_normal_name` (which imitates `get_normal_name` in the C tokenizer).
pub fn get_normal_name(orig: &str) -> String {
    let head: String = orig.chars().take(12).collect();
    let enc = head.to_lowercase().replace('_', "-");
    if enc == "utf-8" || enc.starts_with("utf-8-") {
        return "utf-8".into();
    }
    let latin = ["latin-1", "iso-8859-1", "iso-latin-1"];
    if latin.contains(&enc.as_str()) || latin.iter().any(|l| enc.starts_with(&format!("{l}-"))) {
        return "iso-8859-1".into();
    }
    orig.to_string()
}

/// What `detect_encoding` found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detected {
    /// The encoding name `detect_encoding` returns (`"utf-8"`, `"utf-8-sig"`, `"iso-8859-1"`, the
    /// cookie's own spelling for other codecs).
    pub encoding: String,
    /// Where the text starts in the source (3 after a UTF-8 BOM, else 0).
    pub body_start: usize,
}

/// The first line of `src` (up to and including `\n`), as a binary file's `readline` returns it.
fn first_line(src: &[u8]) -> &[u8] {
    match src.iter().position(|&b| b == b'\n') {
        Some(i) => &src[..=i],
        None => src,
    }
}

/// `tokenize.detect_encoding` over a whole source; `Err` carries the `SyntaxError` message.
/// `filename` is what `open()` got (`readline.__self__.name`), `None` for a nameless reader.
pub fn detect_encoding(src: &[u8], filename: Option<&str>) -> Result<Detected, String> {
    let bom = src.starts_with(b"\xEF\xBB\xBF");
    let body_start = if bom { 3 } else { 0 };
    let default = if bom { "utf-8-sig" } else { "utf-8" };
    let done = |encoding: &str| {
        Ok(Detected {
            encoding: encoding.to_string(),
            body_start,
        })
    };
    let first = first_line(&src[body_start..]);
    if first.is_empty() {
        return done(default);
    }
    if let Some(enc) = find_cookie(first, bom, filename)? {
        return done(&enc);
    }
    if !is_blank(first) {
        return done(default);
    }
    let second = first_line(&src[body_start + first.len()..]);
    if second.is_empty() {
        return done(default);
    }
    match find_cookie(second, bom, filename)? {
        Some(enc) => done(&enc),
        None => done(default),
    }
}

/// `" for 'F'"` when there is a file name, as `detect_encoding` words its messages.
fn for_file(filename: Option<&str>) -> String {
    filename.map_or(String::new(), |f| format!(" for {}", pyrepr::repr_str(f)))
}

/// `find_cookie` of `detect_encoding`.
fn find_cookie(line: &[u8], bom: bool, filename: Option<&str>) -> Result<Option<String>, String> {
    if std::str::from_utf8(line).is_err() {
        return Err(format!(
            "invalid or missing encoding declaration{}",
            for_file(filename)
        ));
    }
    let Some(raw) = cookie_match(line) else {
        return Ok(None);
    };
    // `cookie_re` is ASCII-only, so the captured name is ASCII.
    let raw = String::from_utf8_lossy(raw);
    let encoding = get_normal_name(&raw);
    if lookup(&encoding).is_none() {
        return Err(match filename {
            None => format!("unknown encoding: {encoding}"),
            Some(f) => format!("unknown encoding for {}: {encoding}", pyrepr::repr_str(f)),
        });
    }
    if bom {
        if encoding != "utf-8" {
            return Err(format!("encoding problem{}: utf-8", for_file(filename)));
        }
        return Ok(Some("utf-8-sig".into()));
    }
    Ok(Some(encoding))
}

/// `cookie_re.match(line)`: `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` with `re.ASCII`; the group.
fn cookie_match(line: &[u8]) -> Option<&[u8]> {
    let mut i = line
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[i] != b'#' {
        return None;
    }
    i += 1;
    // `.*?` is lazy and cannot cross `\n`: the earliest "coding" that completes the match wins.
    while i < line.len() && line[i] != b'\n' {
        if line[i..].starts_with(b"coding") {
            let mut j = i + 6;
            if j < line.len() && matches!(line[j], b':' | b'=') {
                j += 1;
                while j < line.len() && matches!(line[j], b' ' | b'\t') {
                    j += 1;
                }
                let name_len = line[j..]
                    .iter()
                    .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
                    .count();
                if name_len > 0 {
                    return Some(&line[j..j + name_len]);
                }
            }
        }
        i += 1;
    }
    None
}

/// `blank_re.match(line)`: `^[ \t\f]*(?:[#\r\n]|$)` on bytes.
fn is_blank(line: &[u8]) -> bool {
    match line.iter().find(|&&b| !matches!(b, b' ' | b'\t' | b'\x0c')) {
        None => true,
        Some(b) => matches!(b, b'#' | b'\r' | b'\n'),
    }
}

/// Why `bytes.decode` failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// `UnicodeDecodeError(encoding, object, start, end, reason)`.
    Unicode {
        encoding: &'static str,
        object: Vec<u8>,
        start: usize,
        end: usize,
        reason: &'static str,
    },
    /// `LookupError(msg)`: a codec that does not decode bytes to `str`.
    Lookup(String),
    /// A codec krait cannot decode yet (a krait limitation, not a CPython behaviour).
    Unsupported(&'static str),
}

impl DecodeError {
    /// `str(exc)` as CPython words it.
    pub fn message(&self) -> String {
        match self {
            DecodeError::Unicode {
                encoding,
                object,
                start,
                end,
                reason,
            } => {
                if *end == start + 1 {
                    format!(
                        "'{encoding}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                        object[*start]
                    )
                } else {
                    format!(
                        "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                        end - 1
                    )
                }
            }
            DecodeError::Lookup(msg) => msg.clone(),
            DecodeError::Unsupported(name) => {
                format!("krait cannot decode the '{name}' codec yet (issue #3)")
            }
        }
    }

    /// `repr(exc.args)`.
    pub fn args_repr(&self) -> String {
        match self {
            DecodeError::Unicode {
                encoding,
                object,
                start,
                end,
                reason,
            } => format!(
                "('{encoding}', {}, {start}, {end}, '{reason}')",
                pyrepr::repr_bytes(object)
            ),
            _ => format!("({},)", pyrepr::repr_str(&self.message())),
        }
    }

    /// `type(exc).__name__`.
    pub fn type_name(&self) -> &'static str {
        match self {
            DecodeError::Unicode { .. } => "UnicodeDecodeError",
            DecodeError::Lookup(_) => "LookupError",
            DecodeError::Unsupported(_) => "NotImplementedError",
        }
    }
}

/// `bytes.decode(encoding)` of one chunk, appended to `out`. `requested` is the name the caller
/// passed (it appears in `LookupError` messages).
pub fn decode_into(
    codec: Codec,
    requested: &str,
    bytes: &[u8],
    out: &mut String,
) -> Result<(), DecodeError> {
    // CPython returns '' for empty input before it even looks at the codec.
    if bytes.is_empty() {
        return Ok(());
    }
    match codec.kind {
        CodecKind::Utf8 => decode_utf8(bytes, out),
        // `utf_8_sig.decode` decodes `input[3:]` after a BOM, so error positions skip it too.
        CodecKind::Utf8Sig => {
            decode_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes), out)
        }
        CodecKind::Ascii => match bytes.iter().position(|&b| b >= 0x80) {
            None => {
                out.push_str(std::str::from_utf8(bytes).unwrap_or_default());
                Ok(())
            }
            Some(p) => Err(DecodeError::Unicode {
                encoding: "ascii",
                object: bytes.to_vec(),
                start: p,
                end: p + 1,
                reason: "ordinal not in range(128)",
            }),
        },
        CodecKind::Latin1 => {
            out.extend(bytes.iter().map(|&b| char::from(b)));
            Ok(())
        }
        CodecKind::Charmap(t) => decode_charmap(&tables::CHARMAPS[t], bytes, out),
        CodecKind::AsciiOnly if bytes.is_ascii() => {
            out.push_str(std::str::from_utf8(bytes).unwrap_or_default());
            Ok(())
        }
        CodecKind::AsciiOnly | CodecKind::Unsupported | CodecKind::NotACodec => {
            Err(DecodeError::Unsupported(codec.name))
        }
        CodecKind::NotText => Err(DecodeError::Lookup(format!(
            "'{requested}' is not a text encoding; use codecs.decode() to handle arbitrary codecs"
        ))),
    }
}

/// Strict UTF-8 with CPython's error ranges and reasons (`unicode_decode_utf8`): a bad lead byte is
/// "invalid start byte", a bad later byte "invalid continuation byte" covering the valid prefix,
/// and a sequence cut by the end of input "unexpected end of data" up to the end.
fn decode_utf8(bytes: &[u8], out: &mut String) -> Result<(), DecodeError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => {
            out.push_str(s);
            Ok(())
        }
        Err(e) => {
            let start = e.valid_up_to();
            let (end, reason) = match e.error_len() {
                None => (bytes.len(), "unexpected end of data"),
                Some(n) => {
                    let lead = bytes[start];
                    if n == 1 && !(0xC2..=0xF4).contains(&lead) {
                        (start + 1, "invalid start byte")
                    } else {
                        (start + n, "invalid continuation byte")
                    }
                }
            };
            Err(DecodeError::Unicode {
                encoding: "utf-8",
                object: bytes.to_vec(),
                start,
                end,
                reason,
            })
        }
    }
}

fn decode_charmap(table: &[u16; 256], bytes: &[u8], out: &mut String) -> Result<(), DecodeError> {
    for (i, &b) in bytes.iter().enumerate() {
        match char::from_u32(u32::from(table[usize::from(b)])) {
            Some(c) if table[usize::from(b)] != 0xFFFE => out.push(c),
            _ => {
                return Err(DecodeError::Unicode {
                    encoding: "charmap",
                    object: bytes.to_vec(),
                    start: i,
                    end: i + 1,
                    reason: "character maps to <undefined>",
                });
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_follows_cpython_normalization() {
        assert_eq!(lookup("-utf-8-").unwrap().name, "utf-8");
        assert_eq!(lookup("UTF8").unwrap().name, "utf-8");
        assert_eq!(lookup("Latin1").unwrap().name, "iso8859-1");
        assert_eq!(lookup("8859").unwrap().name, "iso8859-1");
        assert_eq!(lookup("latin_1_").unwrap().name, "iso8859-1");
        assert_eq!(lookup("ibm037").unwrap().name, "cp037");
        assert_eq!(lookup("base64").unwrap().kind, CodecKind::NotText);
        for bad in [
            "cp-1252", "utf.8", "koi8.r", "__init__", "aliases", "", "utf8-sig", "mbcs",
        ] {
            assert_eq!(lookup(bad), None, "{bad}");
        }
    }

    #[test]
    fn normal_names() {
        assert_eq!(get_normal_name("UTF_8_SIG"), "utf-8");
        assert_eq!(get_normal_name("latin-1-x"), "iso-8859-1");
        assert_eq!(get_normal_name("Latin1"), "Latin1");
        assert_eq!(get_normal_name("iso_latin_1"), "iso-8859-1");
        assert_eq!(get_normal_name("utf8"), "utf8");
    }

    #[test]
    fn detection() {
        let d = |s: &[u8], f| detect_encoding(s, f).map(|d| (d.encoding, d.body_start));
        assert_eq!(d(b"", None), Ok(("utf-8".into(), 0)));
        assert_eq!(d(b"\xef\xbb\xbfx=1\n", None), Ok(("utf-8-sig".into(), 3)));
        assert_eq!(
            d(b"#!py\n# -*- coding: latin-1 -*-\n", None),
            Ok(("iso-8859-1".into(), 0))
        );
        assert_eq!(
            d(b"x=1\n# coding: latin-1\n", None),
            Ok(("utf-8".into(), 0))
        );
        assert_eq!(
            d(b"# vim: set fileencoding=cp1252 :\n", None),
            Ok(("cp1252".into(), 0))
        );
        assert_eq!(
            d(b"# coding: bogus\n", Some("f.py")),
            Err("unknown encoding for 'f.py': bogus".into())
        );
        assert_eq!(
            d(b"# coding: bogus\n", None),
            Err("unknown encoding: bogus".into())
        );
        assert_eq!(
            d(b"\xef\xbb\xbf# coding: latin-1\n", Some("f")),
            Err("encoding problem for 'f': utf-8".into())
        );
        assert_eq!(
            d(b"\xef\xbb\xbf# coding: utf-8\n", None),
            Ok(("utf-8-sig".into(), 3))
        );
        assert_eq!(
            d(b"\xff\n", Some("f")),
            Err("invalid or missing encoding declaration for 'f'".into())
        );
        assert_eq!(
            d(b"\n\xff\n", None),
            Err("invalid or missing encoding declaration".into())
        );
        assert_eq!(d(b"x\n\xff\n", None), Ok(("utf-8".into(), 0)));
    }

    fn err(codec: &str, bytes: &[u8]) -> String {
        let mut s = String::new();
        decode_into(lookup(codec).unwrap(), codec, bytes, &mut s)
            .unwrap_err()
            .message()
    }

    #[test]
    fn decode_errors_match_cpython() {
        assert_eq!(
            err("utf-8", b"a\xff"),
            "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"
        );
        assert_eq!(
            err("utf-8", b"\xe2\x82x"),
            "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"
        );
        assert_eq!(
            err("utf-8", b"\xed\xa0\x80"),
            "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"
        );
        assert_eq!(
            err("utf-8", b"\xf0\x90"),
            "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"
        );
        assert_eq!(
            err("ascii", b"ab\x80"),
            "'ascii' codec can't decode byte 0x80 in position 2: ordinal not in range(128)"
        );
        assert_eq!(
            err("cp1252", b"\x81"),
            "'charmap' codec can't decode byte 0x81 in position 0: character maps to <undefined>"
        );
        let mut s = String::new();
        decode_into(lookup("cp1252").unwrap(), "cp1252", b"\x80\xe9", &mut s).unwrap();
        assert_eq!(s, "€é");
    }
}
