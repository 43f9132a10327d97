//! Converting a tree to and from a host's objects (the VM's `_ast` node instances): the
//! [`Builder`] and [`Reader`] interfaces a host implements, and the per-field-type walks the node
//! macros build on, in the order of CPython 3.11's `ast2obj_*` / `obj2ast_*` (Python/Python-ast.c).
//!
//! The host only sees class names, field names and leaf values; which class a field holds and
//! whether it is optional or a list comes from the Rust types, so the node table stays the one
//! definition of the tree's shape.

use super::{Constant, Range};

/// Builds host objects for a tree (the `ast2obj` direction).
pub trait Builder {
    /// A host object.
    type Obj;
    /// The host's error (a Python exception).
    type Err;

    /// A node of class `class` with its fields in `_fields` order and, for located nodes, its
    /// location attributes.
    fn node(
        &mut self,
        class: &'static str,
        fields: Vec<(&'static str, Self::Obj)>,
        range: Option<&Range>,
    ) -> Result<Self::Obj, Self::Err>;
    /// The shared instance of a field-less class (`Load`, `Add`, ...).
    fn singleton(&mut self, class: &'static str) -> Result<Self::Obj, Self::Err>;
    /// A list.
    fn list(&mut self, items: Vec<Self::Obj>) -> Result<Self::Obj, Self::Err>;
    /// `None`.
    fn none(&mut self) -> Self::Obj;
    /// A str (identifiers, `kind`, type comments, tags).
    fn string(&mut self, s: &str) -> Result<Self::Obj, Self::Err>;
    /// An int field (`conversion`, `level`, `is_async`, ...).
    fn int(&mut self, n: i64) -> Result<Self::Obj, Self::Err>;
    /// A `Constant.value`.
    fn constant(&mut self, c: &Constant) -> Result<Self::Obj, Self::Err>;
    /// Called on entering (`true`) and leaving (`false`) a node, so the host can bound the
    /// depth as `ast2obj`'s `recursion_depth` does.
    fn enter(&mut self, entering: bool) -> Result<(), Self::Err>;
}

/// Reads host objects back into a tree (the `obj2ast` direction).
pub trait Reader {
    /// A host object.
    type Obj: Clone;
    /// The host's error (a Python exception).
    type Err;

    /// Whether `obj` is an instance of the node class `class`.
    fn is_instance(&mut self, obj: &Self::Obj, class: &'static str) -> Result<bool, Self::Err>;
    /// The attribute `name` of `obj`, `None` when it is missing.
    fn attr(&mut self, obj: &Self::Obj, name: &str) -> Result<Option<Self::Obj>, Self::Err>;
    /// Whether `obj` is `None`.
    fn is_none(&mut self, obj: &Self::Obj) -> bool;
    /// The items of a list, or `None` when `obj` is not a list.
    fn list_items(&mut self, obj: &Self::Obj) -> Option<Vec<Self::Obj>>;
    /// An identifier or string field.
    fn string(&mut self, obj: &Self::Obj, what: &str) -> Result<String, Self::Err>;
    /// An int field.
    fn int(&mut self, obj: &Self::Obj) -> Result<i64, Self::Err>;
    /// A `Constant.value`.
    fn constant(&mut self, obj: &Self::Obj) -> Result<Constant, Self::Err>;
    /// A `TypeError` with this message.
    fn type_error(&mut self, msg: String) -> Self::Err;
    /// A `ValueError` with this message.
    fn value_error(&mut self, msg: String) -> Self::Err;
    /// The `OverflowError` of an int that does not fit a C int.
    fn overflow_error(&mut self) -> Self::Err;
    /// The type name of `obj` (for "must be a list, not a X").
    fn type_name(&mut self, obj: &Self::Obj) -> String;
    /// `repr(obj)` (for "expected some sort of expr, but got X").
    fn repr(&mut self, obj: &Self::Obj) -> Result<String, Self::Err>;
    /// Called on entering (`true`) and leaving (`false`) a node, to bound the depth.
    fn enter(&mut self, entering: bool) -> Result<(), Self::Err>;
}

/// A value that converts to a host object.
pub trait ToHost {
    /// The host object for this value.
    fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err>;
}

/// A value read from a host object. `from_field` reads the value as field `name` of `parent`
/// (class `owner`), with CPython's messages for a missing, `None` or ill-typed field.
pub trait FromHost: Sized {
    /// Reads a present, non-`None` value.
    fn from_host<R: Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err>;

    /// Reads field `name` of `parent`: a missing required field is "required field ... missing
    /// from ...", a `None` one "field '...' is required for ...", as `obj2ast_*` and the
    /// `_PyAST_*` constructors report them.
    fn from_field<R: Reader>(
        r: &mut R,
        parent: &R::Obj,
        name: &'static str,
        owner: &'static str,
    ) -> Result<Self, R::Err> {
        let name = super::dump::py_field_name(name);
        match r.attr(parent, name)? {
            None => Err(r.type_error(format!("required field \"{name}\" missing from {owner}"))),
            Some(v) if r.is_none(&v) => {
                Err(r.value_error(format!("field '{name}' is required for {owner}")))
            }
            Some(v) => Self::from_host(r, &v),
        }
    }
}

/// Reads the four location attributes of a located node; `abstract_name` is the class that
/// declares them (`stmt`, `expr`, ...), named in the "missing" message as CPython names it.
/// The end positions are optional (class default `None`) except on patterns, whose ASDL
/// declares them plain `int`; a missing end line is the start line and a missing end column the
/// start column, as `obj2ast_*` fill them in.
pub fn read_range<R: Reader>(
    r: &mut R,
    obj: &R::Obj,
    abstract_name: &'static str,
) -> Result<Range, R::Err> {
    let mut values = [0u32; 4];
    for (i, attr) in super::dump::ATTRIBUTES.iter().enumerate() {
        let v = r.attr(obj, attr)?;
        let required = i < 2 || abstract_name == "pattern";
        values[i] = match v {
            None if required => {
                return Err(r.type_error(format!(
                    "required field \"{attr}\" missing from {abstract_name}"
                )));
            }
            // A required position given as None fails in `int` ("invalid integer value").
            Some(v) if required || !r.is_none(&v) => {
                let n = r.int(&v)?;
                if n > i64::from(i32::MAX) || n < i64::from(i32::MIN) {
                    return Err(r.overflow_error());
                }
                // krait's positions are unsigned; a negative one (meaningless to CPython's
                // compiler too) becomes 0.
                u32::try_from(n).unwrap_or(0)
            }
            _ => values[i.saturating_sub(2)],
        };
    }
    Ok(Range::new(values[0], values[1], values[2], values[3]))
}

impl<T: ToHost> ToHost for Vec<T> {
    fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
        let mut items = Vec::with_capacity(self.len());
        for item in self {
            items.push(item.to_host(b)?);
        }
        b.list(items)
    }
}

impl<T: ToHost> ToHost for Option<T> {
    fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
        match self {
            Some(v) => v.to_host(b),
            None => Ok(b.none()),
        }
    }
}

impl<T: ToHost> ToHost for Box<T> {
    fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
        (**self).to_host(b)
    }
}

impl ToHost for String {
    fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
        b.string(self)
    }
}

impl ToHost for u32 {
    fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
        b.int(i64::from(*self))
    }
}

impl ToHost for i32 {
    fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
        b.int(i64::from(*self))
    }
}

impl ToHost for Constant {
    fn to_host<B: Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
        b.constant(self)
    }
}

impl<T: FromHost> FromHost for Vec<T> {
    /// Lists check their type first: "Module field \"body\" must be a list, not a int".
    fn from_host<R: Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err> {
        let Some(items) = r.list_items(obj) else {
            let t = r.type_name(obj);
            return Err(r.type_error(format!("list expected, not a {t}")));
        };
        items.iter().map(|item| T::from_host(r, item)).collect()
    }

    fn from_field<R: Reader>(
        r: &mut R,
        parent: &R::Obj,
        name: &'static str,
        owner: &'static str,
    ) -> Result<Self, R::Err> {
        let name = super::dump::py_field_name(name);
        let Some(v) = r.attr(parent, name)? else {
            return Err(r.type_error(format!("required field \"{name}\" missing from {owner}")));
        };
        let Some(items) = r.list_items(&v) else {
            let t = r.type_name(&v);
            return Err(r.type_error(format!(
                "{owner} field \"{name}\" must be a list, not a {t}"
            )));
        };
        let mut out = Vec::with_capacity(items.len());
        for item in &items {
            out.push(T::from_host(r, item)?);
        }
        Ok(out)
    }
}

impl<T: FromHost> FromHost for Option<T> {
    fn from_host<R: Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err> {
        if r.is_none(obj) {
            return Ok(None);
        }
        T::from_host(r, obj).map(Some)
    }

    /// A present value is read by the inner type's own field reader, so its messages name
    /// the field as they would for a required one.
    fn from_field<R: Reader>(
        r: &mut R,
        parent: &R::Obj,
        name: &'static str,
        owner: &'static str,
    ) -> Result<Self, R::Err> {
        match r.attr(parent, super::dump::py_field_name(name))? {
            Some(v) if !r.is_none(&v) => T::from_field(r, parent, name, owner).map(Some),
            _ => Ok(None),
        }
    }
}

impl<T: FromHost> FromHost for Box<T> {
    fn from_host<R: Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err> {
        T::from_host(r, obj).map(Box::new)
    }

    fn from_field<R: Reader>(
        r: &mut R,
        parent: &R::Obj,
        name: &'static str,
        owner: &'static str,
    ) -> Result<Self, R::Err> {
        T::from_field(r, parent, name, owner).map(Box::new)
    }
}

impl FromHost for String {
    fn from_host<R: Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err> {
        r.string(obj, "identifier")
    }

    /// The ASDL `string` fields (`kind`, `type_comment`, `tag`) say "string" in their error,
    /// the `identifier` ones "identifier", as `obj2ast_string` and `obj2ast_identifier` do.
    fn from_field<R: Reader>(
        r: &mut R,
        parent: &R::Obj,
        name: &'static str,
        owner: &'static str,
    ) -> Result<Self, R::Err> {
        match r.attr(parent, name)? {
            None => Err(r.type_error(format!("required field \"{name}\" missing from {owner}"))),
            Some(v) if r.is_none(&v) => {
                Err(r.value_error(format!("field '{name}' is required for {owner}")))
            }
            Some(v) => {
                let what = if matches!(name, "kind" | "type_comment" | "tag") {
                    "string"
                } else {
                    "identifier"
                };
                r.string(&v, what)
            }
        }
    }
}

impl FromHost for u32 {
    fn from_host<R: Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err> {
        let n = r.int(obj)?;
        u32::try_from(n).map_err(|_| r.value_error(format!("value out of range: {n}")))
    }
}

impl FromHost for i32 {
    fn from_host<R: Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err> {
        let n = r.int(obj)?;
        i32::try_from(n).map_err(|_| r.value_error(format!("value out of range: {n}")))
    }
}

impl FromHost for Constant {
    fn from_host<R: Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err> {
        r.constant(obj)
    }

    /// `Constant.value` may be `None` itself, so a present `None` is the constant None.
    fn from_field<R: Reader>(
        r: &mut R,
        parent: &R::Obj,
        name: &'static str,
        owner: &'static str,
    ) -> Result<Self, R::Err> {
        match r.attr(parent, name)? {
            None => Err(r.type_error(format!("required field \"{name}\" missing from {owner}"))),
            Some(v) => r.constant(&v),
        }
    }
}

/// The "expected some sort of expr, but got X" error of an object of no class of its sum.
pub fn expected<R: Reader>(r: &mut R, abstract_name: &str, obj: &R::Obj) -> R::Err {
    match r.repr(obj) {
        Ok(text) => r.type_error(format!(
            "expected some sort of {abstract_name}, but got {text}"
        )),
        Err(e) => e,
    }
}

/// The class named in a located product's "required field ... missing" message: the single
/// constructors of a sum (`ExceptHandler`, `TypeIgnore`) name their sum, as Python-ast.c's
/// `obj2ast_excepthandler` does; true products (`arg`, `keyword`, `alias`) name themselves.
pub fn attributes_owner(class: &'static str) -> &'static str {
    match class {
        "ExceptHandler" => "excepthandler",
        "TypeIgnore" => "type_ignore",
        other => other,
    }
}

/// A sum's single constructor is checked by class, as `obj2ast_excepthandler` and
/// `obj2ast_type_ignore` check `isinstance`; true products are read by attribute alone.
pub fn check_product<R: Reader>(
    r: &mut R,
    obj: &R::Obj,
    class: &'static str,
) -> Result<(), R::Err> {
    let owner = attributes_owner(class);
    if owner == class || r.is_instance(obj, class)? {
        return Ok(());
    }
    Err(expected(r, owner, obj))
}
