//! Identifier normalisation: the NFKC step of `_PyPegen_new_identifier` (PEP 3131).

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

/// The name an identifier token stands for: ASCII names as they are, others NFKC-normalised, as
/// CPython 3.11's `_PyPegen_new_identifier` does before interning (so `ﬁ` and `fi` are one name).
pub fn normalize_identifier(name: &str) -> Cow<'_, str> {
    if name.is_ascii() {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(name.nfkc().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::normalize_identifier;
    use crate::ast::tests::{py_literal, python};

    #[test]
    fn nfkc_matches_the_names_cpython_binds() {
        let names = ["abc", "ﬁle", "ℌ", "Ω", "café", "ｆｕｌｌ", "ǅ", "ÅΩ"];
        let literals: Vec<String> = names.iter().map(|n| py_literal(n)).collect();
        let code = format!(
            "import ast\nfor n in [{}]:\n    print(ast.parse(n + ' = 1').body[0].targets[0].id)",
            literals.join(", ")
        );
        for (name, expected) in names.iter().zip(python(&code).lines()) {
            assert_eq!(normalize_identifier(name), expected, "{name}");
        }
    }
}
