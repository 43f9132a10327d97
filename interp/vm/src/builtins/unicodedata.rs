//! The `unicodedata` module (`Modules/unicodedata.c`), in part: `category`, `name`,
//! `lookup`, `decimal`, `combining`, `normalize`, `is_normalized` and `unidata_version`.
//!
//! The data comes from crates (`unicode-properties` for categories, `unicode_names2` for
//! names, `unicode-normalization` for combining classes and the normal forms), which follow
//! a newer Unicode than CPython 3.11's 14.0.0: characters assigned since then have
//! categories and names here that CPython does not know. `digit`, `numeric`,
//! `bidirectional`, `east_asian_width`, `mirrored`, `decomposition` and `ucd_3_2_0` are
//! missing (#6): no kept crate carries their data.

use unicode_normalization::UnicodeNormalization;
use unicode_properties::{GeneralCategory as G, UnicodeGeneralCategory};

use crate::object::native::{Args, NativeFn};
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// The single code point of a `chr` argument, with CPython's message for anything else.
fn code_point(vm: &Vm, fname: &str, o: &ObjRef) -> PyResult<u32> {
    match o.as_str() {
        Some(s) if s.len() == 1 => Ok(s.code_points().next().unwrap_or(0)),
        _ => Err(vm.type_error(format!(
            "{fname}() argument must be a unicode character, not {}",
            vm.type_name(o)
        ))),
    }
}

/// The two-letter category of a code point; lone surrogates are `Cs`.
fn category_of(cp: u32) -> &'static str {
    let Some(c) = char::from_u32(cp) else {
        return "Cs";
    };
    match c.general_category() {
        G::UppercaseLetter => "Lu",
        G::LowercaseLetter => "Ll",
        G::TitlecaseLetter => "Lt",
        G::ModifierLetter => "Lm",
        G::OtherLetter => "Lo",
        G::NonspacingMark => "Mn",
        G::SpacingMark => "Mc",
        G::EnclosingMark => "Me",
        G::DecimalNumber => "Nd",
        G::LetterNumber => "Nl",
        G::OtherNumber => "No",
        G::ConnectorPunctuation => "Pc",
        G::DashPunctuation => "Pd",
        G::OpenPunctuation => "Ps",
        G::ClosePunctuation => "Pe",
        G::InitialPunctuation => "Pi",
        G::FinalPunctuation => "Pf",
        G::OtherPunctuation => "Po",
        G::MathSymbol => "Sm",
        G::CurrencySymbol => "Sc",
        G::ModifierSymbol => "Sk",
        G::OtherSymbol => "So",
        G::SpaceSeparator => "Zs",
        G::LineSeparator => "Zl",
        G::ParagraphSeparator => "Zp",
        G::Control => "Cc",
        G::Format => "Cf",
        G::Surrogate => "Cs",
        G::PrivateUse => "Co",
        G::Unassigned => "Cn",
    }
}

fn category(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "category", 1)?;
    let cp = code_point(vm, "category", &a[0])?;
    Ok(vm.new_str(category_of(cp)))
}

fn name(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "name", 1, 2)?;
    let cp = code_point(vm, "name", &a[0])?;
    match char::from_u32(cp).and_then(unicode_names2::name) {
        Some(n) => Ok(vm.new_str(n.to_string())),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.value_error("no such name")),
        },
    }
}

fn lookup(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "lookup", 1)?;
    let Some(s) = a[0].as_str() else {
        return Err(vm.type_error(format!(
            "lookup() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    let text = s.to_string_lossy().into_owned();
    // Names are matched without regard to case, as _getcode does.
    match unicode_names2::character(&text.to_ascii_uppercase()) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => Err(vm.error(
            &vm.exc.key_error,
            format!("undefined character name '{text}'"),
        )),
    }
}

/// The decimal value of a `Nd` character. Decimal digits are assigned in runs of ten from
/// zero, so the value is the distance from the start of the character's run, modulo ten.
fn decimal_value(cp: u32) -> Option<u32> {
    if category_of(cp) != "Nd" {
        return None;
    }
    let mut start = cp;
    while start > 0 && category_of(start - 1) == "Nd" {
        start -= 1;
    }
    Some((cp - start) % 10)
}

fn decimal(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "decimal", 1, 2)?;
    let cp = code_point(vm, "decimal", &a[0])?;
    match decimal_value(cp) {
        Some(v) => Ok(vm.new_int(i64::from(v))),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.value_error("not a decimal")),
        },
    }
}

fn combining(vm: &Vm, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "combining", 1)?;
    let cp = code_point(vm, "combining", &a[0])?;
    let class = char::from_u32(cp)
        .map(unicode_normalization::char::canonical_combining_class)
        .unwrap_or(0);
    Ok(vm.new_int(i64::from(class)))
}

/// The normal form argument and the text, both checked as unicodedata_UCD_normalize_impl
/// checks them.
fn form_and_text(vm: &Vm, fname: &str, args: Args<'_>) -> PyResult<(String, String)> {
    let a = args.exact(vm, fname, 2)?;
    let Some(form) = a[0].as_str() else {
        return Err(vm.type_error(format!(
            "{fname}() argument 1 must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    let Some(text) = a[1].as_str() else {
        return Err(vm.type_error(format!(
            "{fname}() argument 2 must be str, not {}",
            vm.type_name(&a[1])
        )));
    };
    let form = form.to_string_lossy().into_owned();
    if !matches!(form.as_str(), "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(vm.value_error("invalid normalization form"));
    }
    Ok((form, text.to_string_lossy().into_owned()))
}

fn normalize_str(form: &str, text: &str) -> String {
    match form {
        "NFC" => text.nfc().collect(),
        "NFD" => text.nfd().collect(),
        "NFKC" => text.nfkc().collect(),
        _ => text.nfkd().collect(),
    }
}

fn normalize(vm: &Vm, args: Args<'_>) -> PyResult {
    let (form, text) = form_and_text(vm, "normalize", args)?;
    Ok(vm.new_str(normalize_str(&form, &text)))
}

fn is_normalized(vm: &Vm, args: Args<'_>) -> PyResult {
    let (form, text) = form_and_text(vm, "is_normalized", args)?;
    Ok(vm.new_bool(normalize_str(&form, &text) == text))
}

/// Creates the `unicodedata` module.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("unicodedata");
    let Some(d) = m.dict() else { return m };
    let fns: &[(&'static str, NativeFn)] = &[
        ("category", category),
        ("combining", combining),
        ("decimal", decimal),
        ("is_normalized", is_normalized),
        ("lookup", lookup),
        ("name", name),
        ("normalize", normalize),
    ];
    for &(n, f) in fns {
        vm.dict_set_str(&d, n, vm.new_module_builtin(n, f, "unicodedata"));
    }
    // The version of the data actually used (the normalization tables').
    let (x, y, z) = unicode_normalization::UNICODE_VERSION;
    vm.dict_set_str(&d, "unidata_version", vm.new_str(format!("{x}.{y}.{z}")));
    m
}
