//! The compound patterns of `match` (PEP 634): sequences (`pattern_helper_sequence_unpack` and
//! `pattern_helper_sequence_subscr`), mappings with `**rest`, class patterns with their keyword
//! attributes, and or-patterns with the reconciliation of their alternatives' captures, as
//! `compile.c`'s `compiler_pattern_*` generate them.

use krait_syntax::ast::{Expr, ExprContext, ExprKind, Operator, Pattern, PatternKind};

use num_bigint::BigInt;

use super::pattern::{CMP_EQ, CMP_GE, PatternContext, is_star_wildcard, is_wildcard};
use super::{CResult, Compiler};
use crate::ir::Pseudo;
use crate::opcode::Opcode;
use crate::value::Value;

impl<'a> Compiler<'a> {
    /// `compiler_pattern_sequence`: `MATCH_SEQUENCE`, a length check, then the items.
    pub(super) fn pattern_sequence(
        &mut self,
        patterns: &'a [Pattern],
        pc: &mut PatternContext<'a>,
    ) -> CResult {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        // Find the starred name, if any; there may be at most one.
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p.kind, PatternKind::MatchStar { .. }) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        // The subject stays on top during the sequence and length checks.
        pc.on_top += 1;
        self.emit(Opcode::MATCH_SEQUENCE, 0)?;
        self.jump_to_fail_pop(pc, Pseudo::PopJumpIfFalse)?;
        match star {
            None => {
                self.emit(Opcode::GET_LEN, 0)?;
                self.load_int(size)?;
                self.emit(Opcode::COMPARE_OP, CMP_EQ)?;
                self.jump_to_fail_pop(pc, Pseudo::PopJumpIfFalse)?;
            }
            Some(_) if size > 1 => {
                self.emit(Opcode::GET_LEN, 0)?;
                self.load_int(size - 1)?;
                self.emit(Opcode::COMPARE_OP, CMP_GE)?;
                self.jump_to_fail_pop(pc, Pseudo::PopJumpIfFalse)?;
            }
            Some(_) => {}
        }
        // Whatever comes next consumes the subject.
        pc.on_top -= 1;
        match star {
            // `[]`, `[_]`, `[_, *_]`...
            _ if only_wildcard => self.emit(Opcode::POP_TOP, 0),
            Some(star) if star_wildcard => self.pattern_sequence_subscr(patterns, star, pc),
            _ => self.pattern_sequence_unpack(patterns, pc),
        }
    }

    /// `pattern_unpack_helper`: `UNPACK_SEQUENCE`, or `UNPACK_EX` around the starred item.
    /// (Its "multiple starred expressions" error cannot arise: `compiler_pattern_sequence`
    /// rejects a second star first.)
    fn pattern_unpack(&mut self, patterns: &[Pattern]) -> CResult {
        let n = patterns.len();
        let star = patterns
            .iter()
            .position(|p| matches!(p.kind, PatternKind::MatchStar { .. }));
        let Some(i) = star else {
            return self.emit(Opcode::UNPACK_SEQUENCE, n as u32);
        };
        if i >= 1 << 8 || n - i > (i32::MAX >> 8) as usize {
            return Err(self.error("too many expressions in star-unpacking sequence pattern"));
        }
        self.emit(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32)
    }

    /// `pattern_helper_sequence_unpack`: unpack the subject and match each item in turn.
    fn pattern_sequence_unpack(
        &mut self,
        patterns: &'a [Pattern],
        pc: &mut PatternContext<'a>,
    ) -> CResult {
        self.pattern_unpack(patterns)?;
        // The unpacked items stay on the stack; one fewer after each sub-pattern.
        pc.on_top += patterns.len();
        for p in patterns {
            pc.on_top -= 1;
            self.pattern_subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `pattern_helper_sequence_subscr`: with a `*_`, index the items that need matching
    /// (`subject[i]`, or `subject[len(subject) - k]` after the star) instead of unpacking.
    fn pattern_sequence_subscr(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternContext<'a>,
    ) -> CResult {
        let size = patterns.len();
        // The subject is kept for extracting items.
        pc.on_top += 1;
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.emit(Opcode::COPY, 1)?;
            if i < star {
                self.load_int(i)?;
            } else {
                // The subject may not support negative indexes: compute a nonnegative one.
                self.emit(Opcode::GET_LEN, 0)?;
                self.load_int(size - i)?;
                self.emit_binop(Operator::Sub, false)?;
            }
            self.emit(Opcode::BINARY_SUBSCR, 0)?;
            self.pattern_subpattern(p, pc)?;
        }
        // Done with the subject.
        pc.on_top -= 1;
        self.emit(Opcode::POP_TOP, 0)
    }

    /// `validate_kwd_attrs`: keyword attribute names are assignable and not repeated; errors
    /// point at the keyword's pattern (the parser keeps no node for the name).
    fn validate_kwd_attrs(&mut self, attrs: &'a [String], patterns: &'a [Pattern]) -> CResult {
        for (i, (attr, p)) in attrs.iter().zip(patterns).enumerate() {
            self.set_loc(p.range);
            self.forbidden_name(attr, ExprContext::Store)?;
            if let Some((_, dup)) = attrs
                .iter()
                .zip(patterns)
                .skip(i + 1)
                .find(|(other, _)| *other == attr)
            {
                self.set_loc(dup.range);
                return Err(self.error(format!("attribute name repeated in class pattern: {attr}")));
            }
        }
        Ok(())
    }

    /// `compiler_pattern_class`: `MATCH_CLASS` with the keyword names, then each extracted
    /// attribute against its sub-pattern.
    pub(super) fn pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext<'a>,
    ) -> CResult {
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs != kwd_patterns.len() {
            return Err(self.error(format!(
                "kwd_attrs ({nattrs}) / kwd_patterns ({}) length mismatch in class pattern",
                kwd_patterns.len()
            )));
        }
        if nattrs > 0 {
            self.validate_kwd_attrs(kwd_attrs, kwd_patterns)?;
            self.set_loc(p.range);
        }
        self.visit_expr(cls)?;
        let names = kwd_attrs.iter().map(|a| Value::str(a.as_str())).collect();
        self.load_const(Value::Tuple(names))?;
        self.emit(Opcode::MATCH_CLASS, nargs as u32)?;
        self.emit(Opcode::COPY, 1)?;
        self.load_const(Value::None)?;
        self.emit(Opcode::IS_OP, 1)?;
        // On top now: a tuple of the `nargs + nattrs` attributes (or None).
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Pseudo::PopJumpIfFalse)?;
        let n = nargs + nattrs;
        self.emit(Opcode::UNPACK_SEQUENCE, n as u32)?;
        pc.on_top = pc.on_top + n - 1;
        for sub in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(sub) {
                self.emit(Opcode::POP_TOP, 0)?;
                continue;
            }
            self.pattern_subpattern(sub, pc)?;
        }
        Ok(())
    }

    /// `compiler_pattern_mapping`: `MATCH_MAPPING`, a length check, `MATCH_KEYS` with the keys'
    /// tuple, the values against their sub-patterns, and `**rest` as a copy without the keys.
    pub(super) fn pattern_mapping(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a str>,
        pc: &mut PatternContext<'a>,
    ) -> CResult {
        let size = keys.len();
        if size != patterns.len() {
            return Err(self.error(format!(
                "keys ({size}) / patterns ({}) length mismatch in mapping pattern",
                patterns.len()
            )));
        }
        // The subject stays on top during the mapping and length checks.
        pc.on_top += 1;
        self.emit(Opcode::MATCH_MAPPING, 0)?;
        self.jump_to_fail_pop(pc, Pseudo::PopJumpIfFalse)?;
        if size == 0 && rest.is_none() {
            // `{}`: done, pop the subject.
            pc.on_top -= 1;
            return self.emit(Opcode::POP_TOP, 0);
        }
        if size > 0 {
            self.emit(Opcode::GET_LEN, 0)?;
            self.load_int(size)?;
            self.emit(Opcode::COMPARE_OP, CMP_GE)?;
            self.jump_to_fail_pop(pc, Pseudo::PopJumpIfFalse)?;
        }
        if size > i32::MAX as usize {
            return Err(self.error("too many sub-patterns in mapping pattern"));
        }
        self.mapping_keys(keys)?;
        self.emit(Opcode::BUILD_TUPLE, size as u32)?;
        self.emit(Opcode::MATCH_KEYS, 0)?;
        // A tuple of keys and a tuple of values (or None) are now on top of the subject.
        pc.on_top += 2;
        self.emit(Opcode::COPY, 1)?;
        self.load_const(Value::None)?;
        self.emit(Opcode::IS_OP, 1)?;
        self.jump_to_fail_pop(pc, Pseudo::PopJumpIfFalse)?;
        // Match the values against the sub-patterns.
        self.emit(Opcode::UNPACK_SEQUENCE, size as u32)?;
        pc.on_top = pc.on_top + size - 1;
        for p in patterns {
            pc.on_top -= 1;
            self.pattern_subpattern(p, pc)?;
        }
        // A match: what follows consumes the keys' tuple and the subject.
        pc.on_top -= 2;
        match rest {
            Some(rest) => self.mapping_rest(rest, size, pc),
            None => {
                self.emit(Opcode::POP_TOP, 0)?;
                self.emit(Opcode::POP_TOP, 0)
            }
        }
    }

    /// The keys of a mapping pattern, pushed in order: literals (never twice the same) and
    /// attribute lookups only.
    fn mapping_keys(&mut self, keys: &'a [Expr]) -> CResult {
        // The constant keys seen so far, compared as a Python set compares them.
        let mut seen: Vec<Value> = Vec::new();
        for key in keys {
            match &key.kind {
                ExprKind::Constant { value, .. } => {
                    let v = super::expr::constant_value(value);
                    if seen.iter().any(|s| same_key(s, &v)) {
                        return Err(self.error(format!(
                            "mapping pattern checks duplicate key ({})",
                            value.repr()
                        )));
                    }
                    seen.push(v);
                }
                ExprKind::Attribute { .. } => {}
                _ => {
                    return Err(self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                    ));
                }
            }
            self.visit_expr(key)?;
        }
        Ok(())
    }

    /// `**rest`: `rest = dict(subject)`, then `del rest[key]` for each matched key.
    fn mapping_rest(&mut self, rest: &'a str, size: usize, pc: &mut PatternContext<'a>) -> CResult {
        self.emit(Opcode::BUILD_MAP, 0)?; // [subject, keys, empty]
        self.emit(Opcode::SWAP, 3)?; // [empty, keys, subject]
        self.emit(Opcode::DICT_UPDATE, 2)?; // [copy, keys]
        self.emit(Opcode::UNPACK_SEQUENCE, size as u32)?; // [copy, keys...]
        for left in (1..=size).rev() {
            self.emit(Opcode::COPY, 1 + left as u32)?; // [copy, keys..., copy]
            self.emit(Opcode::SWAP, 2)?; // [copy, keys..., copy, key]
            self.emit(Opcode::DELETE_SUBSCR, 0)?; // [copy, keys...]
        }
        self.pattern_store_name(Some(rest), pc)
    }

    /// `compiler_pattern_or`: each alternative on a copy of the subject, with its own fail-pop
    /// blocks; every alternative must capture the first one's names, and its captures are
    /// rotated into the first one's order.
    pub(super) fn pattern_or(
        &mut self,
        alts: &'a [Pattern],
        pc: &mut PatternContext<'a>,
    ) -> CResult {
        let end = self.new_block();
        let old = std::mem::take(pc);
        // The names bound by the first alternative, the order the others must follow.
        let mut control: Option<Vec<&'a str>> = None;
        for (i, alt) in alts.iter().enumerate() {
            self.set_loc(alt.range);
            pc.stores = Vec::new();
            // An irrefutable alternative must be last, if allowed at all.
            pc.allow_irrefutable = i == alts.len() - 1 && old.allow_irrefutable;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Opcode::COPY, 1)?;
            self.compile_pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(control) => self.reorder_captures(control, pc)?,
            }
            self.jump_to(end)?;
            self.emit_and_reset_fail_pop(pc)?;
        }
        *pc = old;
        // No alternative matched: pop the remaining copy of the subject and fail.
        self.emit(Opcode::POP_TOP, 0)?;
        self.jump_to_fail_pop(pc, Pseudo::Jump)?;
        self.use_next_block(end);
        let control = control.unwrap_or_default();
        // Between the new captures and their place: the other new captures, the subject's
        // copy, the items kept on top, and the captures stashed before this pattern.
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.pattern_rotate(nrots)?;
            if pc.stores.contains(&name) {
                return Err(self.duplicate_store_error(name));
            }
            pc.stores.push(name);
        }
        // Pop the copy of the subject.
        self.emit(Opcode::POP_TOP, 0)
    }

    /// The part of `compiler_pattern_or` after a later alternative: it must bind the names of
    /// `control`, and its captures on the stack are rotated into `control`'s order.
    fn reorder_captures(&mut self, control: &[&'a str], pc: &mut PatternContext<'a>) -> CResult {
        let nstores = pc.stores.len();
        if nstores != control.len() {
            return Err(self.error("alternative patterns bind different names"));
        }
        for icontrol in (0..nstores).rev() {
            let name = control[icontrol];
            let Some(istores) = pc.stores.iter().position(|s| *s == name) else {
                return Err(self.error("alternative patterns bind different names"));
            };
            if icontrol == istores {
                continue;
            }
            // Move stores[..=istores] to just before index icontrol, on the stack as in the
            // list: rotated = stores[:r]; del stores[:r]; stores[icontrol-istores:][:0] = rotated.
            let rotations = istores + 1;
            let rotated: Vec<&'a str> = pc.stores.drain(..rotations).collect();
            let at = icontrol - istores;
            pc.stores.splice(at..at, rotated);
            for _ in 0..rotations {
                self.pattern_rotate(icontrol + 1)?;
            }
        }
        Ok(())
    }
}

/// The real part of a number as Python compares it: exactly, ints against floats included.
enum Real {
    Int(BigInt),
    Float(f64),
}

/// A numeric constant as (real part, imaginary part); `None` for other constants.
fn as_number(v: &Value) -> Option<(Real, f64)> {
    Some(match v {
        Value::False => (Real::Int(BigInt::from(0)), 0.0),
        Value::True => (Real::Int(BigInt::from(1)), 0.0),
        Value::Int(i) => (Real::Int(i.clone()), 0.0),
        Value::Float(f) => (Real::Float(f.0), 0.0),
        Value::Complex(re, im) => (Real::Float(re.0), im.0),
        _ => return None,
    })
}

/// Whether two constant mapping keys are one element of a Python set (`seen` of
/// `compiler_pattern_mapping`): equal numbers of any type, or equal values of the same type.
fn same_key(a: &Value, b: &Value) -> bool {
    match (as_number(a), as_number(b)) {
        (Some((ra, ia)), Some((rb, ib))) => {
            ia == ib
                && match (&ra, &rb) {
                    (Real::Int(x), Real::Int(y)) => x == y,
                    (Real::Float(x), Real::Float(y)) => x == y,
                    (Real::Int(i), Real::Float(f)) | (Real::Float(f), Real::Int(i)) => {
                        // An integral float prints exactly with no decimals.
                        f.is_finite()
                            && f.fract() == 0.0
                            && format!("{f:.0}").parse::<BigInt>().is_ok_and(|g| &g == i)
                    }
                }
        }
        (None, None) => a == b,
        _ => false,
    }
}
