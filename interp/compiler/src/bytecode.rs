//! Decoding `co_code` into instructions as 3.11's `dis` does (`_unpack_opargs`): `EXTENDED_ARG`
//! prefixes folded into the argument, inline `CACHE` entries skipped, jump targets resolved.

use crate::opcode::{self, JumpKind, Opcode};

/// One decoded instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instruction {
    /// Byte offset of the instruction in `co_code`.
    pub offset: usize,
    /// The opcode byte (may be a number `opcode.opmap` lacks, in corrupt code).
    pub op: u8,
    /// The argument with preceding `EXTENDED_ARG`s folded in; None below `HAVE_ARGUMENT`.
    pub arg: Option<u32>,
}

impl Instruction {
    /// The opcode, if the byte is one.
    pub fn opcode(&self) -> Option<Opcode> {
        Opcode::from_u8(self.op)
    }

    /// The byte offset a jump goes to (`dis._get_jump_target`): relative to the end of the
    /// instruction's caches, backward jumps subtracting; None if not a jump.
    pub fn jump_target(&self) -> Option<usize> {
        let op = self.opcode()?;
        let arg = self.arg? as usize;
        let next = self.offset + 2 + 2 * usize::from(op.cache_entries());
        match op.jump_kind() {
            JumpKind::None => None,
            JumpKind::Forward => Some(next + 2 * arg),
            JumpKind::Backward => next.checked_sub(2 * arg),
            JumpKind::Absolute => Some(2 * arg),
        }
    }
}

/// The instructions of `code`, skipping each one's inline caches. Like `dis`, the argument of an
/// instruction after `EXTENDED_ARG`s is `(prefix << 8) | byte`, kept to 32 bits.
pub fn instructions(code: &[u8]) -> impl Iterator<Item = Instruction> + '_ {
    let mut extended: u32 = 0;
    let mut caches = 0usize;
    code.chunks_exact(2)
        .enumerate()
        .filter_map(move |(i, unit)| {
            if caches > 0 {
                caches -= 1;
                return None;
            }
            let op = unit[0];
            caches = Opcode::from_u8(op).map_or(0, |o| usize::from(o.cache_entries()));
            let arg = if op >= opcode::HAVE_ARGUMENT {
                let arg = extended | u32::from(unit[1]);
                extended = if op == opcode::EXTENDED_ARG {
                    arg << 8
                } else {
                    0
                };
                Some(arg)
            } else {
                extended = 0;
                None
            };
            Some(Instruction {
                offset: 2 * i,
                op,
                arg,
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extended_args_and_caches() {
        // EXTENDED_ARG 1; LOAD_CONST 2 -> arg 258; BINARY_SUBSCR + 4 caches; JUMP_BACKWARD 3.
        let code = [144, 1, 100, 2, 25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 140, 3];
        let ins: Vec<_> = instructions(&code).collect();
        assert_eq!(ins.len(), 4);
        assert_eq!(ins[1].arg, Some(258));
        assert_eq!(ins[2].arg, None);
        assert_eq!(ins[3].offset, 14);
        assert_eq!(ins[3].jump_target(), Some(10));
    }
}
