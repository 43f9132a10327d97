//! Private name mangling (`_Py_Mangle` of `Python/compile.c`): inside class `C`, `__spam` is
//! stored as `_C__spam`.

use std::borrow::Cow;

/// The name `ident` stands for inside a class named `private` (None outside classes).
///
/// As CPython: only names starting with two underscores are mangled; not dunder names (ending
/// with two underscores), not dotted names (an import's module path), and not inside a class
/// whose name is only underscores. The class name's leading underscores are dropped.
pub fn mangle<'a>(private: Option<&str>, ident: &'a str) -> Cow<'a, str> {
    let Some(private) = private else {
        return Cow::Borrowed(ident);
    };
    if !ident.starts_with("__") || ident.ends_with("__") || ident.contains('.') {
        return Cow::Borrowed(ident);
    }
    let class = private.trim_start_matches('_');
    if class.is_empty() {
        return Cow::Borrowed(ident);
    }
    Cow::Owned(format!("_{class}{ident}"))
}

#[cfg(test)]
mod tests {
    use super::mangle;

    #[test]
    fn mangles_like_cpython() {
        assert_eq!(mangle(Some("C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("__C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("___"), "__x"), "__x");
        assert_eq!(mangle(Some("C"), "__x__"), "__x__");
        assert_eq!(mangle(Some("C"), "__"), "__");
        assert_eq!(mangle(Some("C"), "___"), "___");
        assert_eq!(mangle(Some("C"), "_x"), "_x");
        assert_eq!(mangle(Some("C"), "__a.b"), "__a.b");
        assert_eq!(mangle(None, "__x"), "__x");
    }
}
