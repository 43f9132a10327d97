//! The first pass (`symtable_visit_*` of `Python/symtable.c`): walks the AST in CPython's order,
//! opening a block for every scope and recording raw flags for every name. Statements, parameters
//! and annotations are here; expressions, comprehensions and patterns in [`super::visit_expr`].
//!
//! The visiting order matters beyond the flags: the first error met is the one reported, so every
//! node's children are visited in the order CPython visits them (which is not always source order:
//! a `try`'s `else` before its handlers, `**kwargs` annotations before keyword-only ones).

use crate::fxhash::{FastMap, FastSet};

use krait_syntax::ast::{
    Alias, Arg, Arguments, ExceptHandler, Expr, Keyword, Mod, Range, Stmt, StmtKind,
};

use super::errors::{self, Result, ranged};
use super::future::FutureFeatures;
use super::mangle::mangle;
use super::types::{Block, BlockId, BlockType, Flags};
use super::{expr_key, stmt_key};

/// The state of the first pass (CPython's `struct symtable`).
pub(crate) struct Builder {
    pub(crate) blocks: Vec<Block>,
    pub(crate) keys: FastMap<usize, BlockId>,
    /// Blocks being visited, innermost last (`st_stack`).
    pub(crate) stack: Vec<BlockId>,
    /// The name of the innermost enclosing class, for mangling (`st_private`).
    private: Option<String>,
    pub(crate) future: FutureFeatures,
    depth: u32,
    limit: u32,
    /// Identifiers the parser interned that name no symbol: attribute names, keyword argument
    /// names, the parts of imported module names, class pattern keywords.
    pub(crate) other_identifiers: FastSet<Box<[u8]>>,
}

impl Builder {
    /// Runs the first pass over a module; the builder it returns holds the blocks (module
    /// first), the node keys and the identifiers that are not symbols.
    pub(crate) fn run(module: &Mod, future: FutureFeatures, limit: u32) -> Result<Builder> {
        let mut b = Builder {
            blocks: Vec::new(),
            keys: FastMap::default(),
            stack: Vec::new(),
            private: None,
            future,
            depth: 0,
            limit,
            other_identifiers: FastSet::default(),
        };
        b.enter_block("top", BlockType::Module, 0, Range::default());
        match module {
            Mod::Module { body, .. } | Mod::Interactive { body } => b.visit_stmts(body)?,
            Mod::Expression { body } => b.visit_expr(body)?,
            // CPython raises RuntimeError ("this compiler does not handle FunctionTypes"), but
            // `compile()` never gets there: `func_type` input is only accepted with
            // `PyCF_ONLY_AST`. An empty module table is the harmless answer.
            Mod::FunctionType { .. } => {}
        }
        b.exit_block();
        Ok(b)
    }

    /// Records an identifier of the source that is not (or not only) a symbol: the parser's
    /// `_PyPegen_new_identifier` interned it all the same.
    pub(crate) fn note_identifier(&mut self, name: &str) {
        if name.len() > 1 && !self.other_identifiers.contains(name.as_bytes()) {
            self.other_identifiers.insert(name.as_bytes().into());
        }
    }

    /// The innermost block being visited (`st_cur`).
    pub(crate) fn cur(&self) -> BlockId {
        *self.stack.last().expect("the module block is always open")
    }

    pub(crate) fn cur_block(&mut self) -> &mut Block {
        let id = self.cur();
        &mut self.blocks[id]
    }

    /// `symtable_enter_block`. A block is nested inside a function if its parent is a function or
    /// is itself nested. It inherits the parent's "inside a comprehension's iterable" count, so that
    /// an assignment expression is rejected there even inside a nested lambda or comprehension
    /// (bpo-37757). Annotation blocks are not linked to their parent: their names must not leak.
    pub(crate) fn enter_block(&mut self, name: &str, kind: BlockType, key: usize, range: Range) {
        let mut block = Block::new(name, kind, range);
        let id = self.blocks.len();
        if let Some(&prev) = self.stack.last() {
            let prev = &self.blocks[prev];
            block.nested = prev.nested || prev.is_function();
            block.comp_iter_expr = prev.comp_iter_expr;
        }
        self.blocks.push(block);
        if kind != BlockType::Annotation {
            if kind != BlockType::Module {
                self.keys.insert(key, id);
            }
            if let Some(&prev) = self.stack.last() {
                self.blocks[prev].children.push(id);
            }
        }
        self.stack.push(id);
    }

    pub(crate) fn exit_block(&mut self) {
        self.stack.pop();
    }

    /// The flags of a name in the current block, after mangling (`symtable_lookup`).
    pub(crate) fn lookup(&self, name: &str) -> Flags {
        let mangled = mangle(self.private.as_deref(), name);
        self.blocks[self.cur()].flags(&mangled)
    }

    /// `symtable_add_def`: records a flag for a name in the current block.
    pub(crate) fn add_def(&mut self, name: &str, flag: Flags, range: Range) -> Result<()> {
        self.add_def_in(name, flag, self.cur(), range)
    }

    /// `symtable_add_def_helper`: records a flag for a name in block `id`.
    pub(crate) fn add_def_in(
        &mut self,
        name: &str,
        flag: Flags,
        id: BlockId,
        range: Range,
    ) -> Result<()> {
        let mangled = mangle(self.private.as_deref(), name).into_owned();
        let block = &mut self.blocks[id];
        let mut val = flag;
        if let Some(sym) = block.symbol(&mangled) {
            if flag.intersects(Flags::PARAM) && sym.flags.intersects(Flags::PARAM) {
                return Err(ranged(errors::duplicate_argument(name), range));
            }
            val |= sym.flags;
        }
        if block.comp_iter_target {
            // A comprehension's iteration variable: it must not already be an assignment
            // expression's target (which made it global or nonlocal here).
            if val.intersects(Flags::GLOBAL | Flags::NONLOCAL) {
                return Err(ranged(errors::named_expr_inner_loop_conflict(name), range));
            }
            val |= Flags::COMP_ITER;
        }
        block.set_flags(&mangled, val);
        if flag.intersects(Flags::PARAM) {
            block.varnames.push(mangled);
        } else if flag.intersects(Flags::GLOBAL) {
            // A `global` anywhere also marks the name in the module's own table (`st_global`).
            let top = &mut self.blocks[0];
            let merged = top.flags(&mangled) | flag;
            top.set_flags(&mangled, merged);
        }
        Ok(())
    }

    /// `symtable_record_directive`: remembers where a name was declared global or nonlocal.
    pub(crate) fn record_directive(&mut self, name: &str, range: Range) {
        let mangled = mangle(self.private.as_deref(), name).into_owned();
        self.cur_block().directives.push((mangled, range));
    }

    /// Counts one level of nesting against CPython's budget (`recursion_depth`).
    pub(crate) fn descend(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > self.limit {
            return Err(errors::too_deep());
        }
        Ok(())
    }

    pub(crate) fn ascend(&mut self) {
        self.depth -= 1;
    }

    pub(crate) fn visit_stmts(&mut self, body: &[Stmt]) -> Result<()> {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    pub(crate) fn visit_exprs(&mut self, exprs: &[Expr]) -> Result<()> {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }

    /// The keyword arguments of a call or class: their values, and their names as identifiers.
    pub(crate) fn visit_keywords(&mut self, keywords: &[Keyword]) -> Result<()> {
        keywords.iter().try_for_each(|k| {
            if let Some(arg) = &k.arg {
                self.note_identifier(arg);
            }
            self.visit_expr(&k.value)
        })
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Result<()> {
        self.descend()?;
        let result = self.visit_stmt_kind(s);
        self.ascend();
        result
    }

    fn visit_stmt_kind(&mut self, s: &Stmt) -> Result<()> {
        use StmtKind as S;
        match &s.kind {
            S::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => self.visit_function(s, name, args, body, decorator_list, returns, false),
            S::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => self.visit_function(s, name, args, body, decorator_list, returns, true),
            S::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => self.visit_class(s, name, bases, keywords, body, decorator_list),
            S::Return { value } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                    self.cur_block().returns_value = true;
                }
                Ok(())
            }
            S::Delete { targets } => self.visit_exprs(targets),
            S::Assign { targets, value, .. } => {
                self.visit_exprs(targets)?;
                self.visit_expr(value)
            }
            S::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.visit_ann_assign(s, target, annotation, value.as_deref(), *simple != 0),
            S::AugAssign { target, value, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(value)
            }
            S::For {
                target,
                iter,
                body,
                orelse,
                ..
            }
            | S::AsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.visit_expr(target)?;
                self.visit_expr(iter)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)
            }
            S::While { test, body, orelse } | S::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)
            }
            S::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for case in cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(guard) = &case.guard {
                        self.visit_expr(guard)?;
                    }
                    self.visit_stmts(&case.body)?;
                }
                Ok(())
            }
            S::Raise { exc, cause } => {
                // The cause is only looked at with an exception (`raise from x` does not parse).
                if let Some(exc) = exc {
                    self.visit_expr(exc)?;
                    if let Some(cause) = cause {
                        self.visit_expr(cause)?;
                    }
                }
                Ok(())
            }
            S::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
            | S::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                // CPython visits `else` before the handlers.
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
                for h in handlers {
                    self.visit_handler(h)?;
                }
                self.visit_stmts(finalbody)
            }
            S::Assert { test, msg } => {
                self.visit_expr(test)?;
                msg.iter().try_for_each(|m| self.visit_expr(m))
            }
            S::Import { names } => names.iter().try_for_each(|a| self.visit_alias(a)),
            S::ImportFrom { module, names, .. } => {
                for part in module.iter().flat_map(|m| m.split('.')) {
                    self.note_identifier(part);
                }
                names.iter().try_for_each(|a| self.visit_alias(a))
            }
            S::Global { names } => self.visit_declaration(s, names, true),
            S::Nonlocal { names } => self.visit_declaration(s, names, false),
            S::Expr { value } => self.visit_expr(value),
            S::Pass {} | S::Break {} | S::Continue {} => Ok(()),
            S::With { items, body, .. } | S::AsyncWith { items, body, .. } => {
                for item in items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(vars) = &item.optional_vars {
                        self.visit_expr(vars)?;
                    }
                }
                self.visit_stmts(body)
            }
        }
    }

    /// A `class`: name, bases, keywords and decorators in the enclosing block; the body in the
    /// class block, where `__private` names are mangled with the class name.
    fn visit_class(
        &mut self,
        s: &Stmt,
        name: &str,
        bases: &[Expr],
        keywords: &[Keyword],
        body: &[Stmt],
        decorators: &[Expr],
    ) -> Result<()> {
        self.add_def(name, Flags::LOCAL, s.range)?;
        self.visit_exprs(bases)?;
        self.visit_keywords(keywords)?;
        self.visit_exprs(decorators)?;
        self.enter_block(name, BlockType::Class, stmt_key(s), s.range);
        let outer = self.private.replace(name.to_owned());
        let result = self.visit_stmts(body);
        self.private = outer;
        result?;
        self.exit_block();
        Ok(())
    }

    /// `except T as name:` — the name is bound at the handler's location.
    fn visit_handler(&mut self, h: &ExceptHandler) -> Result<()> {
        if let Some(t) = &h.r#type {
            self.visit_expr(t)?;
        }
        if let Some(name) = &h.name {
            self.add_def(name, Flags::LOCAL, h.range)?;
        }
        self.visit_stmts(&h.body)
    }

    /// A `def` or `async def`: the name, defaults, annotations and decorators belong to the
    /// enclosing block; the parameters and body to the new one.
    #[allow(clippy::too_many_arguments)]
    fn visit_function(
        &mut self,
        s: &Stmt,
        name: &str,
        args: &Arguments,
        body: &[Stmt],
        decorators: &[Expr],
        returns: &Option<Box<Expr>>,
        is_async: bool,
    ) -> Result<()> {
        self.add_def(name, Flags::LOCAL, s.range)?;
        self.visit_exprs(&args.defaults)?;
        args.kw_defaults
            .iter()
            .flatten()
            .try_for_each(|d| self.visit_expr(d))?;
        self.visit_annotations(s, args, returns.as_deref())?;
        self.visit_exprs(decorators)?;
        self.enter_block(name, BlockType::Function, stmt_key(s), s.range);
        if is_async {
            self.cur_block().coroutine = true;
        }
        self.visit_arguments(args)?;
        self.visit_stmts(body)?;
        self.exit_block();
        Ok(())
    }

    /// `x: T = v`. A simple name target is annotated here (and may not be declared global or
    /// nonlocal in a function or class); any other target is visited as an expression.
    fn visit_ann_assign(
        &mut self,
        s: &Stmt,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
    ) -> Result<()> {
        if let krait_syntax::ast::ExprKind::Name { id, .. } = &target.kind {
            let cur = self.lookup(id);
            if cur.intersects(Flags::GLOBAL | Flags::NONLOCAL) && self.cur() != 0 && simple {
                let msg = if cur.intersects(Flags::GLOBAL) {
                    errors::global_annot(id)
                } else {
                    errors::nonlocal_annot(id)
                };
                return Err(ranged(msg, s.range));
            }
            if simple {
                self.add_def(id, Flags::ANNOT | Flags::LOCAL, target.range)?;
            }
            if value.is_some() {
                self.add_def(id, Flags::LOCAL, target.range)?;
            }
        } else {
            self.visit_expr(target)?;
        }
        self.visit_annotation(annotation)?;
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        Ok(())
    }

    /// `global` / `nonlocal`: a name may not already be a parameter, used, annotated or assigned in
    /// the block (checked in that order of precedence); errors point at the whole statement.
    fn visit_declaration(&mut self, s: &Stmt, names: &[String], global: bool) -> Result<()> {
        for name in names {
            let cur = self.lookup(name);
            if cur.intersects(Flags::PARAM | Flags::LOCAL | Flags::USE | Flags::ANNOT) {
                let msg = match (global, cur) {
                    (true, c) if c.intersects(Flags::PARAM) => errors::global_param(name),
                    (true, c) if c.intersects(Flags::USE) => errors::global_after_use(name),
                    (true, c) if c.intersects(Flags::ANNOT) => errors::global_annot(name),
                    (true, _) => errors::global_after_assign(name),
                    (false, c) if c.intersects(Flags::PARAM) => errors::nonlocal_param(name),
                    (false, c) if c.intersects(Flags::USE) => errors::nonlocal_after_use(name),
                    (false, c) if c.intersects(Flags::ANNOT) => errors::nonlocal_annot(name),
                    (false, _) => errors::nonlocal_after_assign(name),
                };
                return Err(ranged(msg, s.range));
            }
            let flag = if global {
                Flags::GLOBAL
            } else {
                Flags::NONLOCAL
            };
            self.add_def(name, flag, s.range)?;
            self.record_directive(name, s.range);
        }
        Ok(())
    }

    /// One imported name: binds the first component of a dotted name (or the `as` name); `*`
    /// binds nothing and is only allowed in the module block.
    fn visit_alias(&mut self, a: &Alias) -> Result<()> {
        for part in a.name.split('.') {
            self.note_identifier(part);
        }
        let name = a.asname.as_deref().unwrap_or(&a.name);
        if name == "*" {
            if self.blocks[self.cur()].kind != BlockType::Module {
                return Err(ranged(errors::IMPORT_STAR, a.range));
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, Flags::IMPORT, a.range)
    }

    /// The parameters, inside the function's block: positional-only, positional, keyword-only,
    /// then `*args` and `**kwargs` (which is also `co_varnames`' order).
    pub(crate) fn visit_arguments(&mut self, a: &Arguments) -> Result<()> {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add_def(&arg.arg, Flags::PARAM, arg.range)?;
        }
        if let Some(v) = &a.vararg {
            self.add_def(&v.arg, Flags::PARAM, v.range)?;
            self.cur_block().varargs = true;
        }
        if let Some(k) = &a.kwarg {
            self.add_def(&k.arg, Flags::PARAM, k.range)?;
            self.cur_block().varkeywords = true;
        }
        Ok(())
    }

    /// A function's parameter and return annotations, in the enclosing block — or, under
    /// `from __future__ import annotations`, in throw-away annotation blocks.
    fn visit_annotations(&mut self, s: &Stmt, a: &Arguments, returns: Option<&Expr>) -> Result<()> {
        let future = self.future.annotations();
        if future {
            self.enter_block("_annotation", BlockType::Annotation, stmt_key(s), s.range);
        }
        let params = a.posonlyargs.iter().chain(&a.args);
        // `**kwargs` comes before the keyword-only parameters in CPython's walk.
        let rest = a.vararg.iter().chain(&a.kwarg).map(|b| &**b);
        for ann in params
            .chain(rest)
            .chain(&a.kwonlyargs)
            .filter_map(annotation_of)
        {
            self.visit_expr(ann)?;
        }
        if future {
            self.exit_block();
        }
        if let Some(r) = returns {
            self.visit_annotation(r)?;
        }
        Ok(())
    }

    /// One annotation (`symtable_visit_annotation`).
    fn visit_annotation(&mut self, annotation: &Expr) -> Result<()> {
        let future = self.future.annotations();
        if future {
            let key = expr_key(annotation);
            self.enter_block("_annotation", BlockType::Annotation, key, annotation.range);
        }
        self.visit_expr(annotation)?;
        if future {
            self.exit_block();
        }
        Ok(())
    }
}

fn annotation_of(arg: &Arg) -> Option<&Expr> {
    arg.annotation.as_deref()
}
