//! The built-in types, one module each, and `Types`: the table of every built-in type object,
//! created at start-up (`type` and `object` first, then each type with its base's MRO).

pub mod alias;
pub mod alias_subst;
pub mod async_gen;
pub mod builtin_docs;
pub mod bytes;
pub mod bytes_methods;
pub mod bytes_search;
pub mod code_new;
pub mod code_type;
pub mod codecs;
pub mod complex;
pub mod descriptors;
pub mod dict;
pub mod dict_table;
pub mod exception;
pub mod exception_group;
pub mod float;
pub mod float_repr;
pub mod frame;
pub mod function;
pub mod generator;
pub mod int;
pub mod int_type;
pub mod iter;
pub mod iter_pickle;
pub mod list;
pub mod list_sort;
pub mod mappingproxy;
pub mod memoryview;
pub mod misc;
pub mod module;
pub mod object_reduce;
pub mod range;
pub mod set;
pub mod set_table;
pub mod slot_docs;
pub mod str;
pub mod str_case;
pub mod str_methods;
pub mod str_search;
pub mod traceback;
pub mod tuple;
pub mod type_methods;
pub mod type_new;
pub mod weakproxy;
pub mod weakref;

use crate::object::typeobj::{BASETYPE, HAS_DICT, Layout, NO_NEW, TypeData};
use crate::object::{Obj, ObjRef, Payload};

macro_rules! builtin_types {
    ($( $field:ident = $name:literal : $base:ident, $layout:ident, $flags:expr; )*) => {
        /// Every built-in type object (exceptions are in [`exception::ExcTypes`]).
        #[derive(Debug)]
        pub struct Types {
            /// `object`.
            pub object: ObjRef,
            /// `type`.
            pub type_: ObjRef,
            $( #[doc = $name] pub $field: ObjRef, )*
        }

        impl Types {
            /// Creates the type objects, bases before subclasses.
            pub fn bootstrap() -> Types {
                let type_ = Obj::new_classless(Payload::Type(Box::new(
                    TypeData::new("type", BASETYPE, Layout::Type))));
                type_.set_class(type_.clone());
                let object = Obj::new(type_.clone(), Payload::Type(Box::new(
                    TypeData::new("object", BASETYPE, Layout::Object))));
                if let Some(t) = object.as_type() {
                    *t.mro.borrow_mut() = vec![object.clone()];
                    crate::object::type_cache::invalidate();
                }
                if let Some(t) = type_.as_type() {
                    *t.mro.borrow_mut() = vec![type_.clone(), object.clone()];
                    crate::object::type_cache::invalidate();
                    *t.bases.borrow_mut() = vec![object.clone()];
                    *t.base.borrow_mut() = Some(object.clone());
                }
                $( let $field = new_static_type(&type_, $name, &builtin_types!(@base $base, object, type_), Layout::$layout, $flags); )*
                Types { object, type_, $( $field, )* }
            }

            /// Every type, bases before subclasses.
            pub fn all(&self) -> Vec<&ObjRef> {
                vec![&self.object, &self.type_, $( &self.$field, )*]
            }
        }
    };
    (@base object, $object:ident, $type_:ident) => { $object };
    (@base type_, $object:ident, $type_:ident) => { $type_ };
    (@base $other:ident, $object:ident, $type_:ident) => { $other };
}

const SUB: u32 = BASETYPE;
const FINAL: u32 = 0;

builtin_types! {
    int = "int": object, Int, SUB;
    bool = "bool": int, Int, FINAL;
    float = "float": object, Float, SUB;
    complex = "complex": object, Complex, SUB;
    str = "str": object, Str, SUB;
    bytes = "bytes": object, Bytes, SUB;
    bytearray = "bytearray": object, ByteArray, SUB;
    tuple = "tuple": object, Tuple, SUB;
    list = "list": object, List, SUB;
    dict = "dict": object, Dict, SUB;
    set = "set": object, Set, SUB;
    frozenset = "frozenset": object, FrozenSet, SUB;
    range = "range": object, Opaque, crate::object::typeobj::SEQUENCE;
    slice = "slice": object, Opaque, FINAL;
    none_type = "NoneType": object, Opaque, FINAL;
    not_implemented_type = "NotImplementedType": object, Opaque, FINAL;
    ellipsis_type = "ellipsis": object, Opaque, FINAL;
    function = "function": object, Opaque, FINAL | HAS_DICT;
    method = "method": object, Opaque, FINAL;
    builtin_function = "builtin_function_or_method": object, Opaque, FINAL | NO_NEW;
    method_descriptor = "method_descriptor": object, Opaque, FINAL | NO_NEW;
    classmethod_descriptor = "classmethod_descriptor": object, Opaque, FINAL | NO_NEW;
    wrapper_descriptor = "wrapper_descriptor": object, Opaque, FINAL | NO_NEW;
    getset_descriptor = "getset_descriptor": object, Opaque, FINAL | NO_NEW;
    code = "code": object, Opaque, FINAL;
    cell = "cell": object, Opaque, FINAL;
    module = "module": object, Module, SUB | HAS_DICT;
    generator = "generator": object, Opaque, FINAL | NO_NEW;
    coroutine = "coroutine": object, Opaque, FINAL | NO_NEW;
    async_generator = "async_generator": object, Opaque, FINAL | NO_NEW;
    async_generator_asend = "async_generator_asend": object, Opaque, FINAL | NO_NEW;
    async_generator_athrow = "async_generator_athrow": object, Opaque, FINAL | NO_NEW;
    async_generator_wrapped_value = "async_generator_wrapped_value": object, Opaque, FINAL | NO_NEW;
    coroutine_wrapper = "coroutine_wrapper": object, Opaque, FINAL | NO_NEW;
    anext_awaitable = "anext_awaitable": object, Opaque, FINAL | NO_NEW;
    traceback = "traceback": object, Opaque, FINAL;
    frame = "frame": object, Opaque, FINAL | NO_NEW;
    property = "property": object, Property, SUB;
    classmethod = "classmethod": object, Wrapper, SUB | HAS_DICT;
    staticmethod = "staticmethod": object, Wrapper, SUB | HAS_DICT;
    super_ = "super": object, Super, SUB;
    mappingproxy = "mappingproxy": object, Opaque, crate::object::typeobj::MAPPING;
    dict_keys = "dict_keys": object, Opaque, FINAL | NO_NEW;
    dict_values = "dict_values": object, Opaque, FINAL | NO_NEW;
    dict_items = "dict_items": object, Opaque, FINAL | NO_NEW;
    list_iterator = "list_iterator": object, Opaque, FINAL | NO_NEW;
    list_reverseiterator = "list_reverseiterator": object, Opaque, FINAL | NO_NEW;
    tuple_iterator = "tuple_iterator": object, Opaque, FINAL | NO_NEW;
    range_iterator = "range_iterator": object, Opaque, FINAL | NO_NEW;
    longrange_iterator = "longrange_iterator": object, Opaque, FINAL | NO_NEW;
    str_ascii_iterator = "str_ascii_iterator": object, Opaque, FINAL | NO_NEW;
    str_iterator = "str_iterator": object, Opaque, FINAL | NO_NEW;
    bytes_iterator = "bytes_iterator": object, Opaque, FINAL | NO_NEW;
    bytearray_iterator = "bytearray_iterator": object, Opaque, FINAL | NO_NEW;
    dict_keyiterator = "dict_keyiterator": object, Opaque, FINAL | NO_NEW;
    dict_valueiterator = "dict_valueiterator": object, Opaque, FINAL | NO_NEW;
    dict_itemiterator = "dict_itemiterator": object, Opaque, FINAL | NO_NEW;
    dict_reversekeyiterator = "dict_reversekeyiterator": object, Opaque, FINAL | NO_NEW;
    dict_reversevalueiterator = "dict_reversevalueiterator": object, Opaque, FINAL | NO_NEW;
    dict_reverseitemiterator = "dict_reverseitemiterator": object, Opaque, FINAL | NO_NEW;
    set_iterator = "set_iterator": object, Opaque, FINAL | NO_NEW;
    callable_iterator = "callable_iterator": object, Opaque, FINAL | NO_NEW;
    seq_iterator = "iterator": object, Opaque, FINAL | NO_NEW;
    enumerate = "enumerate": object, Iter, SUB;
    zip = "zip": object, Iter, SUB;
    map = "map": object, Iter, SUB;
    filter = "filter": object, Iter, SUB;
    reversed = "reversed": object, Iter, SUB;
    text_io = "_io.TextIOWrapper": object, Opaque, FINAL | NO_NEW;
    member_descriptor = "member_descriptor": object, Opaque, FINAL | NO_NEW;
    method_wrapper = "method-wrapper": object, Opaque, FINAL | NO_NEW;
    generic_alias = "types.GenericAlias": object, Opaque, SUB;
    union_type = "types.UnionType": object, Opaque, FINAL | NO_NEW;
    quitter = "_sitebuiltins.Quitter": object, Opaque, FINAL | HAS_DICT;
    memoryview = "memoryview": object, Opaque, crate::object::typeobj::SEQUENCE;
    weakref = "weakref.ReferenceType": object, Opaque, SUB;
    source_file_loader = "_frozen_importlib_external.SourceFileLoader": object, Opaque, FINAL | HAS_DICT;
    sourceless_file_loader = "_frozen_importlib_external.SourcelessFileLoader": object, Opaque, FINAL | HAS_DICT;
    builtin_importer = "_frozen_importlib.BuiltinImporter": object, Opaque, FINAL;
}

/// Fills every built-in type's namespace and slots, then lets each inherit the slots it does
/// not define from its base (bases first).
pub fn init_all(vm: &crate::runtime::Vm) {
    type_methods::init(vm);
    int_type::init(vm);
    float::init(vm);
    complex::init(vm);
    str_methods::init(vm);
    bytes::init(vm);
    memoryview::init(vm);
    tuple::init(vm);
    list::init(vm);
    dict::init(vm);
    set::init(vm);
    range::init(vm);
    function::init(vm);
    generator::init(vm);
    async_gen::init(vm);
    iter::init(vm);
    misc::init(vm);
    mappingproxy::init(vm);
    descriptors::init(vm);
    module::init(vm);
    traceback::init(vm);
    frame::init(vm);
    weakref::init(vm);
    code_type::init(vm);
    crate::builtins::io::init_stream_type(vm);
    for t in vm.types.all() {
        crate::object::slot_resolve::inherit_static(t);
        set_static_doc(vm, t);
    }
    exception::init(vm);
    for (_, t) in vm.exc.all() {
        set_static_doc(vm, t);
    }
}

/// Every type has `__doc__` in its namespace: a built-in type the docstring CPython gives it
/// (see [`builtin_docs`]), else None.
fn set_static_doc(vm: &crate::runtime::Vm, t: &ObjRef) {
    let key = vm.names.__doc__.clone();
    let Some(td) = t.as_type() else {
        return;
    };
    if td.get_own(&key).is_some() {
        return;
    }
    let doc = builtin_docs::lookup(&td.name(), "").and_then(|d| d.doc);
    let value = doc.map_or_else(|| vm.none.clone(), |d| vm.new_str(d));
    vm.type_dict_set(t, key, value);
}

/// Creates a built-in type with a single base.
pub fn new_static_type(
    metatype: &ObjRef,
    name: &str,
    base: &ObjRef,
    layout: Layout,
    flags: u32,
) -> ObjRef {
    let data = TypeData::new(name, flags, layout);
    let ty = Obj::new(metatype.clone(), Payload::Type(Box::new(data)));
    if let (Some(t), Some(b)) = (ty.as_type(), base.as_type()) {
        let mut mro = vec![ty.clone()];
        mro.extend(b.mro.borrow().iter().cloned());
        *t.mro.borrow_mut() = mro;
        crate::object::type_cache::invalidate();
        *t.bases.borrow_mut() = vec![base.clone()];
        *t.base.borrow_mut() = Some(base.clone());
        b.subclasses.borrow_mut().push(std::rc::Rc::downgrade(&ty));
    }
    ty
}
