//! Token types, numbered and named exactly as CPython 3.11's `token` module, and the operator table.
//!
//! Both lexer views (the parser's C-tokenizer view and the `tokenize`-module view) share this type, so a
//! token's number can be compared with the oracle's `tok.type` / `tok.exact_type` directly.

/// Defines [`TokenType`] from one table: variant, CPython number, `tok_name` string and, for exact
/// operator types, the operator text (the `EXACT_TOKEN_TYPES` mapping of `token.py`).
macro_rules! token_types {
    ($($variant:ident = $num:literal $(, $op:literal)?;)*) => {
        /// A token type with CPython 3.11's number (`token.NAME == 1`, ..., `token.ENCODING == 63`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        #[allow(clippy::upper_case_acronyms, non_camel_case_types)]
        pub enum TokenType {
            $($variant = $num,)*
        }

        impl TokenType {
            /// Every token type, in number order.
            pub const ALL: &'static [TokenType] = &[$(TokenType::$variant,)*];

            /// The name `token.tok_name` gives this type.
            pub fn name(self) -> &'static str {
                match self {
                    $(TokenType::$variant => stringify!($variant),)*
                }
            }

            /// The operator text of an exact operator type (`None` for the other types).
            pub fn operator(self) -> Option<&'static str> {
                match self {
                    $($(TokenType::$variant => Some($op),)?)*
                    #[allow(unreachable_patterns)]
                    _ => None,
                }
            }

            /// The exact type of an operator string, as `token.EXACT_TOKEN_TYPES[s]`.
            pub fn from_operator(s: &str) -> Option<TokenType> {
                match s {
                    $($($op => Some(TokenType::$variant),)?)*
                    _ => None,
                }
            }
        }
    };
}

token_types! {
    ENDMARKER = 0;
    NAME = 1;
    NUMBER = 2;
    STRING = 3;
    NEWLINE = 4;
    INDENT = 5;
    DEDENT = 6;
    LPAR = 7, "(";
    RPAR = 8, ")";
    LSQB = 9, "[";
    RSQB = 10, "]";
    COLON = 11, ":";
    COMMA = 12, ",";
    SEMI = 13, ";";
    PLUS = 14, "+";
    MINUS = 15, "-";
    STAR = 16, "*";
    SLASH = 17, "/";
    VBAR = 18, "|";
    AMPER = 19, "&";
    LESS = 20, "<";
    GREATER = 21, ">";
    EQUAL = 22, "=";
    DOT = 23, ".";
    PERCENT = 24, "%";
    LBRACE = 25, "{";
    RBRACE = 26, "}";
    EQEQUAL = 27, "==";
    NOTEQUAL = 28, "!=";
    LESSEQUAL = 29, "<=";
    GREATEREQUAL = 30, ">=";
    TILDE = 31, "~";
    CIRCUMFLEX = 32, "^";
    LEFTSHIFT = 33, "<<";
    RIGHTSHIFT = 34, ">>";
    DOUBLESTAR = 35, "**";
    PLUSEQUAL = 36, "+=";
    MINEQUAL = 37, "-=";
    STAREQUAL = 38, "*=";
    SLASHEQUAL = 39, "/=";
    PERCENTEQUAL = 40, "%=";
    AMPEREQUAL = 41, "&=";
    VBAREQUAL = 42, "|=";
    CIRCUMFLEXEQUAL = 43, "^=";
    LEFTSHIFTEQUAL = 44, "<<=";
    RIGHTSHIFTEQUAL = 45, ">>=";
    DOUBLESTAREQUAL = 46, "**=";
    DOUBLESLASH = 47, "//";
    DOUBLESLASHEQUAL = 48, "//=";
    AT = 49, "@";
    ATEQUAL = 50, "@=";
    RARROW = 51, "->";
    ELLIPSIS = 52, "...";
    COLONEQUAL = 53, ":=";
    OP = 54;
    AWAIT = 55;
    ASYNC = 56;
    TYPE_IGNORE = 57;
    TYPE_COMMENT = 58;
    SOFT_KEYWORD = 59;
    ERRORTOKEN = 60;
    COMMENT = 61;
    NL = 62;
    ENCODING = 63;
}

impl TokenType {
    /// The type with CPython number `n`.
    pub fn from_number(n: u8) -> Option<TokenType> {
        TokenType::ALL.get(usize::from(n)).copied()
    }

    /// The longest operator at the start of `s`, with its exact type (`...` before `.`, `**=` before `**`).
    pub fn longest_operator(s: &str) -> Option<(TokenType, usize)> {
        (1..=3.min(s.len())).rev().find_map(|n| {
            let head = s.get(..n)?;
            TokenType::from_operator(head).map(|t| (t, n))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_dense_and_match_positions() {
        for (i, t) in TokenType::ALL.iter().enumerate() {
            assert_eq!(*t as usize, i);
            assert_eq!(TokenType::from_number(i as u8), Some(*t));
        }
        assert_eq!(TokenType::ALL.len(), 64);
    }

    #[test]
    fn operators_round_trip() {
        for t in TokenType::ALL {
            if let Some(op) = t.operator() {
                assert_eq!(TokenType::from_operator(op), Some(*t));
            }
        }
        assert_eq!(TokenType::from_operator("<>"), None);
    }

    #[test]
    fn longest_operator_prefers_long_forms() {
        assert_eq!(
            TokenType::longest_operator("**=x"),
            Some((TokenType::DOUBLESTAREQUAL, 3))
        );
        assert_eq!(
            TokenType::longest_operator("..x"),
            Some((TokenType::DOT, 1))
        );
        assert_eq!(
            TokenType::longest_operator("->"),
            Some((TokenType::RARROW, 2))
        );
        assert_eq!(TokenType::longest_operator("$"), None);
        assert_eq!(TokenType::longest_operator(""), None);
    }
}
