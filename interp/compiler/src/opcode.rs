//! The CPython 3.11 opcode table: one declarative macro listing every opcode of `Lib/opcode.py`
//! (number, inline cache entries, jump kind, operand class, stack effect), from which the
//! `Opcode` enum and its queries are generated; plus `BINARY_OP`'s and `COMPARE_OP`'s operands.

use std::fmt;

/// Opcodes numbered at or above this take an argument (`opcode.HAVE_ARGUMENT`).
pub const HAVE_ARGUMENT: u8 = 90;
/// `opcode.EXTENDED_ARG`: prefixes another instruction with 8 more bits of argument.
pub const EXTENDED_ARG: u8 = 144;

/// How an instruction's argument names a jump target. 3.11 only has relative jumps (`hasjabs` is
/// empty); the argument counts code units after the instruction and its caches, forward or back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JumpKind {
    /// Not a jump.
    None,
    /// Relative, forward (`hasjrel`).
    Forward,
    /// Relative, backward (`hasjrel`; the argument is subtracted).
    Backward,
    /// Absolute (`hasjabs`); unused by 3.11 but kept so the table can say so.
    Absolute,
}

/// What an instruction's argument indexes, as `opcode.has*` lists classify it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArgKind {
    /// No argument or a plain number (counts, flags, `BINARY_OP`'s operator, jump offsets).
    Plain,
    /// `hasconst`: an index into `co_consts`.
    Const,
    /// `hasname`: an index into `co_names` (`LOAD_GLOBAL` shifts it left by one, and
    /// `LOAD_ATTR`/`LOAD_METHOD` do not, in 3.11).
    Name,
    /// `haslocal`: an index into the fast locals.
    Local,
    /// `hasfree`: an index into localsplus (cells and free variables).
    Free,
    /// `hascompare`: an index into `cmp_op`.
    Compare,
}

/// The stack effect of one instruction, as `Python/compile.c`'s `stack_effect` computes it:
/// given the argument and whether the jump is taken.
type EffectFn = fn(oparg: i32, jump: bool) -> i32;

/// One row of the table.
#[derive(Clone, Copy, Debug)]
pub struct OpInfo {
    /// The name, as in `opcode.opname`.
    pub name: &'static str,
    /// The number, as in `opcode.opmap`.
    pub number: u8,
    /// `opcode._inline_cache_entries`: `CACHE` code units following the instruction.
    pub cache_entries: u8,
    /// Jump kind (`hasjrel`/`hasjabs`, with the direction of relative jumps).
    pub jump: JumpKind,
    /// Operand class (`hasconst`, `hasname`, ...).
    pub arg: ArgKind,
    effect: EffectFn,
}

macro_rules! opcodes {
    ($( $name:ident = $num:literal, cache $cache:literal, $jump:ident, $arg:ident,
        |$oparg:pat_param, $j:pat_param| $effect:expr; )*) => {
        /// Every opcode of CPython 3.11's `opcode.opmap` (specialised instructions excluded).
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Opcode {
            $( #[doc = stringify!($name)] $name = $num, )*
        }

        /// The table rows, in numeric order.
        pub const OPCODES: &[OpInfo] = &[
            $( OpInfo {
                name: stringify!($name),
                number: $num,
                cache_entries: $cache,
                jump: JumpKind::$jump,
                arg: ArgKind::$arg,
                effect: |$oparg: i32, $j: bool| -> i32 { $effect },
            }, )*
        ];

        impl Opcode {
            /// The opcode numbered `n`, if `opcode.opmap` has one (specialised numbers give None).
            pub const fn from_u8(n: u8) -> Option<Opcode> {
                match n {
                    $( $num => Some(Opcode::$name), )*
                    _ => None,
                }
            }

            /// This opcode's row of the table.
            pub fn info(self) -> &'static OpInfo {
                &OPCODES[ROW_OF[self as usize] as usize]
            }
        }
    };
}

// The table. Stack effects follow `stack_effect()` in 3.11's `Python/compile.c`; `j` is true when
// the jump is taken. Relative jump directions follow the names (3.11 split each conditional jump
// into FORWARD and BACKWARD forms because arguments are unsigned).
opcodes! {
    CACHE = 0, cache 0, None, Plain, |_, _| 0;
    POP_TOP = 1, cache 0, None, Plain, |_, _| -1;
    PUSH_NULL = 2, cache 0, None, Plain, |_, _| 1;
    NOP = 9, cache 0, None, Plain, |_, _| 0;
    UNARY_POSITIVE = 10, cache 0, None, Plain, |_, _| 0;
    UNARY_NEGATIVE = 11, cache 0, None, Plain, |_, _| 0;
    UNARY_NOT = 12, cache 0, None, Plain, |_, _| 0;
    UNARY_INVERT = 15, cache 0, None, Plain, |_, _| 0;
    BINARY_SUBSCR = 25, cache 4, None, Plain, |_, _| -1;
    GET_LEN = 30, cache 0, None, Plain, |_, _| 1;
    MATCH_MAPPING = 31, cache 0, None, Plain, |_, _| 1;
    MATCH_SEQUENCE = 32, cache 0, None, Plain, |_, _| 1;
    MATCH_KEYS = 33, cache 0, None, Plain, |_, _| 1;
    PUSH_EXC_INFO = 35, cache 0, None, Plain, |_, _| 1;
    CHECK_EXC_MATCH = 36, cache 0, None, Plain, |_, _| 0;
    CHECK_EG_MATCH = 37, cache 0, None, Plain, |_, _| 0;
    WITH_EXCEPT_START = 49, cache 0, None, Plain, |_, _| 1;
    GET_AITER = 50, cache 0, None, Plain, |_, _| 0;
    GET_ANEXT = 51, cache 0, None, Plain, |_, _| 1;
    BEFORE_ASYNC_WITH = 52, cache 0, None, Plain, |_, _| 1;
    BEFORE_WITH = 53, cache 0, None, Plain, |_, _| 1;
    END_ASYNC_FOR = 54, cache 0, None, Plain, |_, _| -2;
    STORE_SUBSCR = 60, cache 1, None, Plain, |_, _| -3;
    DELETE_SUBSCR = 61, cache 0, None, Plain, |_, _| -2;
    GET_ITER = 68, cache 0, None, Plain, |_, _| 0;
    GET_YIELD_FROM_ITER = 69, cache 0, None, Plain, |_, _| 0;
    PRINT_EXPR = 70, cache 0, None, Plain, |_, _| -1;
    LOAD_BUILD_CLASS = 71, cache 0, None, Plain, |_, _| 1;
    LOAD_ASSERTION_ERROR = 74, cache 0, None, Plain, |_, _| 1;
    RETURN_GENERATOR = 75, cache 0, None, Plain, |_, _| 0;
    LIST_TO_TUPLE = 82, cache 0, None, Plain, |_, _| 0;
    RETURN_VALUE = 83, cache 0, None, Plain, |_, _| -1;
    IMPORT_STAR = 84, cache 0, None, Plain, |_, _| -1;
    SETUP_ANNOTATIONS = 85, cache 0, None, Plain, |_, _| 0;
    YIELD_VALUE = 86, cache 0, None, Plain, |_, _| 0;
    ASYNC_GEN_WRAP = 87, cache 0, None, Plain, |_, _| 0;
    PREP_RERAISE_STAR = 88, cache 0, None, Plain, |_, _| -1;
    POP_EXCEPT = 89, cache 0, None, Plain, |_, _| -1;
    STORE_NAME = 90, cache 0, None, Name, |_, _| -1;
    DELETE_NAME = 91, cache 0, None, Name, |_, _| 0;
    UNPACK_SEQUENCE = 92, cache 1, None, Plain, |n, _| n - 1;
    // Pushes the iterator's next value, or pops the exhausted iterator and jumps.
    FOR_ITER = 93, cache 0, Forward, Plain, |_, j| if j { -1 } else { 1 };
    // The low byte counts targets before the starred one, the high byte those after it.
    UNPACK_EX = 94, cache 0, None, Plain, |n, _| (n & 0xFF) + (n >> 8);
    STORE_ATTR = 95, cache 4, None, Name, |_, _| -2;
    DELETE_ATTR = 96, cache 0, None, Name, |_, _| -1;
    STORE_GLOBAL = 97, cache 0, None, Name, |_, _| -1;
    DELETE_GLOBAL = 98, cache 0, None, Name, |_, _| 0;
    SWAP = 99, cache 0, None, Plain, |_, _| 0;
    LOAD_CONST = 100, cache 0, None, Const, |_, _| 1;
    LOAD_NAME = 101, cache 0, None, Name, |_, _| 1;
    BUILD_TUPLE = 102, cache 0, None, Plain, |n, _| 1 - n;
    BUILD_LIST = 103, cache 0, None, Plain, |n, _| 1 - n;
    BUILD_SET = 104, cache 0, None, Plain, |n, _| 1 - n;
    BUILD_MAP = 105, cache 0, None, Plain, |n, _| 1 - 2 * n;
    LOAD_ATTR = 106, cache 4, None, Name, |_, _| 0;
    COMPARE_OP = 107, cache 2, None, Compare, |_, _| -1;
    IMPORT_NAME = 108, cache 0, None, Name, |_, _| -1;
    IMPORT_FROM = 109, cache 0, None, Name, |_, _| 1;
    JUMP_FORWARD = 110, cache 0, Forward, Plain, |_, _| 0;
    // Keeps the condition when jumping, pops it when falling through.
    JUMP_IF_FALSE_OR_POP = 111, cache 0, Forward, Plain, |_, j| if j { 0 } else { -1 };
    JUMP_IF_TRUE_OR_POP = 112, cache 0, Forward, Plain, |_, j| if j { 0 } else { -1 };
    POP_JUMP_FORWARD_IF_FALSE = 114, cache 0, Forward, Plain, |_, _| -1;
    POP_JUMP_FORWARD_IF_TRUE = 115, cache 0, Forward, Plain, |_, _| -1;
    // The low bit of the argument asks for a NULL pushed before the global.
    LOAD_GLOBAL = 116, cache 5, None, Name, |n, _| (n & 1) + 1;
    IS_OP = 117, cache 0, None, Plain, |_, _| -1;
    CONTAINS_OP = 118, cache 0, None, Plain, |_, _| -1;
    RERAISE = 119, cache 0, None, Plain, |_, _| -1;
    COPY = 120, cache 0, None, Plain, |_, _| 1;
    BINARY_OP = 122, cache 1, None, Plain, |_, _| -1;
    // Pops the sent value and jumps when the sub-iterator returns.
    SEND = 123, cache 0, Forward, Plain, |_, j| if j { -1 } else { 0 };
    LOAD_FAST = 124, cache 0, None, Local, |_, _| 1;
    STORE_FAST = 125, cache 0, None, Local, |_, _| -1;
    DELETE_FAST = 126, cache 0, None, Local, |_, _| 0;
    POP_JUMP_FORWARD_IF_NOT_NONE = 128, cache 0, Forward, Plain, |_, _| -1;
    POP_JUMP_FORWARD_IF_NONE = 129, cache 0, Forward, Plain, |_, _| -1;
    RAISE_VARARGS = 130, cache 0, None, Plain, |n, _| -n;
    GET_AWAITABLE = 131, cache 0, None, Plain, |_, _| 0;
    // One value popped per flag: defaults, kw-defaults, annotations, closure.
    MAKE_FUNCTION = 132, cache 0, None, Plain, |n, _| -((n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1));
    BUILD_SLICE = 133, cache 0, None, Plain, |n, _| if n == 3 { -2 } else { -1 };
    JUMP_BACKWARD_NO_INTERRUPT = 134, cache 0, Backward, Plain, |_, _| 0;
    MAKE_CELL = 135, cache 0, None, Free, |_, _| 0;
    LOAD_CLOSURE = 136, cache 0, None, Free, |_, _| 1;
    LOAD_DEREF = 137, cache 0, None, Free, |_, _| 1;
    STORE_DEREF = 138, cache 0, None, Free, |_, _| -1;
    DELETE_DEREF = 139, cache 0, None, Free, |_, _| 0;
    JUMP_BACKWARD = 140, cache 0, Backward, Plain, |_, _| 0;
    CALL_FUNCTION_EX = 142, cache 0, None, Plain, |n, _| -2 - (n & 1);
    EXTENDED_ARG = 144, cache 0, None, Plain, |_, _| 0;
    LIST_APPEND = 145, cache 0, None, Plain, |_, _| -1;
    SET_ADD = 146, cache 0, None, Plain, |_, _| -1;
    MAP_ADD = 147, cache 0, None, Plain, |_, _| -2;
    LOAD_CLASSDEREF = 148, cache 0, None, Free, |_, _| 1;
    COPY_FREE_VARS = 149, cache 0, None, Plain, |_, _| 0;
    RESUME = 151, cache 0, None, Plain, |_, _| 0;
    MATCH_CLASS = 152, cache 0, None, Plain, |_, _| -2;
    // FVS_HAVE_SPEC (0x4): a format spec is on the stack too.
    FORMAT_VALUE = 155, cache 0, None, Plain, |n, _| if n & 0x4 == 0x4 { -1 } else { 0 };
    BUILD_CONST_KEY_MAP = 156, cache 0, None, Plain, |n, _| -n;
    BUILD_STRING = 157, cache 0, None, Plain, |n, _| 1 - n;
    LOAD_METHOD = 160, cache 10, None, Name, |_, _| 1;
    LIST_EXTEND = 162, cache 0, None, Plain, |_, _| -1;
    SET_UPDATE = 163, cache 0, None, Plain, |_, _| -1;
    DICT_MERGE = 164, cache 0, None, Plain, |_, _| -1;
    DICT_UPDATE = 165, cache 0, None, Plain, |_, _| -1;
    PRECALL = 166, cache 1, None, Plain, |n, _| -n;
    CALL = 171, cache 4, None, Plain, |_, _| -1;
    KW_NAMES = 172, cache 0, None, Const, |_, _| 0;
    POP_JUMP_BACKWARD_IF_NOT_NONE = 173, cache 0, Backward, Plain, |_, _| -1;
    POP_JUMP_BACKWARD_IF_NONE = 174, cache 0, Backward, Plain, |_, _| -1;
    POP_JUMP_BACKWARD_IF_FALSE = 175, cache 0, Backward, Plain, |_, _| -1;
    POP_JUMP_BACKWARD_IF_TRUE = 176, cache 0, Backward, Plain, |_, _| -1;
}

/// Row index in `OPCODES` of each opcode number (unused numbers map to 0 and never get asked).
const ROW_OF: [u8; 256] = {
    let mut rows = [0u8; 256];
    let mut i = 0;
    while i < OPCODES.len() {
        rows[OPCODES[i].number as usize] = i as u8;
        i += 1;
    }
    rows
};

impl Opcode {
    /// The name, as `opcode.opname[n]` gives it.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// The number, as `opcode.opmap[name]` gives it.
    pub const fn number(self) -> u8 {
        self as u8
    }

    /// The opcode called `name` in `opcode.opmap`.
    pub fn from_name(name: &str) -> Option<Opcode> {
        OPCODES
            .iter()
            .find(|row| row.name == name)
            .and_then(|row| Opcode::from_u8(row.number))
    }

    /// `opcode._inline_cache_entries[n]`: how many `CACHE` code units follow the instruction.
    pub fn cache_entries(self) -> u8 {
        self.info().cache_entries
    }

    /// Whether the instruction's argument means something (`n >= HAVE_ARGUMENT`). Every
    /// instruction still occupies a full code unit; the argument byte of the others is zero.
    pub const fn has_arg(self) -> bool {
        self as u8 >= HAVE_ARGUMENT
    }

    /// The jump kind.
    pub fn jump_kind(self) -> JumpKind {
        self.info().jump
    }

    /// `hasjrel`: a relative jump, in either direction.
    pub fn has_jrel(self) -> bool {
        matches!(self.info().jump, JumpKind::Forward | JumpKind::Backward)
    }

    /// `hasjabs`: an absolute jump (none in 3.11).
    pub fn has_jabs(self) -> bool {
        matches!(self.info().jump, JumpKind::Absolute)
    }

    /// The operand class.
    pub fn arg_kind(self) -> ArgKind {
        self.info().arg
    }

    /// The stack effect for `oparg`: `jump` Some(true) when the jump is taken, Some(false) when
    /// not, None for the larger of the two (what `dis.stack_effect(..., jump=None)` reports and
    /// what `co_stacksize` must allow for).
    pub fn stack_effect(self, oparg: i32, jump: Option<bool>) -> i32 {
        let effect = self.info().effect;
        match jump {
            Some(taken) => effect(oparg, taken),
            None => effect(oparg, false).max(effect(oparg, true)),
        }
    }
}

impl fmt::Display for Opcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why `dis.stack_effect` would raise `ValueError` (its messages, from `Modules/_opcode.c`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StackEffectError {
    /// "stack_effect: opcode requires oparg but oparg was not specified"
    MissingOparg,
    /// "stack_effect: opcode does not permit oparg but oparg was specified"
    UnexpectedOparg,
    /// "invalid opcode or oparg"
    InvalidOpcode,
}

impl fmt::Display for StackEffectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            StackEffectError::MissingOparg => {
                "stack_effect: opcode requires oparg but oparg was not specified"
            }
            StackEffectError::UnexpectedOparg => {
                "stack_effect: opcode does not permit oparg but oparg was specified"
            }
            StackEffectError::InvalidOpcode => "invalid opcode or oparg",
        })
    }
}

/// `dis.stack_effect(opcode, oparg, jump=jump)` over raw numbers, with its argument checks: the
/// argument is required exactly when `opcode >= HAVE_ARGUMENT` (checked before the opcode is
/// known to exist, as `_opcode.c` does), and numbers outside `opmap` are invalid.
pub fn stack_effect(
    opcode: u8,
    oparg: Option<i32>,
    jump: Option<bool>,
) -> Result<i32, StackEffectError> {
    let oparg = match (opcode >= HAVE_ARGUMENT, oparg) {
        (true, None) => return Err(StackEffectError::MissingOparg),
        (false, Some(_)) => return Err(StackEffectError::UnexpectedOparg),
        (_, arg) => arg.unwrap_or(0),
    };
    let op = Opcode::from_u8(opcode).ok_or(StackEffectError::InvalidOpcode)?;
    Ok(op.stack_effect(oparg, jump))
}

/// `opcode.opname`: the name of every number 0..=255, `<n>` where there is no opcode.
pub fn opname(n: u8) -> String {
    match Opcode::from_u8(n) {
        Some(op) => op.name().to_owned(),
        None => format!("<{n}>"),
    }
}

/// `opcode.cmp_op`: `COMPARE_OP`'s argument indexes this.
pub const CMP_OP: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// `opcode._nb_ops`: `BINARY_OP`'s argument indexes this (`NB_*` name, operator as `dis`
/// shows it). The in-place forms are the plain ones plus 13.
pub const NB_OPS: [(&str, &str); 26] = [
    ("NB_ADD", "+"),
    ("NB_AND", "&"),
    ("NB_FLOOR_DIVIDE", "//"),
    ("NB_LSHIFT", "<<"),
    ("NB_MATRIX_MULTIPLY", "@"),
    ("NB_MULTIPLY", "*"),
    ("NB_REMAINDER", "%"),
    ("NB_OR", "|"),
    ("NB_POWER", "**"),
    ("NB_RSHIFT", ">>"),
    ("NB_SUBTRACT", "-"),
    ("NB_TRUE_DIVIDE", "/"),
    ("NB_XOR", "^"),
    ("NB_INPLACE_ADD", "+="),
    ("NB_INPLACE_AND", "&="),
    ("NB_INPLACE_FLOOR_DIVIDE", "//="),
    ("NB_INPLACE_LSHIFT", "<<="),
    ("NB_INPLACE_MATRIX_MULTIPLY", "@="),
    ("NB_INPLACE_MULTIPLY", "*="),
    ("NB_INPLACE_REMAINDER", "%="),
    ("NB_INPLACE_OR", "|="),
    ("NB_INPLACE_POWER", "**="),
    ("NB_INPLACE_RSHIFT", ">>="),
    ("NB_INPLACE_SUBTRACT", "-="),
    ("NB_INPLACE_TRUE_DIVIDE", "/="),
    ("NB_INPLACE_XOR", "^="),
];

/// Offset between a `NB_*` operator and its in-place form in `NB_OPS`.
pub const NB_INPLACE_OFFSET: u8 = 13;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        for (i, row) in OPCODES.iter().enumerate() {
            let op = Opcode::from_u8(row.number).expect("row number maps back");
            assert_eq!(op.name(), row.name);
            assert_eq!(Opcode::from_name(row.name), Some(op));
            if i > 0 {
                assert!(OPCODES[i - 1].number < row.number, "rows in numeric order");
            }
            if op.jump_kind() != JumpKind::None {
                assert!(op.has_arg(), "{op} jumps so it has an argument");
            }
        }
        assert_eq!(OPCODES.len(), 110);
    }

    #[test]
    fn effects() {
        assert_eq!(stack_effect(93, Some(0), None), Ok(1));
        assert_eq!(stack_effect(93, Some(0), Some(true)), Ok(-1));
        assert_eq!(
            stack_effect(1, Some(0), None),
            Err(StackEffectError::UnexpectedOparg)
        );
        assert_eq!(
            stack_effect(3, None, None),
            Err(StackEffectError::InvalidOpcode)
        );
        assert_eq!(
            stack_effect(113, None, None),
            Err(StackEffectError::MissingOparg)
        );
        assert_eq!(Opcode::MAKE_FUNCTION.stack_effect(0xF, None), -4);
    }
}
