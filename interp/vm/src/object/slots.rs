//! Type slots, as CPython's `tp_*`/`nb_*`/`sq_*` function pointers: each type resolves, once per
//! change, how it implements each protocol (repr, hash, `+`, iteration, calls, attribute access,
//! ...). A built-in type fills its slots with Rust functions; a class gets, per slot, either
//! the Rust function of the built-in base whose wrapper its MRO finds (`class C(int)` adds with
//! int's addition) or the generic "call the dunder" behaviour when Python code defines it
//! (`update_one_slot` in `Objects/typeobject.c`).
//!
//! The dunders of built-in types are exposed in their namespaces as slot wrappers
//! (`int.__add__`), made from the same functions, so both paths run the same code.

use super::native::Args;
use super::{ObjRef, PyResult};
use crate::runtime::Vm;

/// `repr`, `str`, `iter`, unary operators, conversions.
pub type UnaryFn = fn(&Vm, &ObjRef) -> PyResult;
/// Binary operators (may return `NotImplemented`), `__getitem__`.
pub type BinFn = fn(&Vm, &ObjRef, &ObjRef) -> PyResult;
/// `hash()`.
pub type HashFn = fn(&Vm, &ObjRef) -> PyResult<i64>;
/// Truth value.
pub type BoolFn = fn(&Vm, &ObjRef) -> PyResult<bool>;
/// `len()`.
pub type LenFn = fn(&Vm, &ObjRef) -> PyResult<usize>;
/// `next()`: None when exhausted.
pub type NextFn = fn(&Vm, &ObjRef) -> PyResult<Option<ObjRef>>;
/// `__setitem__` / `__delitem__` (value None).
pub type SetItemFn = fn(&Vm, &ObjRef, &ObjRef, Option<&ObjRef>) -> PyResult<()>;
/// `in`.
pub type ContainsFn = fn(&Vm, &ObjRef, &ObjRef) -> PyResult<bool>;
/// Rich comparison (may return `NotImplemented`).
pub type CompareFn = fn(&Vm, &ObjRef, &ObjRef, CompareOp) -> PyResult;
/// `obj(*args)` and `__init__` (result ignored for init).
pub type CallFn = fn(&Vm, &ObjRef, Args<'_>) -> PyResult;
/// `__new__`: the class, then the arguments.
pub type NewFn = fn(&Vm, &ObjRef, Args<'_>) -> PyResult;
/// Attribute read.
pub type GetAttrFn = fn(&Vm, &ObjRef, &ObjRef) -> PyResult;
/// Attribute write or delete (value None).
pub type SetAttrFn = fn(&Vm, &ObjRef, &ObjRef, Option<&ObjRef>) -> PyResult<()>;
/// Descriptor `__get__(obj, type)`; obj None when looked up on the class.
pub type DescrGetFn = fn(&Vm, &ObjRef, Option<&ObjRef>, &ObjRef) -> PyResult;
/// Descriptor `__set__` / `__delete__` (value None).
pub type DescrSetFn = fn(&Vm, &ObjRef, &ObjRef, Option<&ObjRef>) -> PyResult<()>;

/// The comparison operators, numbered as `COMPARE_OP`'s argument (`Py_LT`...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    /// `<`
    Lt = 0,
    /// `<=`
    Le = 1,
    /// `==`
    Eq = 2,
    /// `!=`
    Ne = 3,
    /// `>`
    Gt = 4,
    /// `>=`
    Ge = 5,
}

impl CompareOp {
    /// From `COMPARE_OP`'s argument.
    pub fn from_arg(a: u32) -> Option<CompareOp> {
        Some(match a {
            0 => CompareOp::Lt,
            1 => CompareOp::Le,
            2 => CompareOp::Eq,
            3 => CompareOp::Ne,
            4 => CompareOp::Gt,
            5 => CompareOp::Ge,
            _ => return None,
        })
    }

    /// The operator with its operands swapped (`_Py_SwappedOp`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }

    /// The operator's symbol, for messages.
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }

    /// The dunder implementing it.
    pub fn dunder<'a>(self, vm: &'a Vm) -> &'a ObjRef {
        let n = &vm.names;
        [
            &n.__lt__, &n.__le__, &n.__eq__, &n.__ne__, &n.__gt__, &n.__ge__,
        ][self as usize]
    }

    /// Applies the operator to an ordering.
    pub fn test(self, o: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CompareOp::Lt => o == Less,
            CompareOp::Le => o != Greater,
            CompareOp::Eq => o == Equal,
            CompareOp::Ne => o != Equal,
            CompareOp::Gt => o == Greater,
            CompareOp::Ge => o != Less,
        }
    }
}

/// The binary operators, numbered as `BINARY_OP`'s argument (`NB_ADD`...); the in-place forms
/// are `op + 13`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NbOp {
    /// `+`
    Add = 0,
    /// `&`
    And = 1,
    /// `//`
    FloorDiv = 2,
    /// `<<`
    LShift = 3,
    /// `@`
    MatMul = 4,
    /// `*`
    Mul = 5,
    /// `%`
    Mod = 6,
    /// `|`
    Or = 7,
    /// `**`
    Pow = 8,
    /// `>>`
    RShift = 9,
    /// `-`
    Sub = 10,
    /// `/`
    TrueDiv = 11,
    /// `^`
    Xor = 12,
    /// `divmod()` (`nb_divmod`, no instruction of its own).
    Divmod = 13,
}

/// Every binary slot: the operators, then `divmod`.
pub const ALL_NB: [NbOp; 14] = [
    NbOp::Add,
    NbOp::And,
    NbOp::FloorDiv,
    NbOp::LShift,
    NbOp::MatMul,
    NbOp::Mul,
    NbOp::Mod,
    NbOp::Or,
    NbOp::Pow,
    NbOp::RShift,
    NbOp::Sub,
    NbOp::TrueDiv,
    NbOp::Xor,
    NbOp::Divmod,
];

/// Every binary operator of `BINARY_OP`, in `NB_*` order.
pub const NB_OPS: [NbOp; 13] = [
    NbOp::Add,
    NbOp::And,
    NbOp::FloorDiv,
    NbOp::LShift,
    NbOp::MatMul,
    NbOp::Mul,
    NbOp::Mod,
    NbOp::Or,
    NbOp::Pow,
    NbOp::RShift,
    NbOp::Sub,
    NbOp::TrueDiv,
    NbOp::Xor,
];

impl NbOp {
    /// The operator's symbol, for messages.
    pub fn symbol(self) -> &'static str {
        [
            "+",
            "&",
            "//",
            "<<",
            "@",
            "*",
            "%",
            "|",
            "** or pow()",
            ">>",
            "-",
            "/",
            "^",
            "divmod()",
        ][self as usize]
    }

    /// The in-place symbol, for messages.
    pub fn inplace_symbol(self) -> &'static str {
        [
            "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
            "divmod()",
        ][self as usize]
    }

    /// `(__op__, __rop__, __iop__)`.
    pub fn dunders<'a>(self, vm: &'a Vm) -> (&'a ObjRef, &'a ObjRef, &'a ObjRef) {
        let n = &vm.names;
        match self {
            NbOp::Add => (&n.__add__, &n.__radd__, &n.__iadd__),
            NbOp::And => (&n.__and__, &n.__rand__, &n.__iand__),
            NbOp::FloorDiv => (&n.__floordiv__, &n.__rfloordiv__, &n.__ifloordiv__),
            NbOp::LShift => (&n.__lshift__, &n.__rlshift__, &n.__ilshift__),
            NbOp::MatMul => (&n.__matmul__, &n.__rmatmul__, &n.__imatmul__),
            NbOp::Mul => (&n.__mul__, &n.__rmul__, &n.__imul__),
            NbOp::Mod => (&n.__mod__, &n.__rmod__, &n.__imod__),
            NbOp::Or => (&n.__or__, &n.__ror__, &n.__ior__),
            NbOp::Pow => (&n.__pow__, &n.__rpow__, &n.__ipow__),
            NbOp::RShift => (&n.__rshift__, &n.__rrshift__, &n.__irshift__),
            NbOp::Sub => (&n.__sub__, &n.__rsub__, &n.__isub__),
            NbOp::TrueDiv => (&n.__truediv__, &n.__rtruediv__, &n.__itruediv__),
            NbOp::Xor => (&n.__xor__, &n.__rxor__, &n.__ixor__),
            NbOp::Divmod => (&n.__divmod__, &n.__rdivmod__, &n.__divmod__),
        }
    }

    /// The dunder names as text, for slot-wrapper registration.
    pub fn names(self) -> (&'static str, &'static str, &'static str) {
        match self {
            NbOp::Add => ("__add__", "__radd__", "__iadd__"),
            NbOp::And => ("__and__", "__rand__", "__iand__"),
            NbOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            NbOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            NbOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            NbOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            NbOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            NbOp::Or => ("__or__", "__ror__", "__ior__"),
            NbOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            NbOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            NbOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            NbOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            NbOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
            NbOp::Divmod => ("__divmod__", "__rdivmod__", ""),
        }
    }
}

/// How a type implements one slot.
#[derive(Clone, Copy, Debug)]
pub enum Slot<F> {
    /// Not at all.
    Absent,
    /// By a Rust function (the type's own, or a built-in base's).
    Native(F),
    /// By calling the dunder Python code defines (`slot_tp_repr` and friends).
    Python,
}

impl<F> Slot<F> {
    /// Whether the slot is filled.
    pub fn is_present(&self) -> bool {
        !matches!(self, Slot::Absent)
    }
}

/// A binary-operator slot remembers which built-in type's function it is, because
/// `binary_op1` compares the two operands' slots for identity.
#[derive(Clone, Copy, Debug)]
pub enum NbSlot {
    /// Not implemented.
    Absent,
    /// A built-in function, identified by its defining type's address.
    Native(BinFn, usize),
    /// The generic slot that calls `__op__` / `__rop__`.
    Python,
}

impl NbSlot {
    /// Whether two slots are the same function (`slotv == slotw`).
    pub fn same(&self, other: &NbSlot) -> bool {
        match (self, other) {
            (NbSlot::Absent, NbSlot::Absent) | (NbSlot::Python, NbSlot::Python) => true,
            (NbSlot::Native(_, a), NbSlot::Native(_, b)) => a == b,
            _ => false,
        }
    }
}

/// Every slot of a type.
#[derive(Clone, Copy, Debug)]
pub struct Slots {
    /// `tp_repr`.
    pub repr: Slot<UnaryFn>,
    /// `tp_str`.
    pub str: Slot<UnaryFn>,
    /// `tp_hash`; `Absent` means unhashable (`__hash__ = None`).
    pub hash: Slot<HashFn>,
    /// `nb_bool`.
    pub bool: Slot<BoolFn>,
    /// `sq_length` / `mp_length`.
    pub len: Slot<LenFn>,
    /// `tp_iter`.
    pub iter: Slot<UnaryFn>,
    /// `tp_iternext`.
    pub next: Slot<NextFn>,
    /// `mp_subscript`.
    pub getitem: Slot<BinFn>,
    /// `mp_ass_subscript`.
    pub setitem: Slot<SetItemFn>,
    /// `sq_contains`.
    pub contains: Slot<ContainsFn>,
    /// `tp_richcompare`.
    pub richcompare: Slot<CompareFn>,
    /// `tp_call`.
    pub call: Slot<CallFn>,
    /// `tp_init`.
    pub init: Slot<CallFn>,
    /// `tp_new`.
    pub new: Slot<NewFn>,
    /// `tp_getattro`.
    pub getattro: Slot<GetAttrFn>,
    /// `tp_setattro`.
    pub setattro: Slot<SetAttrFn>,
    /// `tp_descr_get`.
    pub descr_get: Slot<DescrGetFn>,
    /// `tp_descr_set`.
    pub descr_set: Slot<DescrSetFn>,
    /// `nb_negative`.
    pub neg: Slot<UnaryFn>,
    /// `nb_positive`.
    pub pos: Slot<UnaryFn>,
    /// `nb_invert`.
    pub invert: Slot<UnaryFn>,
    /// `nb_absolute`.
    pub abs: Slot<UnaryFn>,
    /// `nb_int`.
    pub int: Slot<UnaryFn>,
    /// `nb_float`.
    pub float: Slot<UnaryFn>,
    /// `nb_index`.
    pub index: Slot<UnaryFn>,
    /// `nb_*` binary operators in `NB_*` order.
    pub nb: [NbSlot; 14],
    /// `nb_inplace_*`.
    pub nb_inplace: [NbSlot; 14],
    /// `sq_concat` (`list + list`, tried after `nb_add`).
    pub sq_concat: Slot<BinFn>,
    /// `sq_repeat` (`list * n`, either side).
    pub sq_repeat: Slot<BinFn>,
    /// `sq_inplace_concat` (`list += iterable`).
    pub sq_inplace_concat: Slot<BinFn>,
    /// `sq_inplace_repeat`.
    pub sq_inplace_repeat: Slot<BinFn>,
    /// `tp_finalize` (`__del__`).
    pub del: Slot<UnaryFn>,
}

impl Default for Slots {
    fn default() -> Slots {
        Slots {
            repr: Slot::Absent,
            str: Slot::Absent,
            hash: Slot::Absent,
            bool: Slot::Absent,
            len: Slot::Absent,
            iter: Slot::Absent,
            next: Slot::Absent,
            getitem: Slot::Absent,
            setitem: Slot::Absent,
            contains: Slot::Absent,
            richcompare: Slot::Absent,
            call: Slot::Absent,
            init: Slot::Absent,
            new: Slot::Absent,
            getattro: Slot::Absent,
            setattro: Slot::Absent,
            descr_get: Slot::Absent,
            descr_set: Slot::Absent,
            neg: Slot::Absent,
            pos: Slot::Absent,
            invert: Slot::Absent,
            abs: Slot::Absent,
            int: Slot::Absent,
            float: Slot::Absent,
            index: Slot::Absent,
            nb: [NbSlot::Absent; 14],
            nb_inplace: [NbSlot::Absent; 14],
            sq_concat: Slot::Absent,
            sq_repeat: Slot::Absent,
            sq_inplace_concat: Slot::Absent,
            sq_inplace_repeat: Slot::Absent,
            del: Slot::Absent,
        }
    }
}

/// A slot's Rust function as a slot wrapper carries it (`int.__dict__['__add__']`).
#[derive(Clone, Copy, Debug)]
pub enum SlotFn {
    /// A unary slot under one dunder name.
    Unary(UnaryFn),
    /// `__hash__`.
    Hash(HashFn),
    /// `__bool__`.
    Bool(BoolFn),
    /// `__len__`.
    Len(LenFn),
    /// `__next__`.
    Next(NextFn),
    /// `__getitem__`.
    GetItem(BinFn),
    /// `__setitem__`.
    SetItem(SetItemFn),
    /// `__delitem__`.
    DelItem(SetItemFn),
    /// `__contains__`.
    Contains(ContainsFn),
    /// One rich comparison dunder.
    Compare(CompareFn, CompareOp),
    /// `__call__`.
    Call(CallFn),
    /// `__init__`.
    Init(CallFn),
    /// `__getattribute__`.
    GetAttr(GetAttrFn),
    /// `__setattr__`.
    SetAttr(SetAttrFn),
    /// `__delattr__`.
    DelAttr(SetAttrFn),
    /// `__get__`.
    DescrGet(DescrGetFn),
    /// `__set__`.
    DescrSet(DescrSetFn),
    /// `__delete__`.
    DescrDelete(DescrSetFn),
    /// `__op__` of a binary operator.
    Binary(BinFn, NbOp),
    /// `__rop__`: the same function with the operands swapped.
    RBinary(BinFn, NbOp),
    /// `__iop__`.
    InPlace(BinFn, NbOp),
    /// `__del__`.
    Del(UnaryFn),
    /// `__add__` of a sequence (`sq_concat`).
    SqConcat(BinFn),
    /// `__mul__`/`__rmul__` of a sequence (`sq_repeat`): the count is an index.
    SqRepeat(BinFn),
    /// `__iadd__` of a sequence (`sq_inplace_concat`).
    SqInplaceConcat(BinFn),
    /// `__imul__` of a sequence (`sq_inplace_repeat`).
    SqInplaceRepeat(BinFn),
}

/// A slot wrapper: a built-in type's dunder in its namespace.
#[derive(Debug)]
pub struct SlotWrapper {
    /// The dunder's name.
    pub name: &'static str,
    /// The built-in type that defines it.
    pub owner: ObjRef,
    /// The function.
    pub func: SlotFn,
}
