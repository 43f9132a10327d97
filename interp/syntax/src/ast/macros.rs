//! The declarative macros that define every AST node once: its Rust shape, its `ast.dump` form and its
//! field table (checked against the oracle's `_fields` / `_attributes`).
//!
//! A node's Rust field order is the ASDL field order of Python 3.11's `Parser/Python.asdl`, and the
//! Rust field name is the Python one (`r#type` for `ExceptHandler.type`), so dumping a node is just
//! walking its fields in declaration order.

/// A sum type whose constructors carry the location attributes (`stmt`, `expr`, `pattern`): a struct
/// holding the [`Range`](super::Range) and a `kind` enum with one variant per constructor.
macro_rules! located_sum {
    (
        $(#[$meta:meta])*
        $name:ident / $kind:ident = $abs:literal {
            $(
                $(#[$vmeta:meta])*
                $variant:ident { $($field:ident : $fty:ty),* $(,)? }
            ),* $(,)?
        }
    ) => {
        impl $crate::ast::convert::ToHost for $name {
            fn to_host<B: $crate::ast::convert::Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
                b.enter(true)?;
                let obj = match &self.kind {
                    $(
                        $kind::$variant { $($field),* } => {
                            let fields = vec![$((
                                $crate::ast::dump::py_field_name(stringify!($field)),
                                $crate::ast::convert::ToHost::to_host($field, b)?,
                            )),*];
                            b.node(stringify!($variant), fields, Some(&self.range))?
                        }
                    )*
                };
                b.enter(false)?;
                Ok(obj)
            }
        }

        impl $crate::ast::convert::FromHost for $name {
            /// The location attributes are read before the constructor is known, as
            /// `obj2ast_stmt` and its siblings read them.
            fn from_host<R: $crate::ast::convert::Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err> {
                let range = $crate::ast::convert::read_range(r, obj, $abs)?;
                $(
                    if r.is_instance(obj, stringify!($variant))? {
                        r.enter(true)?;
                        $(
                            let $field = <$fty as $crate::ast::convert::FromHost>::from_field(
                                r, obj, stringify!($field), stringify!($variant),
                            )?;
                        )*
                        r.enter(false)?;
                        return Ok(Self::new($kind::$variant { $($field),* }, range));
                    }
                )*
                Err($crate::ast::convert::expected(r, $abs, obj))
            }
        }

        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        pub struct $name {
            /// The node's `lineno`, `col_offset`, `end_lineno` and `end_col_offset`.
            pub range: $crate::ast::Range,
            /// Which constructor this node is, with its fields.
            pub kind: $kind,
        }

        #[doc = concat!("The constructors of [`", stringify!($name), "`], fields in ASDL order.")]
        #[derive(Clone, Debug, PartialEq)]
        pub enum $kind {
            $(
                $(#[$vmeta])*
                $variant { $($field: $fty),* },
            )*
        }

        impl $name {
            /// Builds a node from its constructor and location.
            pub fn new(kind: $kind, range: $crate::ast::Range) -> Self {
                Self { range, kind }
            }

            /// The Python class names and field tables of every constructor.
            pub const CLASSES: &'static [$crate::ast::dump::NodeClass] = &[
                $($crate::ast::dump::NodeClass {
                    name: stringify!($variant),
                    fields: &[$(
                        $crate::ast::dump::FieldInfo {
                            name: stringify!($field),
                            optional: <$fty as $crate::ast::dump::Field>::OPTIONAL,
                        }
                    ),*],
                    has_attributes: true,
                }),*
            ];
        }

        impl $crate::ast::dump::Field for $name {
            const OPTIONAL: bool = false;

            fn depth(&self) -> u32 {
                match &self.kind {
                    $(
                        #[allow(unused_variables)]
                        $kind::$variant { $($field),* } => {
                            1 $(.max(1 + $crate::ast::dump::Field::depth($field)))*
                        }
                    )*
                }
            }
        }

        impl $crate::ast::dump::Dump for $name {
            fn dump(&self, d: &$crate::ast::dump::Dumper<'_>, level: usize) -> (String, bool) {
                match &self.kind {
                    $(
                        $kind::$variant { $($field),* } => d.node(
                            stringify!($variant),
                            level,
                            &[$((stringify!($field), $field as &dyn $crate::ast::dump::Dump)),*],
                            Some(&self.range),
                        ),
                    )*
                }
            }
        }
    };
}

/// A sum type without attributes (`mod`): a plain enum.
macro_rules! plain_sum {
    (
        $(#[$meta:meta])*
        $name:ident = $abs:literal {
            $(
                $(#[$vmeta:meta])*
                $variant:ident { $($field:ident : $fty:ty),* $(,)? }
            ),* $(,)?
        }
    ) => {
        impl $crate::ast::convert::ToHost for $name {
            fn to_host<B: $crate::ast::convert::Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
                b.enter(true)?;
                let obj = match self {
                    $(
                        $name::$variant { $($field),* } => {
                            let fields = vec![$((
                                $crate::ast::dump::py_field_name(stringify!($field)),
                                $crate::ast::convert::ToHost::to_host($field, b)?,
                            )),*];
                            b.node(stringify!($variant), fields, None)?
                        }
                    )*
                };
                b.enter(false)?;
                Ok(obj)
            }
        }

        impl $crate::ast::convert::FromHost for $name {
            fn from_host<R: $crate::ast::convert::Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err> {
                $(
                    if r.is_instance(obj, stringify!($variant))? {
                        r.enter(true)?;
                        $(
                            let $field = <$fty as $crate::ast::convert::FromHost>::from_field(
                                r, obj, stringify!($field), stringify!($variant),
                            )?;
                        )*
                        r.enter(false)?;
                        return Ok($name::$variant { $($field),* });
                    }
                )*
                Err($crate::ast::convert::expected(r, $abs, obj))
            }
        }

        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        pub enum $name {
            $(
                $(#[$vmeta])*
                $variant { $($field: $fty),* },
            )*
        }

        impl $name {
            /// The Python class names and field tables of every constructor.
            pub const CLASSES: &'static [$crate::ast::dump::NodeClass] = &[
                $($crate::ast::dump::NodeClass {
                    name: stringify!($variant),
                    fields: &[$(
                        $crate::ast::dump::FieldInfo {
                            name: stringify!($field),
                            optional: <$fty as $crate::ast::dump::Field>::OPTIONAL,
                        }
                    ),*],
                    has_attributes: false,
                }),*
            ];
        }

        impl $crate::ast::dump::Field for $name {
            const OPTIONAL: bool = false;

            fn depth(&self) -> u32 {
                match self {
                    $(
                        #[allow(unused_variables)]
                        $name::$variant { $($field),* } => {
                            1 $(.max(1 + $crate::ast::dump::Field::depth($field)))*
                        }
                    )*
                }
            }
        }

        impl $crate::ast::dump::Dump for $name {
            fn dump(&self, d: &$crate::ast::dump::Dumper<'_>, level: usize) -> (String, bool) {
                match self {
                    $(
                        $name::$variant { $($field),* } => d.node(
                            stringify!($variant),
                            level,
                            &[$((stringify!($field), $field as &dyn $crate::ast::dump::Dump)),*],
                            None,
                        ),
                    )*
                }
            }
        }
    };
}

/// A product type (or a sum with a single constructor, like `excepthandler`) as a struct; `$py` is the
/// Python class name. With `located`, the struct gets a `range` and dumps the attributes.
macro_rules! product {
    (@located $(#[$meta:meta])* $name:ident = $py:literal { $($field:ident : $fty:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        pub struct $name {
            $(#[doc = concat!("The `", stringify!($field), "` field.")] pub $field: $fty,)*
            /// The node's `lineno`, `col_offset`, `end_lineno` and `end_col_offset`.
            pub range: $crate::ast::Range,
        }
        impl $name {
            fn location(&self) -> Option<&$crate::ast::Range> {
                Some(&self.range)
            }
        }
        impl $crate::ast::convert::FromHost for $name {
            fn from_host<R: $crate::ast::convert::Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err> {
                $crate::ast::convert::check_product(r, obj, $py)?;
                r.enter(true)?;
                let range = $crate::ast::convert::read_range(
                    r, obj, $crate::ast::convert::attributes_owner($py),
                )?;
                $(
                    let $field = <$fty as $crate::ast::convert::FromHost>::from_field(
                        r, obj, stringify!($field), $py,
                    )?;
                )*
                r.enter(false)?;
                Ok($name { $($field,)* range })
            }
        }
        product!(@impls $name = $py, true; $($field : $fty),*);
    };
    ($(#[$meta:meta])* $name:ident = $py:literal { $($field:ident : $fty:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        pub struct $name {
            $(#[doc = concat!("The `", stringify!($field), "` field.")] pub $field: $fty,)*
        }
        impl $name {
            fn location(&self) -> Option<&$crate::ast::Range> {
                None
            }
        }
        impl $crate::ast::convert::FromHost for $name {
            fn from_host<R: $crate::ast::convert::Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err> {
                $crate::ast::convert::check_product(r, obj, $py)?;
                r.enter(true)?;
                $(
                    let $field = <$fty as $crate::ast::convert::FromHost>::from_field(
                        r, obj, stringify!($field), $py,
                    )?;
                )*
                r.enter(false)?;
                Ok($name { $($field),* })
            }
        }
        product!(@impls $name = $py, false; $($field : $fty),*);
    };
    (@impls $name:ident = $py:literal, $located:expr; $($field:ident : $fty:ty),*) => {
        impl $crate::ast::convert::ToHost for $name {
            fn to_host<B: $crate::ast::convert::Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
                b.enter(true)?;
                let fields = vec![$((
                    $crate::ast::dump::py_field_name(stringify!($field)),
                    $crate::ast::convert::ToHost::to_host(&self.$field, b)?,
                )),*];
                let obj = b.node($py, fields, self.location())?;
                b.enter(false)?;
                Ok(obj)
            }
        }

        impl $name {
            /// The Python class name and field table of this node.
            pub const CLASSES: &'static [$crate::ast::dump::NodeClass] = &[
                $crate::ast::dump::NodeClass {
                    name: $py,
                    fields: &[$(
                        $crate::ast::dump::FieldInfo {
                            name: stringify!($field),
                            optional: <$fty as $crate::ast::dump::Field>::OPTIONAL,
                        }
                    ),*],
                    has_attributes: $located,
                },
            ];
        }

        impl $crate::ast::dump::Field for $name {
            const OPTIONAL: bool = false;

            fn depth(&self) -> u32 {
                1 $(.max(1 + $crate::ast::dump::Field::depth(&self.$field)))*
            }
        }

        impl $crate::ast::dump::Dump for $name {
            fn dump(&self, d: &$crate::ast::dump::Dumper<'_>, level: usize) -> (String, bool) {
                d.node(
                    $py,
                    level,
                    &[$((stringify!($field), &self.$field as &dyn $crate::ast::dump::Dump)),*],
                    self.location(),
                )
            }
        }
    };
}

/// A sum type whose constructors have no fields (`expr_context`, `boolop`, `operator`, `unaryop`,
/// `cmpop`): a C-like enum, dumped as `Load()`.
macro_rules! simple_sum {
    ($(#[$meta:meta])* $name:ident = $abs:literal { $($variant:ident),* $(,)? }) => {
        impl $crate::ast::convert::ToHost for $name {
            fn to_host<B: $crate::ast::convert::Builder>(&self, b: &mut B) -> Result<B::Obj, B::Err> {
                b.singleton(self.name())
            }
        }

        impl $crate::ast::convert::FromHost for $name {
            fn from_host<R: $crate::ast::convert::Reader>(r: &mut R, obj: &R::Obj) -> Result<Self, R::Err> {
                $(
                    if r.is_instance(obj, stringify!($variant))? {
                        return Ok($name::$variant);
                    }
                )*
                Err($crate::ast::convert::expected(r, $abs, obj))
            }
        }

        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $(#[doc = concat!("`ast.", stringify!($variant), "`")] $variant,)*
        }

        impl $name {
            /// The Python class name of this constructor.
            pub fn name(self) -> &'static str {
                match self {
                    $($name::$variant => stringify!($variant),)*
                }
            }

            /// The Python class names of every constructor (none has fields or attributes).
            pub const CLASSES: &'static [$crate::ast::dump::NodeClass] = &[
                $($crate::ast::dump::NodeClass {
                    name: stringify!($variant),
                    fields: &[],
                    has_attributes: false,
                }),*
            ];
        }

        impl $crate::ast::dump::Field for $name {
            const OPTIONAL: bool = false;
        }

        impl $crate::ast::dump::Dump for $name {
            fn dump(&self, _d: &$crate::ast::dump::Dumper<'_>, _level: usize) -> (String, bool) {
                (format!("{}()", self.name()), true)
            }
        }
    };
}

pub(crate) use {located_sum, plain_sum, product, simple_sum};
