//! Structural pattern matching (PEP 634): `compiler_match`, the `pattern_context` with its
//! fail-pop blocks, and the `compiler_pattern` dispatch with the simple patterns (value,
//! singleton, capture/wildcard/`as`, star). Sequence, mapping, class and or-patterns live in
//! `pattern_helpers.rs`.
//!
//! As in `compile.c`, every pattern routine consumes the subject on top of the stack and jumps to
//! a fail-pop block when it does not match. `PatternContext::on_top` counts the items that must
//! stay on top of the stack (popped on failure); captured values are rotated underneath them and
//! only stored once the whole pattern has matched.

use krait_syntax::ast::{Constant, Expr, ExprContext, ExprKind, MatchCase, Pattern, PatternKind};
use krait_syntax::parser::ParseError;
use krait_syntax::pyrepr::repr_str;

use super::{CResult, Compiler};
use crate::ir::{BlockId, Op, Pseudo};
use crate::opcode::Opcode;
use crate::value::Value;

/// `COMPARE_OP`'s argument for `==` (`Py_EQ`, an index into `opcode.cmp_op`).
pub(super) const CMP_EQ: u32 = 2;
/// `COMPARE_OP`'s argument for `>=` (`Py_GE`).
pub(super) const CMP_GE: u32 = 5;

/// `pattern_context`: the state threaded through one `case` pattern.
#[derive(Debug, Default)]
pub(super) struct PatternContext<'a> {
    /// The names captured so far, in the order their values sit on the stack.
    pub stores: Vec<&'a str>,
    /// Whether an irrefutable pattern is allowed here.
    pub allow_irrefutable: bool,
    /// `fail_pop[i]` pops `i` items and falls through to `fail_pop[i - 1]`.
    pub fail_pop: Vec<BlockId>,
    /// The items on top of the stack that must stay there (captures go beneath them).
    pub on_top: usize,
}

/// `WILDCARD_CHECK`: an as-pattern without a name (`_`; only the name is looked at).
pub(super) fn is_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchAs { name: None, .. })
}

/// `WILDCARD_STAR_CHECK`: `*_`.
pub(super) fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar { name: None })
}

impl<'a> Compiler<'a> {
    /// `compiler_match` / `compiler_match_inner`.
    pub fn compile_match(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        self.visit_expr(subject)?;
        let end = self.new_block();
        let Some(last) = cases.last() else {
            return Err(super::system_error("match statement without cases"));
        };
        let has_default = is_wildcard(&last.pattern) && cases.len() > 1;
        let n = cases.len() - usize::from(has_default);
        let mut pc = PatternContext::default();
        for (i, m) in cases[..n].iter().enumerate() {
            self.set_loc(m.pattern.range);
            // Only copy the subject if this is not the last case compiled here.
            let not_last = i != n - 1;
            if not_last {
                self.emit(Opcode::COPY, 1)?;
            }
            // Irrefutable cases must be guarded, last, or both.
            pc.stores.clear();
            pc.allow_irrefutable = m.guard.is_some() || i == cases.len() - 1;
            pc.fail_pop.clear();
            pc.on_top = 0;
            self.compile_pattern(&m.pattern, &mut pc)?;
            // It's a match: store the captured names (their values are on the stack).
            for name in std::mem::take(&mut pc.stores) {
                self.nameop(name, ExprContext::Store)?;
            }
            if let Some(guard) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                self.jump_if(guard, pc.fail_pop[0], false)?;
            }
            if not_last {
                self.emit(Opcode::POP_TOP, 0)?;
            }
            self.visit_stmts(&m.body)?;
            self.unset_loc();
            self.jump_to(end)?;
            // A failed match's cleanup belongs to the pattern's line, not the body's last.
            self.set_loc(m.pattern.range);
            self.emit_and_reset_fail_pop(&mut pc)?;
        }
        if has_default {
            // A trailing `case _:` needs no copy of the subject; its NOP shows line coverage.
            self.set_loc(last.pattern.range);
            self.emit(Opcode::NOP, 0)?;
            if let Some(guard) = &last.guard {
                self.jump_if(guard, end, false)?;
            }
            self.visit_stmts(&last.body)?;
            self.unset_loc();
        }
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_pattern`: the pattern's location applies from here on (it is not restored).
    pub(super) fn compile_pattern(
        &mut self,
        p: &'a Pattern,
        pc: &mut PatternContext<'a>,
    ) -> CResult {
        self.set_loc(p.range);
        match &p.kind {
            PatternKind::MatchValue { value } => self.pattern_value(value, pc),
            PatternKind::MatchSingleton { value } => self.pattern_singleton(value, pc),
            PatternKind::MatchSequence { patterns } => self.pattern_sequence(patterns, pc),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(keys, patterns, rest.as_deref(), pc),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::MatchStar { name } => self.pattern_store_name(name.as_deref(), pc),
            PatternKind::MatchAs { pattern, name } => {
                self.pattern_as(pattern.as_deref(), name.as_deref(), pc)
            }
            PatternKind::MatchOr { patterns } => self.pattern_or(patterns, pc),
        }
    }

    /// `compiler_pattern_subpattern`: `compiler_pattern` with irrefutable patterns allowed.
    pub(super) fn pattern_subpattern(
        &mut self,
        p: &'a Pattern,
        pc: &mut PatternContext<'a>,
    ) -> CResult {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.compile_pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    /// `ensure_fail_pop`: fail-pop blocks up to `fail_pop[n]` exist.
    pub(super) fn ensure_fail_pop(&mut self, pc: &mut PatternContext<'a>, n: usize) {
        while pc.fail_pop.len() <= n {
            let b = self.new_block();
            pc.fail_pop.push(b);
        }
    }

    /// `jump_to_fail_pop`: jump with `op` to the block popping everything this pattern holds
    /// (the items on top and the values awaiting capture).
    pub(super) fn jump_to_fail_pop(
        &mut self,
        pc: &mut PatternContext<'a>,
        op: impl Into<Op>,
    ) -> CResult {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.jump(op, pc.fail_pop[pops])
    }

    /// `emit_and_reset_fail_pop`: lay out the fail-pop blocks, each popping one item and
    /// falling through to the next, and forget them.
    pub(super) fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext<'a>) -> CResult {
        let blocks = std::mem::take(&mut pc.fail_pop);
        let Some((&first, rest)) = blocks.split_first() else {
            return Ok(());
        };
        for &b in rest.iter().rev() {
            self.use_next_block(b);
            self.emit(Opcode::POP_TOP, 0)?;
        }
        self.use_next_block(first);
        Ok(())
    }

    /// `compiler_error_duplicate_store`.
    pub(super) fn duplicate_store_error(&self, name: &str) -> ParseError {
        self.error(format!(
            "multiple assignments to name {} in pattern",
            repr_str(name)
        ))
    }

    /// `pattern_helper_rotate`: 3.10's `ROT_N` as a run of `SWAP`s.
    pub(super) fn pattern_rotate(&mut self, count: usize) -> CResult {
        for n in (2..=count).rev() {
            self.emit(Opcode::SWAP, n as u32)?;
        }
        Ok(())
    }

    /// `pattern_helper_store_name`: capture the subject as `name` (or pop it for `_`), rotating
    /// it beneath the items that must stay on top.
    pub(super) fn pattern_store_name(
        &mut self,
        name: Option<&'a str>,
        pc: &mut PatternContext<'a>,
    ) -> CResult {
        let Some(name) = name else {
            return self.emit(Opcode::POP_TOP, 0);
        };
        self.forbidden_name(name, ExprContext::Store)?;
        if pc.stores.contains(&name) {
            return Err(self.duplicate_store_error(name));
        }
        self.pattern_rotate(pc.on_top + pc.stores.len() + 1)?;
        pc.stores.push(name);
        Ok(())
    }

    /// `compiler_pattern_as`: a capture, the wildcard, or `pattern as name`.
    fn pattern_as(
        &mut self,
        pattern: Option<&'a Pattern>,
        name: Option<&'a str>,
        pc: &mut PatternContext<'a>,
    ) -> CResult {
        let Some(pattern) = pattern else {
            // An irrefutable match.
            if !pc.allow_irrefutable {
                return Err(self.error(match name {
                    Some(name) => format!(
                        "name capture {} makes remaining patterns unreachable",
                        repr_str(name)
                    ),
                    None => "wildcard makes remaining patterns unreachable".to_owned(),
                }));
            }
            return self.pattern_store_name(name, pc);
        };
        // Keep a copy of the subject to store on success.
        pc.on_top += 1;
        self.emit(Opcode::COPY, 1)?;
        self.compile_pattern(pattern, pc)?;
        pc.on_top -= 1;
        self.pattern_store_name(name, pc)
    }

    /// `compiler_pattern_value`: `subject == value` for a literal or dotted name.
    fn pattern_value(&mut self, value: &'a Expr, pc: &mut PatternContext<'a>) -> CResult {
        // `MATCH_VALUE_EXPR`: whatever the parser let through, only these are compiled.
        if !matches!(
            value.kind,
            ExprKind::Constant { .. } | ExprKind::Attribute { .. }
        ) {
            return Err(self.error("patterns may only match literals and attribute lookups"));
        }
        self.visit_expr(value)?;
        self.emit(Opcode::COMPARE_OP, CMP_EQ)?;
        self.jump_to_fail_pop(pc, Pseudo::PopJumpIfFalse)
    }

    /// `compiler_pattern_singleton`: `subject is None/True/False`.
    fn pattern_singleton(&mut self, value: &Constant, pc: &mut PatternContext<'a>) -> CResult {
        self.load_ast_const(value)?;
        self.emit(Opcode::IS_OP, 0)?;
        self.jump_to_fail_pop(pc, Pseudo::PopJumpIfFalse)
    }

    /// `ADDOP_LOAD_CONST_NEW(c, PyLong_FromSsize_t(n))`.
    pub(super) fn load_int(&mut self, n: usize) -> CResult {
        self.load_const(Value::int(n))
    }
}
