//! `ast.dump`: the text form of a tree, byte for byte as Python 3.11's `Lib/ast.py` writes it.
//!
//! The rules followed (3.11's `_format`): fields in `_fields` order; a field whose value is None and
//! whose class default is None (the ASDL `?` fields) is left out, and every later field is then written
//! as `name=value` even without `annotate_fields`; empty lists are shown as `[]` (3.13 omits them, 3.11
//! does not); attributes come last and only with `include_attributes`; a node whose parts are all
//! "simple" (scalars, empty lists, field-less nodes) and number at most three stays on one line, any
//! other node or non-empty list breaks onto indented lines when an indent is given.

use super::{Mod, Range};
use crate::ast::repr::repr_str;

/// The options of `ast.dump` (`annotate_fields`, `include_attributes`, `indent` as a string).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DumpOptions {
    /// Write `name=value` for every field (`annotate_fields=True`, the default).
    pub annotate_fields: bool,
    /// Also write `lineno`, `col_offset`, `end_lineno`, `end_col_offset`.
    pub include_attributes: bool,
    /// `indent=`: `None` for one line; an integer `n` of Python's API is `Some(" ".repeat(n))`.
    pub indent: Option<String>,
}

impl Default for DumpOptions {
    fn default() -> Self {
        DumpOptions {
            annotate_fields: true,
            include_attributes: false,
            indent: None,
        }
    }
}

/// `ast.dump(tree, annotate_fields, include_attributes, indent=...)` of a module-level node.
pub fn dump(node: &Mod, options: DumpOptions) -> String {
    dump_node(node, &options)
}

/// `ast.dump` of any node or field value (a statement, an expression, a list...).
pub fn dump_node(node: &dyn Dump, options: &DumpOptions) -> String {
    let dumper = Dumper { options };
    node.dump(&dumper, 0).0
}

/// One field of a node class: its Python name and whether it is an ASDL `?` field (class default None).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldInfo {
    /// The Rust field name; a raw identifier (`r#type`) stands for the Python keyword name.
    pub name: &'static str,
    /// Whether the field is optional (`?` in the ASDL), so omitted from the dump when None.
    pub optional: bool,
}

impl FieldInfo {
    /// The Python field name (`type` for `r#type`).
    pub fn py_name(&self) -> &'static str {
        py_field_name(self.name)
    }
}

/// A concrete Python AST class: name, `_fields`, and whether `_attributes` are the four locations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NodeClass {
    /// The class name (`FunctionDef`, `arguments`, ...).
    pub name: &'static str,
    /// `_fields`, in order.
    pub fields: &'static [FieldInfo],
    /// Whether `_attributes` is `('lineno', 'col_offset', 'end_lineno', 'end_col_offset')` (else `()`).
    pub has_attributes: bool,
}

/// The names of the location attributes, in `_attributes` order.
pub const ATTRIBUTES: [&str; 4] = ["lineno", "col_offset", "end_lineno", "end_col_offset"];

pub(crate) fn py_field_name(rust_name: &'static str) -> &'static str {
    rust_name.strip_prefix("r#").unwrap_or(rust_name)
}

/// Anything that can appear in a dump: a node, a list, or a scalar field value.
pub trait Dump {
    /// Whether this value is an absent optional field (Python `None` where the class default is None).
    fn is_absent(&self) -> bool {
        false
    }

    /// The dump text at nesting `level` (the caller's level) and whether it is "simple" in the sense of
    /// `ast.dump` (decides between one line and indented lines in the enclosing node).
    fn dump(&self, d: &Dumper<'_>, level: usize) -> (String, bool);
}

/// Compile-time facts about a field type; `OPTIONAL` is true exactly for `Option<T>`.
pub trait Field {
    /// Whether the field is an ASDL `?` field.
    const OPTIONAL: bool;

    /// The nesting depth of AST nodes in this value, counted as CPython's `ast2obj_*` functions
    /// count `recursion_depth` (every node of a sum or product type; not contexts or operators).
    fn depth(&self) -> u32 {
        0
    }
}

/// The dump in progress: the options and the shared formatting of nodes and lists.
#[derive(Debug)]
pub struct Dumper<'a> {
    options: &'a DumpOptions,
}

impl Dumper<'_> {
    /// The `prefix` and `sep` of `_format` at an already incremented level.
    fn separators(&self, level: usize) -> (String, String) {
        match &self.options.indent {
            Some(indent) => {
                let pad = indent.repeat(level);
                (format!("\n{pad}"), format!(",\n{pad}"))
            }
            None => (String::new(), ", ".to_owned()),
        }
    }

    /// Formats one node of class `name` with its fields and, if it has them, its location attributes.
    pub fn node(
        &self,
        name: &str,
        level: usize,
        fields: &[(&'static str, &dyn Dump)],
        range: Option<&Range>,
    ) -> (String, bool) {
        let level = level + 1;
        let mut args = Vec::with_capacity(fields.len() + 4);
        let mut all_simple = true;
        let mut keywords = self.options.annotate_fields;
        for &(field, value) in fields {
            if value.is_absent() {
                keywords = true;
                continue;
            }
            let (text, simple) = value.dump(self, level);
            all_simple &= simple;
            if keywords {
                args.push(format!("{}={text}", py_field_name(field)));
            } else {
                args.push(text);
            }
        }
        if let (true, Some(range)) = (self.options.include_attributes, range) {
            let values = [
                range.lineno,
                range.col_offset,
                range.end_lineno,
                range.end_col_offset,
            ];
            for (attr, value) in ATTRIBUTES.iter().zip(values) {
                args.push(format!("{attr}={value}"));
            }
        }
        if all_simple && args.len() <= 3 {
            let simple = args.is_empty();
            return (format!("{name}({})", args.join(", ")), simple);
        }
        let (prefix, sep) = self.separators(level);
        (format!("{name}({prefix}{})", args.join(&sep)), false)
    }
}

impl<T: Dump> Dump for Vec<T> {
    fn dump(&self, d: &Dumper<'_>, level: usize) -> (String, bool) {
        if self.is_empty() {
            return ("[]".to_owned(), true);
        }
        let level = level + 1;
        let (prefix, sep) = d.separators(level);
        let items: Vec<String> = self.iter().map(|item| item.dump(d, level).0).collect();
        (format!("[{prefix}{}]", items.join(&sep)), false)
    }
}

impl<T: Field> Field for Vec<T> {
    const OPTIONAL: bool = false;

    fn depth(&self) -> u32 {
        self.iter().map(Field::depth).max().unwrap_or(0)
    }
}

impl<T: Dump> Dump for Option<T> {
    fn is_absent(&self) -> bool {
        self.is_none()
    }

    fn dump(&self, d: &Dumper<'_>, level: usize) -> (String, bool) {
        match self {
            Some(value) => value.dump(d, level),
            None => ("None".to_owned(), true),
        }
    }
}

impl<T: Field> Field for Option<T> {
    const OPTIONAL: bool = true;

    fn depth(&self) -> u32 {
        self.as_ref().map_or(0, Field::depth)
    }
}

impl<T: Dump + ?Sized> Dump for Box<T> {
    fn is_absent(&self) -> bool {
        (**self).is_absent()
    }

    fn dump(&self, d: &Dumper<'_>, level: usize) -> (String, bool) {
        (**self).dump(d, level)
    }
}

impl<T: Field> Field for Box<T> {
    const OPTIONAL: bool = T::OPTIONAL;

    fn depth(&self) -> u32 {
        (**self).depth()
    }
}

impl Dump for String {
    fn dump(&self, _d: &Dumper<'_>, _level: usize) -> (String, bool) {
        (repr_str(self), true)
    }
}

impl Field for String {
    const OPTIONAL: bool = false;
}

macro_rules! int_field {
    ($($t:ty),*) => {$(
        impl Dump for $t {
            fn dump(&self, _d: &Dumper<'_>, _level: usize) -> (String, bool) {
                (self.to_string(), true)
            }
        }

        impl Field for $t {
            const OPTIONAL: bool = false;
        }
    )*};
}

int_field!(u32, i32);

/// Every concrete AST class krait defines, for checking against the oracle's `ast` module.
pub fn all_classes() -> Vec<NodeClass> {
    use super::*;
    let groups: [&[NodeClass]; 18] = [
        Mod::CLASSES,
        Stmt::CLASSES,
        Expr::CLASSES,
        ExprContext::CLASSES,
        BoolOp::CLASSES,
        Operator::CLASSES,
        UnaryOp::CLASSES,
        CmpOp::CLASSES,
        Comprehension::CLASSES,
        ExceptHandler::CLASSES,
        Arguments::CLASSES,
        Arg::CLASSES,
        Keyword::CLASSES,
        Alias::CLASSES,
        WithItem::CLASSES,
        MatchCase::CLASSES,
        Pattern::CLASSES,
        TypeIgnore::CLASSES,
    ];
    groups.iter().flat_map(|g| g.iter().copied()).collect()
}
