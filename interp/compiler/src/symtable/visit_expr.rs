//! The first pass over expressions and patterns: names, lambdas, comprehensions (each its own
//! function block in 3.11), assignment expressions and the `yield`/`await` bookkeeping.

use krait_syntax::ast::{Comprehension, Expr, ExprContext, ExprKind, Pattern, PatternKind};

use super::builder::Builder;
use super::errors::{self, Result, ranged};
use super::expr_key;
use super::types::{BlockType, ComprehensionKind, Flags};

impl Builder {
    pub(crate) fn visit_expr(&mut self, e: &Expr) -> Result<()> {
        self.descend()?;
        let result = self.visit_expr_kind(e);
        self.ascend();
        result
    }

    fn visit_opt(&mut self, e: Option<&Expr>) -> Result<()> {
        e.map_or(Ok(()), |e| self.visit_expr(e))
    }

    fn visit_expr_kind(&mut self, e: &Expr) -> Result<()> {
        use ExprKind as E;
        match &e.kind {
            E::NamedExpr { target, value } => {
                self.forbid_in_annotation("named expression", e)?;
                self.visit_named_expr(e, target, value)
            }
            E::BoolOp { values, .. } => self.visit_exprs(values),
            E::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)
            }
            E::UnaryOp { operand, .. } => self.visit_expr(operand),
            E::Lambda { args, body } => {
                self.visit_exprs(&args.defaults)?;
                args.kw_defaults
                    .iter()
                    .flatten()
                    .try_for_each(|d| self.visit_expr(d))?;
                self.enter_block("lambda", BlockType::Function, expr_key(e), e.range);
                self.visit_arguments(args)?;
                self.visit_expr(body)?;
                self.exit_block();
                Ok(())
            }
            E::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)
            }
            E::Dict { keys, values } => {
                keys.iter().flatten().try_for_each(|k| self.visit_expr(k))?;
                self.visit_exprs(values)
            }
            E::Set { elts } | E::List { elts, .. } | E::Tuple { elts, .. } => {
                self.visit_exprs(elts)
            }
            E::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::Generator, generators, elt, None)
            }
            E::ListComp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::List, generators, elt, None)
            }
            E::SetComp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::Set, generators, elt, None)
            }
            E::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension(e, ComprehensionKind::Dict, generators, key, Some(value)),
            E::Yield { value } => {
                self.forbid_in_annotation("yield expression", e)?;
                self.visit_opt(value.as_deref())?;
                self.mark_yield(e)
            }
            E::YieldFrom { value } => {
                self.forbid_in_annotation("yield expression", e)?;
                self.visit_expr(value)?;
                self.mark_yield(e)
            }
            E::Await { value } => {
                self.forbid_in_annotation("await expression", e)?;
                self.visit_expr(value)?;
                self.cur_block().coroutine = true;
                Ok(())
            }
            E::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)
            }
            E::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                self.visit_keywords(keywords)
            }
            E::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                self.visit_opt(format_spec.as_deref())
            }
            E::JoinedStr { values } => self.visit_exprs(values),
            E::Constant { .. } => Ok(()),
            E::Attribute { value, attr, .. } => {
                self.note_identifier(attr);
                self.visit_expr(value)
            }
            E::Starred { value, .. } => self.visit_expr(value),
            E::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)
            }
            E::Slice { lower, upper, step } => {
                self.visit_opt(lower.as_deref())?;
                self.visit_opt(upper.as_deref())?;
                self.visit_opt(step.as_deref())
            }
            E::Name { id, ctx } => self.visit_name(e, id, *ctx),
        }
    }

    /// A name: a use when loaded, a binding when stored or deleted. Loading `super` inside a
    /// function also uses `__class__`, so that zero-argument `super()` finds its class cell.
    fn visit_name(&mut self, e: &Expr, id: &str, ctx: ExprContext) -> Result<()> {
        let load = ctx == ExprContext::Load;
        let flag = if load { Flags::USE } else { Flags::LOCAL };
        self.add_def(id, flag, e.range)?;
        if load && id == "super" && self.blocks[self.cur()].is_function() {
            self.add_def("__class__", Flags::USE, e.range)?;
        }
        Ok(())
    }

    /// After a `yield` or `yield from` (its value already visited): the block is a generator, and
    /// a comprehension may not yield.
    fn mark_yield(&mut self, e: &Expr) -> Result<()> {
        let block = self.cur_block();
        block.generator = true;
        let msg = match block.comprehension {
            None => return Ok(()),
            Some(ComprehensionKind::List) => "'yield' inside list comprehension",
            Some(ComprehensionKind::Set) => "'yield' inside set comprehension",
            Some(ComprehensionKind::Dict) => "'yield' inside dict comprehension",
            Some(ComprehensionKind::Generator) => "'yield' inside generator expression",
        };
        Err(ranged(msg, e.range))
    }

    /// `symtable_raise_if_annotation_block`: under `from __future__ import annotations`, an
    /// annotation is never evaluated, so these expressions are rejected in it.
    fn forbid_in_annotation(&self, what: &str, e: &Expr) -> Result<()> {
        if self.blocks[self.cur()].kind == BlockType::Annotation {
            return Err(ranged(errors::annotation_not_allowed(what), e.range));
        }
        Ok(())
    }

    /// `target := value` (`symtable_handle_namedexpr`).
    fn visit_named_expr(&mut self, e: &Expr, target: &Expr, value: &Expr) -> Result<()> {
        if self.blocks[self.cur()].comp_iter_expr > 0 {
            return Err(ranged(errors::NAMED_EXPR_COMP_ITER_EXPR, e.range));
        }
        if self.blocks[self.cur()].comprehension.is_some() {
            self.extend_named_expr_scope(target)?;
        }
        self.visit_expr(value)?;
        self.visit_expr(target)
    }

    /// PEP 572: an assignment expression inside a comprehension binds in the nearest enclosing
    /// function (as nonlocal, or global if declared so there) or module (as global); inside a class
    /// it is an error. Comprehensions on the way must not use the name as an iteration variable.
    fn extend_named_expr_scope(&mut self, target: &Expr) -> Result<()> {
        let ExprKind::Name { id: name, .. } = &target.kind else {
            // The parser only accepts a name as the target.
            return Ok(());
        };
        let range = target.range;
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let block = &self.blocks[id];
            // CPython looks the raw (unmangled) name up in the enclosing blocks.
            let flags = block.flags(name);
            if block.comprehension.is_some() {
                if flags.intersects(Flags::COMP_ITER) {
                    return Err(ranged(errors::named_expr_comp_conflict(name), range));
                }
                continue;
            }
            match block.kind {
                BlockType::Function => {
                    let decl = if flags.intersects(Flags::GLOBAL) {
                        Flags::GLOBAL
                    } else {
                        Flags::NONLOCAL
                    };
                    self.add_def(name, decl, range)?;
                    self.record_directive(name, range);
                    return self.add_def_in(name, Flags::LOCAL, id, range);
                }
                BlockType::Module => {
                    self.add_def(name, Flags::GLOBAL, range)?;
                    self.record_directive(name, range);
                    return self.add_def_in(name, Flags::GLOBAL, id, range);
                }
                BlockType::Class => {
                    return Err(ranged(errors::NAMED_EXPR_COMP_IN_CLASS, range));
                }
                // An annotation block is skipped, like any block that is none of the above.
                BlockType::Annotation => {}
            }
        }
        Ok(())
    }

    /// A comprehension (`symtable_handle_comprehension`): the first iterable is evaluated in the
    /// enclosing block; everything else in a new function block whose parameter `.0` receives
    /// that iterator. For a dict comprehension the value is visited before the key.
    fn visit_comprehension(
        &mut self,
        e: &Expr,
        kind: ComprehensionKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result<()> {
        let Some((outermost, rest)) = generators.split_first() else {
            return Ok(());
        };
        self.visit_iterable(&outermost.iter)?;
        let name = match kind {
            ComprehensionKind::List => "listcomp",
            ComprehensionKind::Set => "setcomp",
            ComprehensionKind::Dict => "dictcomp",
            ComprehensionKind::Generator => "genexpr",
        };
        self.enter_block(name, BlockType::Function, expr_key(e), e.range);
        let block = self.cur_block();
        block.comprehension = Some(kind);
        if outermost.is_async != 0 {
            block.coroutine = true;
        }
        self.add_def(".0", Flags::PARAM, e.range)?;
        self.visit_iteration_target(&outermost.target)?;
        self.visit_exprs(&outermost.ifs)?;
        for generator in rest {
            self.visit_iteration_target(&generator.target)?;
            self.visit_iterable(&generator.iter)?;
            self.visit_exprs(&generator.ifs)?;
            if generator.is_async != 0 {
                self.cur_block().coroutine = true;
            }
        }
        self.visit_opt(value)?;
        self.visit_expr(elt)?;
        let is_generator = kind == ComprehensionKind::Generator;
        let block = self.cur_block();
        block.generator = is_generator;
        // An async list/set/dict comprehension makes its enclosing block a coroutine too; an async
        // generator expression is just an async generator.
        let is_async = block.coroutine && !is_generator;
        self.exit_block();
        if is_async {
            self.cur_block().coroutine = true;
        }
        Ok(())
    }

    /// A comprehension's `for` target: its names are marked as iteration variables.
    fn visit_iteration_target(&mut self, target: &Expr) -> Result<()> {
        self.cur_block().comp_iter_target = true;
        let result = self.visit_expr(target);
        self.cur_block().comp_iter_target = false;
        result
    }

    /// A comprehension's iterable, where assignment expressions are forbidden.
    fn visit_iterable(&mut self, iter: &Expr) -> Result<()> {
        self.cur_block().comp_iter_expr += 1;
        let result = self.visit_expr(iter);
        self.cur_block().comp_iter_expr -= 1;
        result
    }

    /// A `case` pattern: capture names are bindings; value patterns are expressions.
    pub(crate) fn visit_pattern(&mut self, p: &Pattern) -> Result<()> {
        self.descend()?;
        let result = self.visit_pattern_kind(p);
        self.ascend();
        result
    }

    fn visit_pattern_kind(&mut self, p: &Pattern) -> Result<()> {
        use PatternKind as P;
        match &p.kind {
            P::MatchValue { value } => self.visit_expr(value),
            P::MatchSingleton { .. } => Ok(()),
            P::MatchSequence { patterns } | P::MatchOr { patterns } => {
                patterns.iter().try_for_each(|q| self.visit_pattern(q))
            }
            P::MatchStar { name } => self.bind_capture(name.as_deref(), p),
            P::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.visit_exprs(keys)?;
                patterns.iter().try_for_each(|q| self.visit_pattern(q))?;
                self.bind_capture(rest.as_deref(), p)
            }
            P::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                for attr in kwd_attrs {
                    self.note_identifier(attr);
                }
                self.visit_expr(cls)?;
                patterns.iter().try_for_each(|q| self.visit_pattern(q))?;
                kwd_patterns.iter().try_for_each(|q| self.visit_pattern(q))
            }
            P::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.visit_pattern(q)?;
                }
                self.bind_capture(name.as_deref(), p)
            }
        }
    }

    fn bind_capture(&mut self, name: Option<&str>, p: &Pattern) -> Result<()> {
        name.map_or(Ok(()), |n| self.add_def(n, Flags::LOCAL, p.range))
    }
}
