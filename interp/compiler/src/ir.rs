//! The compiler's intermediate form between code generation and the assembler: instructions
//! (real opcodes or `compile.c`'s virtual ones), basic blocks and the control-flow graph, shaped
//! like CPython 3.11's `struct instr` and `basicblock` so that its passes can be followed step by
//! step.

use crate::opcode::{JumpKind, Opcode};

/// Index of a block in [`Cfg::blocks`].
pub type BlockId = usize;

/// `compile.c`'s virtual opcodes (negative numbers there): they exist only between code generation
/// and the assembler, which turns block pushes into the exception table and the generic jumps into
/// their forward/backward forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pseudo {
    /// `SETUP_FINALLY`: push a handler block (try/except, try/finally).
    SetupFinally,
    /// `SETUP_CLEANUP`: push a cleanup handler that also preserves `lasti`.
    SetupCleanup,
    /// `SETUP_WITH`: push the handler of a `with` body.
    SetupWith,
    /// `POP_BLOCK`: pop the innermost handler.
    PopBlock,
    /// `JUMP`: unconditional jump, forward or backward.
    Jump,
    /// `JUMP_NO_INTERRUPT`: unconditional jump that does not check for interrupts when backward.
    JumpNoInterrupt,
    /// `POP_JUMP_IF_FALSE`, direction chosen by the assembler.
    PopJumpIfFalse,
    /// `POP_JUMP_IF_TRUE`.
    PopJumpIfTrue,
    /// `POP_JUMP_IF_NONE`.
    PopJumpIfNone,
    /// `POP_JUMP_IF_NOT_NONE`.
    PopJumpIfNotNone,
}

impl Pseudo {
    /// The stack effect as `compile.c`'s `stack_effect` gives it (`jump`: the branch is taken).
    pub fn stack_effect(self, jump: bool) -> i32 {
        match self {
            Pseudo::SetupFinally | Pseudo::SetupWith => i32::from(jump),
            Pseudo::SetupCleanup => {
                if jump {
                    2
                } else {
                    0
                }
            }
            Pseudo::PopBlock | Pseudo::Jump | Pseudo::JumpNoInterrupt => 0,
            Pseudo::PopJumpIfFalse
            | Pseudo::PopJumpIfTrue
            | Pseudo::PopJumpIfNone
            | Pseudo::PopJumpIfNotNone => -1,
        }
    }

    /// The name `compile.c` gives it.
    pub fn name(self) -> &'static str {
        match self {
            Pseudo::SetupFinally => "SETUP_FINALLY",
            Pseudo::SetupCleanup => "SETUP_CLEANUP",
            Pseudo::SetupWith => "SETUP_WITH",
            Pseudo::PopBlock => "POP_BLOCK",
            Pseudo::Jump => "JUMP",
            Pseudo::JumpNoInterrupt => "JUMP_NO_INTERRUPT",
            Pseudo::PopJumpIfFalse => "POP_JUMP_IF_FALSE",
            Pseudo::PopJumpIfTrue => "POP_JUMP_IF_TRUE",
            Pseudo::PopJumpIfNone => "POP_JUMP_IF_NONE",
            Pseudo::PopJumpIfNotNone => "POP_JUMP_IF_NOT_NONE",
        }
    }
}

/// An instruction's operation: a real opcode or a virtual one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    /// An opcode of `opcode.opmap`.
    Real(Opcode),
    /// A virtual opcode of `compile.c`.
    Pseudo(Pseudo),
}

impl Op {
    /// Whether this is the real opcode `op`.
    pub fn is(self, op: Opcode) -> bool {
        self == Op::Real(op)
    }

    /// `is_jump`: a virtual jump (`JUMP`, `JUMP_NO_INTERRUPT`, `POP_JUMP_IF_*`) or a real jump
    /// opcode. Block pushes are not jumps to `compile.c` (they do not end a basic block); ask
    /// [`Op::is_block_push`] for those.
    pub fn is_jump(self) -> bool {
        match self {
            Op::Pseudo(p) => !matches!(
                p,
                Pseudo::PopBlock | Pseudo::SetupFinally | Pseudo::SetupCleanup | Pseudo::SetupWith
            ),
            Op::Real(op) => op.jump_kind() != JumpKind::None,
        }
    }

    /// The real opcode, if this is one.
    pub fn real(self) -> Option<Opcode> {
        match self {
            Op::Real(op) => Some(op),
            Op::Pseudo(_) => None,
        }
    }

    /// `HAS_CONST`: the argument indexes `co_consts` (`LOAD_CONST`, `KW_NAMES`).
    pub fn has_const(self) -> bool {
        matches!(self, Op::Real(Opcode::LOAD_CONST | Opcode::KW_NAMES))
    }

    /// `is_block_push`: `SETUP_FINALLY`, `SETUP_WITH` or `SETUP_CLEANUP`.
    pub fn is_block_push(self) -> bool {
        matches!(
            self,
            Op::Pseudo(Pseudo::SetupFinally | Pseudo::SetupWith | Pseudo::SetupCleanup)
        )
    }

    /// Whether the operation carries an argument (`HAS_ARG`; virtual opcodes count as having one).
    pub fn has_arg(self) -> bool {
        match self {
            Op::Pseudo(_) => true,
            Op::Real(op) => op.has_arg(),
        }
    }

    /// `compile.c`'s `stack_effect(opcode, oparg, jump)`.
    pub fn stack_effect(self, arg: i32, jump: bool) -> i32 {
        match self {
            Op::Pseudo(p) => p.stack_effect(jump),
            Op::Real(op) => op.stack_effect(arg, Some(jump)),
        }
    }

    /// The name, as `dis` or `compile.c` spells it.
    pub fn name(self) -> &'static str {
        match self {
            Op::Pseudo(p) => p.name(),
            Op::Real(op) => op.name(),
        }
    }
}

impl From<Opcode> for Op {
    fn from(op: Opcode) -> Op {
        Op::Real(op)
    }
}

impl From<Pseudo> for Op {
    fn from(p: Pseudo) -> Op {
        Op::Pseudo(p)
    }
}

/// An instruction's source location, `compile.c`'s four `i_*` fields. `lineno == -1` marks an
/// artificial instruction; CPython uses two spellings of "no location" (`UNSET_LOC` sets all four
/// fields to -1, the `*_noline` helpers set the line to -1 and the rest to 0), kept apart here
/// because the line table encodes whatever the fields hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Loc {
    /// First line, or -1.
    pub lineno: i32,
    /// Last line.
    pub end_lineno: i32,
    /// Start column (UTF-8 byte offset), or -1.
    pub col_offset: i32,
    /// End column, or -1.
    pub end_col_offset: i32,
}

impl Loc {
    /// `UNSET_LOC`: every field -1.
    pub const UNSET: Loc = Loc {
        lineno: -1,
        end_lineno: -1,
        col_offset: -1,
        end_col_offset: -1,
    };

    /// What `compiler_addop_noline` and friends record: line -1, the rest 0.
    pub const NOLINE: Loc = Loc {
        lineno: -1,
        end_lineno: 0,
        col_offset: 0,
        end_col_offset: 0,
    };

    /// The location of an AST node (`SET_LOC`).
    pub fn of(range: krait_syntax::ast::Range) -> Loc {
        Loc {
            lineno: range.lineno as i32,
            end_lineno: range.end_lineno as i32,
            col_offset: range.col_offset as i32,
            end_col_offset: range.end_col_offset as i32,
        }
    }
}

/// `struct instr`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    /// The operation.
    pub op: Op,
    /// The argument (0 when the operation takes none; for jumps the assembler computes it).
    pub arg: u32,
    /// The jump target (jumps and block pushes).
    pub target: Option<BlockId>,
    /// The handler in effect, computed by the assembler (`label_exception_targets`).
    pub except: Option<BlockId>,
    /// The source location.
    pub loc: Loc,
}

impl Instr {
    /// An instruction without target.
    pub fn new(op: impl Into<Op>, arg: u32, loc: Loc) -> Instr {
        Instr {
            op: op.into(),
            arg,
            target: None,
            except: None,
            loc,
        }
    }

    /// `is_end_of_basic_block`: a jump, `RETURN_VALUE`, `RAISE_VARARGS` or `RERAISE`.
    pub fn ends_block(&self) -> bool {
        self.op.is_jump()
            || matches!(
                self.op,
                Op::Real(Opcode::RETURN_VALUE | Opcode::RAISE_VARARGS | Opcode::RERAISE)
            )
    }
}

/// `basicblock`. Blocks live in [`Cfg::blocks`] in allocation order; CPython's `b_list` (newest
/// first) is that vector walked backwards, and `next` is `b_next`, the fall-through/layout order.
#[derive(Clone, Debug, Default)]
pub struct BasicBlock {
    /// `b_instr[0..b_iused]`.
    pub instrs: Vec<Instr>,
    /// `b_next`: the block that follows in layout order (and that control falls into).
    pub next: Option<BlockId>,
    /// `b_predecessors`.
    pub predecessors: i32,
    /// `b_startdepth` (`i32::MIN` until `stackdepth` reaches the block, as in CPython).
    pub start_depth: i32,
    /// `b_offset`, in code units.
    pub offset: i32,
    /// `b_nofallthrough`.
    pub nofallthrough: bool,
    /// `b_preserve_lasti`.
    pub preserve_lasti: bool,
    /// `b_visited`.
    pub visited: bool,
    /// `b_exit`.
    pub exit: bool,
    /// `b_return`: a `RETURN_VALUE` was added to the block by code generation.
    pub ret: bool,
}

/// A code object's control-flow graph as code generation leaves it: the blocks in allocation
/// order (block 0 is the entry block), linked by `next`.
#[derive(Clone, Debug, Default)]
pub struct Cfg {
    /// All blocks, in allocation order.
    pub blocks: Vec<BasicBlock>,
}

impl Cfg {
    /// `compiler_new_block`: a new, empty, unlinked block.
    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(BasicBlock {
            start_depth: i32::MIN,
            ..BasicBlock::default()
        });
        self.blocks.len() - 1
    }

    /// The blocks in layout order (following `next` from the entry block).
    pub fn layout(&self) -> Vec<BlockId> {
        let mut out = Vec::new();
        let mut b = if self.blocks.is_empty() {
            None
        } else {
            Some(0)
        };
        while let Some(id) = b {
            out.push(id);
            b = self.blocks[id].next;
        }
        out
    }
}
