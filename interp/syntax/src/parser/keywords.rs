//! Python 3.11's reserved keywords and soft keywords, as pegen classifies NAME tokens.
//!
//! CPython's tokenizer yields NAME for every identifier; `_PyPegen_fill_token` then gives reserved
//! keywords their own token type, so the grammar can never match `if` where it wants a NAME. Soft
//! keywords (`match`, `case`, `_`) stay NAMEs and are compared by text where the grammar names them.

/// A reserved keyword (`keyword.kwlist` of 3.11).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Kw {
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

impl Kw {
    /// The keyword spelled `s`, if `s` is one.
    pub fn from_name(s: &str) -> Option<Kw> {
        Some(match s {
            "False" => Kw::False,
            "None" => Kw::None,
            "True" => Kw::True,
            "and" => Kw::And,
            "as" => Kw::As,
            "assert" => Kw::Assert,
            "async" => Kw::Async,
            "await" => Kw::Await,
            "break" => Kw::Break,
            "class" => Kw::Class,
            "continue" => Kw::Continue,
            "def" => Kw::Def,
            "del" => Kw::Del,
            "elif" => Kw::Elif,
            "else" => Kw::Else,
            "except" => Kw::Except,
            "finally" => Kw::Finally,
            "for" => Kw::For,
            "from" => Kw::From,
            "global" => Kw::Global,
            "if" => Kw::If,
            "import" => Kw::Import,
            "in" => Kw::In,
            "is" => Kw::Is,
            "lambda" => Kw::Lambda,
            "nonlocal" => Kw::Nonlocal,
            "not" => Kw::Not,
            "or" => Kw::Or,
            "pass" => Kw::Pass,
            "raise" => Kw::Raise,
            "return" => Kw::Return,
            "try" => Kw::Try,
            "while" => Kw::While,
            "with" => Kw::With,
            "yield" => Kw::Yield,
            _ => return None,
        })
    }
}

/// Whether `s` is one of 3.11's soft keywords (`keyword.softkwlist`).
pub fn is_soft_keyword(s: &str) -> bool {
    matches!(s, "_" | "case" | "match")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_and_names() {
        assert_eq!(Kw::from_name("lambda"), Some(Kw::Lambda));
        assert_eq!(Kw::from_name("match"), None);
        assert_eq!(Kw::from_name("print"), None);
        assert!(is_soft_keyword("case"));
        assert!(!is_soft_keyword("if"));
    }
}
