//! Numeric literals: decimal, hexadecimal, octal, binary, float and imaginary forms, with CPython 3.11's
//! validation messages and error positions (`tok_get`'s number branch, `tok_decimal_tail` and
//! `verify_end_of_number`).
//!
//! Error positions depend on how far the C scanner has read when it gives up (sometimes it backs up one
//! character first), so the scan below keeps the same read/backup order.

use super::cursor::EOF;
use super::{ErrorLocation, LexError, LexWarning, Lexer, Token};
use crate::token::TokenType;

fn is_digit(c: i32) -> bool {
    (i32::from(b'0')..=i32::from(b'9')).contains(&c)
}

fn is_xdigit(c: i32) -> bool {
    u8::try_from(c).is_ok_and(|b| b.is_ascii_hexdigit())
}

fn is(c: i32, lower: u8) -> bool {
    c == i32::from(lower) || c == i32::from(lower.to_ascii_uppercase())
}

/// The radix forms `0x`, `0o`, `0b`.
#[derive(Clone, Copy)]
enum Radix {
    Hex,
    Octal,
    Binary,
}

impl Radix {
    fn name(self) -> &'static str {
        match self {
            Radix::Hex => "hexadecimal",
            Radix::Octal => "octal",
            Radix::Binary => "binary",
        }
    }

    fn is_digit(self, c: i32) -> bool {
        match self {
            Radix::Hex => is_xdigit(c),
            Radix::Octal => (i32::from(b'0')..i32::from(b'8')).contains(&c),
            Radix::Binary => c == i32::from(b'0') || c == i32::from(b'1'),
        }
    }
}

impl Lexer<'_> {
    /// A number whose first character `first` (a digit, or `.` followed by a digit) was read at `start`.
    pub(super) fn number(&mut self, first: i32, start: usize) -> Result<Token, LexError> {
        if first == i32::from(b'.') {
            let c = self.nextc();
            self.fraction(c)?;
        } else if first == i32::from(b'0') {
            self.zero_number(start)?;
        } else {
            let c = self.decimal_tail()?;
            if c == i32::from(b'.') {
                let c = self.nextc();
                self.fraction(c)?;
            } else {
                self.after_fraction(c)?;
            }
        }
        Ok(self.token(TokenType::NUMBER, start, self.pos))
    }

    /// After a leading `0`: a radix literal, a float/imaginary, or zeros only (`00` is fine, `01` is not).
    fn zero_number(&mut self, start: usize) -> Result<(), LexError> {
        let mut c = self.nextc();
        if is(c, b'x') {
            return self.radix_number(Radix::Hex);
        }
        if is(c, b'o') {
            return self.radix_number(Radix::Octal);
        }
        if is(c, b'b') {
            return self.radix_number(Radix::Binary);
        }
        loop {
            if c == i32::from(b'_') {
                c = self.nextc();
                if !is_digit(c) {
                    self.backup(c);
                    return Err(self.error_here("invalid decimal literal"));
                }
            }
            if c != i32::from(b'0') {
                break;
            }
            c = self.nextc();
        }
        let zeros_end = self.pos;
        let nonzero = is_digit(c);
        if nonzero {
            c = self.decimal_tail()?;
        }
        if c == i32::from(b'.') {
            let c = self.nextc();
            return self.fraction(c);
        }
        if is(c, b'e') {
            return self.exponent(c);
        }
        if is(c, b'j') {
            return self.imaginary();
        }
        if nonzero {
            // `syntaxerror_known_range` with raw byte columns: from the first zero to the first nonzero digit.
            self.backup(c);
            let msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
            let col = start + 1 - self.line_start;
            return Err(LexError::byte_range(
                msg,
                self.lineno,
                col,
                zeros_end - self.line_start,
            ));
        }
        self.finish_number(c, "decimal")
    }

    /// Digits of `0x`/`0o`/`0b` literals, single underscores allowed between digits.
    fn radix_number(&mut self, radix: Radix) -> Result<(), LexError> {
        let mut c = self.nextc();
        loop {
            if c == i32::from(b'_') {
                c = self.nextc();
            }
            if !radix.is_digit(c) {
                if !matches!(radix, Radix::Hex) && is_digit(c) {
                    return Err(self.bad_digit(radix, c));
                }
                self.backup(c);
                return Err(self.error_here(format!("invalid {} literal", radix.name())));
            }
            c = self.nextc();
            while radix.is_digit(c) {
                c = self.nextc();
            }
            if c != i32::from(b'_') {
                break;
            }
        }
        if !matches!(radix, Radix::Hex) && is_digit(c) {
            return Err(self.bad_digit(radix, c));
        }
        self.finish_number(c, radix.name())
    }

    /// "invalid digit '8' in octal literal", pointing just past the digit.
    fn bad_digit(&self, radix: Radix, c: i32) -> LexError {
        let digit = char::from(u8::try_from(c).unwrap_or(b'?'));
        self.error_here(format!(
            "invalid digit '{digit}' in {} literal",
            radix.name()
        ))
    }

    /// `tok_decimal_tail`: the rest of a digit run (its first digit already read) with single underscores;
    /// returns the first character after it, already read.
    fn decimal_tail(&mut self) -> Result<i32, LexError> {
        loop {
            let mut c = self.nextc();
            while is_digit(c) {
                c = self.nextc();
            }
            if c != i32::from(b'_') {
                return Ok(c);
            }
            c = self.nextc();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.error_here("invalid decimal literal"));
            }
        }
    }

    /// After the `.` of a float; `c` is the character following it.
    fn fraction(&mut self, c: i32) -> Result<(), LexError> {
        let c = if is_digit(c) { self.decimal_tail()? } else { c };
        self.after_fraction(c)
    }

    /// After the integer or fraction digits: an exponent, a `j`, or the end of the number.
    fn after_fraction(&mut self, c: i32) -> Result<(), LexError> {
        if is(c, b'e') {
            return self.exponent(c);
        }
        if is(c, b'j') {
            return self.imaginary();
        }
        self.finish_number(c, "decimal")
    }

    /// After `e`/`E`: the exponent digits. Without digits (and no sign), the `e` is not part of the number
    /// (`1else` is `1` then `else`), unless it starts a name, which is an error.
    fn exponent(&mut self, e: i32) -> Result<(), LexError> {
        let mut c = self.nextc();
        if c == i32::from(b'+') || c == i32::from(b'-') {
            c = self.nextc();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.error_here("invalid decimal literal"));
            }
        } else if !is_digit(c) {
            self.backup(c);
            self.verify_end_of_number(e, "decimal")?;
            self.backup(e);
            return Ok(());
        }
        let c = self.decimal_tail()?;
        if is(c, b'j') {
            return self.imaginary();
        }
        self.finish_number(c, "decimal")
    }

    /// After the `j` of an imaginary literal.
    fn imaginary(&mut self) -> Result<(), LexError> {
        let c = self.nextc();
        self.finish_number(c, "imaginary")
    }

    /// The number ended before `c` (already read): validate what follows and un-read `c`.
    fn finish_number(&mut self, c: i32, kind: &str) -> Result<(), LexError> {
        self.verify_end_of_number(c, kind)?;
        self.backup(c);
        Ok(())
    }

    /// `verify_end_of_number`: a number may be directly followed by `and else for if in is not or` (with a
    /// SyntaxWarning in 3.11.7); any other ASCII identifier character right after it is an error (3.11
    /// lets a non-ASCII one through, so `1é` is NUMBER then NAME and the parser rejects it).
    fn verify_end_of_number(&mut self, c: i32, kind: &str) -> Result<(), LexError> {
        let keyword_follows = match u8::try_from(c).unwrap_or(0) {
            b'a' => self.lookahead(b"nd"),
            b'e' => self.lookahead(b"lse"),
            b'f' => self.lookahead(b"or"),
            b'i' => {
                let c2 = self.nextc();
                self.backup(c2);
                matches!(u8::try_from(c2), Ok(b'f' | b'n' | b's'))
            }
            b'o' => self.lookahead(b"r"),
            b'n' => self.lookahead(b"ot"),
            _ => false,
        };
        if keyword_follows {
            self.backup(c);
            let here = self.chars_between(self.line_start, self.pos);
            let location = ErrorLocation {
                lineno: self.lineno,
                offset: i64::from(here),
                end_lineno: self.lineno,
                end_offset: i64::from(here),
            };
            self.warnings.push(LexWarning {
                msg: format!("invalid {kind} literal"),
                location,
            });
            self.nextc();
        } else if c < 128 && super::ident::is_potential_identifier_char(c) {
            self.backup(c);
            return Err(self.error_here(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    /// `lookahead`: whether the next characters are `rest` and are not followed by an identifier character;
    /// reads nothing in the end.
    fn lookahead(&mut self, rest: &[u8]) -> bool {
        let mut read = Vec::with_capacity(rest.len() + 1);
        let mut matched = false;
        for (i, want) in rest.iter().chain(std::iter::once(&0)).enumerate() {
            let c = self.nextc();
            read.push(c);
            if i == rest.len() {
                matched = !super::ident::is_potential_identifier_char(c);
                break;
            }
            if c != i32::from(*want) || c == EOF {
                break;
            }
        }
        for c in read.into_iter().rev() {
            self.backup(c);
        }
        matched
    }
}
