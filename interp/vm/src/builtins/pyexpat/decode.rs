//! The input side of `pyexpat`: which encoding the document is in (the one `ParserCreate`
//! was given, a byte order mark, the XML declaration's `encoding`, else UTF-8, as Expat
//! decides) and the incremental decoding of each chunk to text for the scanner. UTF-8,
//! UTF-16, Latin-1 and ASCII are decoded here; any other encoding through Python's codec
//! of that name, as pyexpat's unknown-encoding handler does. A byte that cannot be decoded
//! becomes U+FFFF, which no document may hold, so the scanner reports an invalid token where
//! it stands.

use super::scan::Scanner;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// What stands for an undecodable byte.
const BAD: char = '\u{FFFF}';

enum Enc {
    /// Not decided yet (too few bytes seen).
    Unknown,
    Utf8,
    Latin1,
    Ascii,
    Utf16 {
        big: bool,
    },
    /// A Python incremental decoder.
    Codec(ObjRef),
}

/// The decoder of one parser.
pub struct Decoder {
    requested: Option<String>,
    enc: Enc,
    pending: Vec<u8>,
}

impl Decoder {
    pub fn new(requested: Option<String>) -> Decoder {
        Decoder {
            requested,
            enc: Enc::Unknown,
            pending: Vec::new(),
        }
    }

    /// Text input: pyexpat hands str data to Expat as UTF-8 (`XML_SetEncoding(.., "utf-8")`).
    pub fn force_utf8(&mut self) {
        if let Enc::Unknown = self.enc {
            self.enc = Enc::Utf8;
        }
    }

    /// Decodes `bytes` (after what is left from the last chunk); the scanner learns how many
    /// input bytes each character took.
    pub fn decode(
        &mut self,
        vm: &Vm,
        bytes: &[u8],
        last: bool,
        scanner: &mut Scanner,
    ) -> PyResult<String> {
        self.pending.extend_from_slice(bytes);
        if let Enc::Unknown = self.enc {
            match self.detect(vm, last, scanner)? {
                true => {}
                false => return Ok(String::new()),
            }
        }
        let data = std::mem::take(&mut self.pending);
        let (text, rest) = match &self.enc {
            Enc::Unknown | Enc::Utf8 => utf8(&data, last),
            Enc::Latin1 => (data.iter().map(|&b| char::from(b)).collect(), Vec::new()),
            Enc::Ascii => (
                data.iter()
                    .map(|&b| if b < 0x80 { char::from(b) } else { BAD })
                    .collect(),
                Vec::new(),
            ),
            Enc::Utf16 { big } => utf16(&data, *big, last),
            Enc::Codec(dec) => {
                let decode = vm.getattr(dec, &vm.intern("decode"))?;
                let out = vm.call_pos(&decode, &[vm.new_bytes(data), vm.new_bool(last)])?;
                (vm.str_lossy(&out), Vec::new())
            }
        };
        self.pending = rest;
        Ok(text)
    }

    /// Decides the encoding; false while the bytes seen cannot tell yet.
    fn detect(&mut self, vm: &Vm, last: bool, scanner: &mut Scanner) -> PyResult<bool> {
        if let Some(name) = self.requested.clone() {
            self.set(vm, &name, scanner)?;
            return Ok(true);
        }
        let p = &self.pending;
        if p.len() < 4
            && !last
            && [
                b"\xef\xbb\xbf".as_slice(),
                b"\xfe\xff",
                b"\xff\xfe",
                b"<?xml",
                b"<\0",
                b"\0<",
            ]
            .iter()
            .any(|m| m.starts_with(p) || p.starts_with(m))
        {
            return Ok(false);
        }
        if p.starts_with(b"\xef\xbb\xbf") {
            self.pending.drain(..3);
            scanner.skip_bytes(3);
            self.enc = Enc::Utf8;
            return Ok(true);
        }
        if p.starts_with(b"\xfe\xff") || p.starts_with(b"\xff\xfe") {
            let big = p[0] == 0xfe;
            self.pending.drain(..2);
            scanner.skip_bytes(2);
            self.enc = Enc::Utf16 { big };
            scanner.unit = 2;
            return Ok(true);
        }
        if p.starts_with(b"<\0") || p.starts_with(b"\0<") {
            self.enc = Enc::Utf16 { big: p[0] == 0 };
            scanner.unit = 2;
            return Ok(true);
        }
        if p.starts_with(b"<?xml") {
            let Some(end) = p.windows(2).position(|w| w == b"?>") else {
                if !last && p.len() < 1024 {
                    return Ok(false);
                }
                self.enc = Enc::Utf8;
                return Ok(true);
            };
            let decl = String::from_utf8_lossy(&p[..end]).into_owned();
            if let Some(name) = declared_encoding(&decl) {
                self.set(vm, &name, scanner)?;
                return Ok(true);
            }
        }
        self.enc = Enc::Utf8;
        Ok(true)
    }

    /// Chooses the decoder for an encoding name.
    fn set(&mut self, vm: &Vm, name: &str, scanner: &mut Scanner) -> PyResult<()> {
        let norm = name.to_ascii_lowercase().replace('_', "-");
        self.enc = match norm.as_str() {
            "utf-8" | "utf8" => Enc::Utf8,
            "iso-8859-1" | "latin-1" | "latin1" | "iso8859-1" | "l1" => Enc::Latin1,
            "us-ascii" | "ascii" => Enc::Ascii,
            "utf-16be" => Enc::Utf16 { big: true },
            "utf-16le" | "utf-16" => Enc::Utf16 { big: false },
            _ => {
                let codecs = crate::builtins::import::import_module(vm, &vm.new_str("codecs"))?;
                let get = vm.getattr(&codecs, &vm.intern("getincrementaldecoder"))?;
                let factory = vm.call_pos(&get, &[vm.new_str(name)])?;
                Enc::Codec(vm.call_pos(&factory, &[])?)
            }
        };
        scanner.unit = match self.enc {
            Enc::Utf8 | Enc::Unknown => 0,
            Enc::Utf16 { .. } => 2,
            _ => 1,
        };
        Ok(())
    }
}

/// The `encoding` pseudo-attribute of an XML declaration.
fn declared_encoding(decl: &str) -> Option<String> {
    let i = decl.find("encoding")?;
    let rest = decl[i + 8..].trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let q = rest.chars().next()?;
    if q != '"' && q != '\'' {
        return None;
    }
    let end = rest[1..].find(q)?;
    Some(rest[1..=end].to_owned())
}

/// UTF-8 with undecodable bytes marked; an incomplete sequence at the end waits unless
/// `last`.
fn utf8(data: &[u8], last: bool) -> (String, Vec<u8>) {
    let mut out = String::with_capacity(data.len());
    let mut rest = data;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return (out, Vec::new());
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                match e.error_len() {
                    Some(n) => {
                        out.push(BAD);
                        rest = &rest[good + n..];
                    }
                    None if last => {
                        out.push(BAD);
                        return (out, Vec::new());
                    }
                    None => return (out, rest[good..].to_vec()),
                }
            }
        }
    }
}

/// UTF-16 in the given byte order; an odd byte or a lone high surrogate at the end waits.
fn utf16(data: &[u8], big: bool, last: bool) -> (String, Vec<u8>) {
    let n = data.len() / 2;
    let units: Vec<u16> = (0..n)
        .map(|i| {
            let b = [data[2 * i], data[2 * i + 1]];
            if big {
                u16::from_be_bytes(b)
            } else {
                u16::from_le_bytes(b)
            }
        })
        .collect();
    let mut keep = data.len() - 2 * n;
    let mut end = units.len();
    if !last && units.last().is_some_and(|u| (0xD800..0xDC00).contains(u)) {
        end -= 1;
        keep += 2;
    }
    let text = char::decode_utf16(units[..end].iter().copied())
        .map(|r| r.unwrap_or(BAD))
        .collect();
    (text, data[data.len() - keep..].to_vec())
}
