//! Statements: `compiler_visit_stmt` and the simple and loop statements (assignments, imports,
//! `assert`, `return`/`break`/`continue` with frame-block unwinding, `if`, `while`, `for`,
//! `async for`). `try`, `with` and `match` live in their own files.

use krait_syntax::ast::{Alias, Constant, Expr, ExprContext, ExprKind, Stmt, StmtKind};

use super::{CResult, Compiler, FBlock, FBlockDatum, FBlockType, ScopeType};
use crate::ir::{Loc, Pseudo};
use crate::opcode::Opcode;
use crate::value::Value;

impl<'a> Compiler<'a> {
    /// `compiler_visit_stmt`.
    pub fn visit_stmt(&mut self, s: &'a Stmt) -> CResult {
        // Every statement gives its line to the next instruction.
        self.set_loc(s.range);
        match &s.kind {
            StmtKind::FunctionDef { .. } => self.compile_function(s, false),
            StmtKind::AsyncFunctionDef { .. } => self.compile_function(s, true),
            StmtKind::ClassDef { .. } => self.compile_class(s),
            StmtKind::Return { value } => self.compile_return(s, value.as_deref()),
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value, .. } => {
                self.visit_expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Opcode::COPY, 1)?;
                    }
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.compile_augassign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.compile_annassign(target, annotation, value.as_deref(), *simple != 0),
            StmtKind::For { .. } => self.compile_for(s),
            StmtKind::AsyncFor { .. } => self.compile_async_for(s),
            StmtKind::While { test, body, orelse } => self.compile_while(s, test, body, orelse),
            StmtKind::If { test, body, orelse } => self.compile_if(test, body, orelse),
            StmtKind::Match { subject, cases } => self.compile_match(subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(exc) = exc {
                    self.visit_expr(exc)?;
                    n += 1;
                    if let Some(cause) = cause {
                        self.visit_expr(cause)?;
                        n += 1;
                    }
                }
                self.emit(Opcode::RAISE_VARARGS, n)
            }
            StmtKind::Try { .. } => self.compile_try(s),
            StmtKind::TryStar { .. } => self.compile_try_star(s),
            StmtKind::Assert { test, msg } => self.compile_assert(test, msg.as_deref()),
            StmtKind::Import { names } => self.compile_import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.compile_from_import(s, module.as_deref(), names, level.unwrap_or(0)),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => Ok(()),
            StmtKind::Expr { value } => self.compile_stmt_expr(value),
            StmtKind::Pass {} => self.emit(Opcode::NOP, 0),
            StmtKind::Break {} => self.compile_break(),
            StmtKind::Continue {} => self.compile_continue(),
            StmtKind::With { .. } => self.compile_with(s, 0),
            StmtKind::AsyncWith { .. } => self.compile_async_with(s, 0),
        }
    }

    /// `compiler_visit_stmt_expr`.
    fn compile_stmt_expr(&mut self, value: &'a Expr) -> CResult {
        if self.interactive && self.units.len() <= 1 {
            self.visit_expr(value)?;
            return self.emit(Opcode::PRINT_EXPR, 0);
        }
        if matches!(value.kind, ExprKind::Constant { .. }) {
            // A constant statement compiles to nothing but its line.
            return self.emit(Opcode::NOP, 0);
        }
        self.visit_expr(value)?;
        // The POP_TOP is artificial.
        self.unset_loc();
        self.emit(Opcode::POP_TOP, 0)
    }

    /// `compiler_body` of a compound statement: every statement in order.
    pub fn visit_stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    /// `compiler_augassign`.
    fn compile_augassign(
        &mut self,
        target: &'a Expr,
        op: krait_syntax::ast::Operator,
        value: &'a Expr,
    ) -> CResult {
        let old = self.unit().loc;
        self.set_loc(target.range);
        match &target.kind {
            ExprKind::Attribute { value, attr, .. } => {
                self.visit_expr(value)?;
                self.emit(Opcode::COPY, 1)?;
                self.update_start_location_to_match_attr(target);
                self.emit_name(Opcode::LOAD_ATTR, attr)?;
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
                self.emit(Opcode::COPY, 2)?;
                self.emit(Opcode::COPY, 2)?;
                self.emit(Opcode::BINARY_SUBSCR, 0)?;
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Load)?,
            _ => {
                return Err(super::system_error(
                    "invalid node type for augmented assignment",
                ));
            }
        }
        self.u().loc = old;
        self.visit_expr(value)?;
        self.emit_binop(op, true)?;
        self.set_loc(target.range);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                self.update_start_location_to_match_attr(target);
                self.emit(Opcode::SWAP, 2)?;
                self.emit_name(Opcode::STORE_ATTR, attr)
            }
            ExprKind::Subscript { .. } => {
                self.emit(Opcode::SWAP, 3)?;
                self.emit(Opcode::SWAP, 2)?;
                self.emit(Opcode::STORE_SUBSCR, 0)
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Store),
            _ => Ok(()),
        }
    }

    /// `check_ann_expr`: evaluate and discard.
    fn check_ann_expr(&mut self, e: &'a Expr) -> CResult {
        self.visit_expr(e)?;
        self.emit(Opcode::POP_TOP, 0)
    }

    /// `check_ann_subscr`: everything in a subscript target's slice is evaluated.
    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(part)?;
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } => {
                for elt in elts {
                    self.check_ann_subscr(elt)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }

    /// `compiler_annassign`.
    fn compile_annassign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(value) = value {
            self.visit_expr(value)?;
            self.visit_expr(target)?;
        }
        let module_or_class =
            matches!(self.unit().scope_type, ScopeType::Module | ScopeType::Class);
        let future_annotations = self.features & crate::code::flags::CO_FUTURE_ANNOTATIONS != 0;
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.forbidden_name(id, ExprContext::Store)?;
                if simple && module_or_class {
                    if future_annotations {
                        self.visit_annexpr(annotation)?;
                    } else {
                        self.visit_expr(annotation)?;
                    }
                    self.emit_raw_name(Opcode::LOAD_NAME, "__annotations__")?;
                    let mangled =
                        crate::symtable::mangle(self.unit().private.as_deref(), id).into_owned();
                    self.load_const(Value::str(mangled))?;
                    self.emit(Opcode::STORE_SUBSCR, 0)?;
                }
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.forbidden_name(attr, ExprContext::Store)?;
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => {
                return Err(super::system_error(
                    "invalid node type for annotated assignment",
                ));
            }
        }
        // The annotation of a complex target is evaluated last, and only outside functions.
        if !simple && !future_annotations && module_or_class {
            self.check_ann_expr(annotation)?;
        }
        Ok(())
    }

    /// `compiler_if`.
    fn compile_if(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let end = self.new_block();
        let next = if orelse.is_empty() {
            end
        } else {
            self.new_block()
        };
        self.jump_if(test, next, false)?;
        self.visit_stmts(body)?;
        if !orelse.is_empty() {
            self.jump_noline(Pseudo::Jump, end)?;
            self.use_next_block(next);
            self.visit_stmts(orelse)?;
        }
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_for`.
    fn compile_for(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } = &s.kind
        else {
            return Ok(());
        };
        let start = self.new_block();
        let body_block = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(FBlockType::ForLoop, start, Some(end), FBlockDatum::None)?;
        self.visit_expr(iter)?;
        self.emit(Opcode::GET_ITER, 0)?;
        self.use_next_block(start);
        self.jump(Opcode::FOR_ITER, cleanup)?;
        self.use_next_block(body_block);
        self.visit_expr(target)?;
        self.visit_stmts(body)?;
        // The jump back is artificial.
        self.unset_loc();
        self.jump_to(start)?;
        self.use_next_block(cleanup);
        self.pop_fblock(FBlockType::ForLoop, start);
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_async_for`.
    fn compile_async_for(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::AsyncFor {
            target,
            iter,
            body,
            orelse,
            ..
        } = &s.kind
        else {
            return Ok(());
        };
        if self.unit().scope_type != ScopeType::AsyncFunction {
            return Err(self.error("'async for' outside async function"));
        }
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.visit_expr(iter)?;
        self.emit(Opcode::GET_AITER, 0)?;
        self.use_next_block(start);
        self.push_fblock(FBlockType::ForLoop, start, Some(end), FBlockDatum::None)?;
        // SETUP_FINALLY guards the __anext__ call.
        self.jump(Pseudo::SetupFinally, except)?;
        self.emit(Opcode::GET_ANEXT, 0)?;
        self.load_const(Value::None)?;
        self.add_yield_from(true)?;
        self.emit(Pseudo::PopBlock, 0)?;
        self.visit_expr(target)?;
        self.visit_stmts(body)?;
        self.unset_loc();
        self.jump_to(start)?;
        self.pop_fblock(FBlockType::ForLoop, start);
        self.use_next_block(except);
        // END_ASYNC_FOR takes the iterator's line: it follows the `for`, not the body.
        self.set_loc(iter.range);
        self.emit(Opcode::END_ASYNC_FOR, 0)?;
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_while`.
    fn compile_while(
        &mut self,
        s: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let lp = self.new_block();
        let body_block = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_next_block(lp);
        self.push_fblock(FBlockType::WhileLoop, lp, Some(end), FBlockDatum::None)?;
        self.jump_if(test, anchor, false)?;
        self.use_next_block(body_block);
        self.visit_stmts(body)?;
        self.set_loc(s.range);
        self.jump_if(test, body_block, true)?;
        self.pop_fblock(FBlockType::WhileLoop, lp);
        self.use_next_block(anchor);
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_return`.
    fn compile_return(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult {
        let preserve_tos = value.is_some_and(|v| !matches!(v.kind, ExprKind::Constant { .. }));
        if !self.in_function_block() {
            return Err(self.error("'return' outside function"));
        }
        let ste = self.ste();
        if value.is_some() && ste.coroutine && ste.generator {
            return Err(self.error("'return' with value in async generator"));
        }
        if preserve_tos {
            if let Some(v) = value {
                self.visit_expr(v)?;
            }
        } else if let Some(v) = value {
            // An instruction with the return value's line.
            self.set_loc(v.range);
            self.emit(Opcode::NOP, 0)?;
        }
        if value.is_none_or(|v| v.range.lineno != s.range.lineno) {
            self.set_loc(s.range);
            self.emit(Opcode::NOP, 0)?;
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match value {
            None => self.load_const(Value::None)?,
            Some(v) if !preserve_tos => {
                if let ExprKind::Constant { value: c, .. } = &v.kind {
                    self.load_ast_const(c)?;
                }
            }
            _ => {}
        }
        self.emit(Opcode::RETURN_VALUE, 0)
    }

    /// `compiler_break`.
    fn compile_break(&mut self) -> CResult {
        let saved = self.unit().loc;
        self.emit(Opcode::NOP, 0)?;
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            self.u().loc = saved;
            return Err(self.error("'break' outside loop"));
        };
        self.unwind_fblock(&lp, false)?;
        match lp.exit {
            Some(exit) => self.jump_to(exit),
            None => Ok(()),
        }
    }

    /// `compiler_continue`.
    fn compile_continue(&mut self) -> CResult {
        let saved = self.unit().loc;
        self.emit(Opcode::NOP, 0)?;
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            self.u().loc = saved;
            return Err(self.error("'continue' not properly in loop"));
        };
        self.jump_to(lp.block)
    }

    /// `compiler_unwind_fblock_stack`: unwind every frame block (or up to the innermost loop when
    /// `stop_at_loop`), returning that loop.
    pub fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(&top) = self.unit().fblocks.last() else {
            return Ok(None);
        };
        if top.kind == FBlockType::ExceptionGroupHandler {
            return Err(
                self.error("'break', 'continue' and 'return' cannot appear in an except* block")
            );
        }
        if stop_at_loop && matches!(top.kind, FBlockType::WhileLoop | FBlockType::ForLoop) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        self.unwind_fblock(&top, preserve_tos)?;
        let found = self.unwind_fblock_stack(preserve_tos, stop_at_loop)?;
        self.u().fblocks.push(top);
        Ok(found)
    }

    /// `compiler_unwind_fblock`: the code that leaves one frame block early.
    pub fn unwind_fblock(&mut self, info: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match info.kind {
            FBlockType::WhileLoop
            | FBlockType::ExceptionHandler
            | FBlockType::ExceptionGroupHandler
            | FBlockType::AsyncComprehensionGenerator => Ok(()),
            FBlockType::ForLoop | FBlockType::PopValue => {
                // Pop the iterator (or the saved value).
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2)?;
                }
                self.emit(Opcode::POP_TOP, 0)
            }
            FBlockType::TryExcept => self.emit(Pseudo::PopBlock, 0),
            FBlockType::FinallyTry => {
                // This POP_BLOCK takes the line of the unwinding statement.
                self.emit(Pseudo::PopBlock, 0)?;
                if preserve_tos {
                    self.push_fblock(FBlockType::PopValue, 0, None, FBlockDatum::None)?;
                }
                if let FBlockDatum::Body(body) = info.datum {
                    self.visit_stmts(body)?;
                }
                if preserve_tos {
                    self.pop_fblock(FBlockType::PopValue, 0);
                }
                // The finally body seems to run after the unwinding statement.
                self.unset_loc();
                Ok(())
            }
            FBlockType::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2)?;
                }
                self.emit(Opcode::POP_TOP, 0)?;
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2)?;
                }
                self.emit(Pseudo::PopBlock, 0)?;
                self.emit(Opcode::POP_EXCEPT, 0)
            }
            FBlockType::With | FBlockType::AsyncWith => {
                if let FBlockDatum::Stmt(s) = info.datum {
                    self.set_loc(s.range);
                }
                self.emit(Pseudo::PopBlock, 0)?;
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2)?;
                }
                self.call_exit_with_nones()?;
                if info.kind == FBlockType::AsyncWith {
                    self.emit(Opcode::GET_AWAITABLE, 2)?;
                    self.load_const(Value::None)?;
                    self.add_yield_from(true)?;
                }
                self.emit(Opcode::POP_TOP, 0)?;
                self.unset_loc();
                Ok(())
            }
            FBlockType::HandlerCleanup => {
                let name = match info.datum {
                    FBlockDatum::Name(n) => n,
                    _ => None,
                };
                if name.is_some() {
                    self.emit(Pseudo::PopBlock, 0)?;
                }
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2)?;
                }
                self.emit(Pseudo::PopBlock, 0)?;
                self.emit(Opcode::POP_EXCEPT, 0)?;
                if let Some(name) = name {
                    self.load_const(Value::None)?;
                    self.nameop(name, ExprContext::Store)?;
                    self.nameop(name, ExprContext::Del)?;
                }
                Ok(())
            }
        }
    }

    /// `compiler_call_exit_with_nones`: `__exit__(None, None, None)`.
    pub fn call_exit_with_nones(&mut self) -> CResult {
        for _ in 0..3 {
            self.load_const(Value::None)?;
        }
        self.emit(Opcode::PRECALL, 2)?;
        self.emit(Opcode::CALL, 2)
    }

    /// `compiler_add_yield_from`: the `SEND` loop of `yield from` and `await`.
    pub fn add_yield_from(&mut self, is_await: bool) -> CResult {
        let start = self.new_block();
        let resume = self.new_block();
        let exit = self.new_block();
        self.use_next_block(start);
        self.jump(Opcode::SEND, exit)?;
        self.use_next_block(resume);
        self.emit(Opcode::YIELD_VALUE, 0)?;
        self.emit(Opcode::RESUME, if is_await { 3 } else { 2 })?;
        self.jump(Pseudo::JumpNoInterrupt, start)?;
        self.use_next_block(exit);
        Ok(())
    }

    /// `compiler_import`.
    fn compile_import(&mut self, names: &'a [Alias]) -> CResult {
        for alias in names {
            self.load_const(Value::int(0))?;
            self.load_const(Value::None)?;
            self.emit_name(Opcode::IMPORT_NAME, &alias.name)?;
            match &alias.asname {
                Some(asname) => self.import_as(&alias.name, asname)?,
                None => {
                    let base = alias.name.split('.').next().unwrap_or(&alias.name);
                    self.nameop(base, ExprContext::Store)?;
                }
            }
        }
        Ok(())
    }

    /// `compiler_import_as`: bind `import a.b.c as d` through `IMPORT_FROM`s.
    fn import_as(&mut self, name: &str, asname: &str) -> CResult {
        let mut parts = name.split('.');
        parts.next();
        let attrs: Vec<&str> = parts.collect();
        if attrs.is_empty() {
            return self.nameop(asname, ExprContext::Store);
        }
        for (i, attr) in attrs.iter().enumerate() {
            self.emit_raw_name(Opcode::IMPORT_FROM, attr)?;
            if i + 1 < attrs.len() {
                self.emit(Opcode::SWAP, 2)?;
                self.emit(Opcode::POP_TOP, 0)?;
            }
        }
        self.nameop(asname, ExprContext::Store)?;
        self.emit(Opcode::POP_TOP, 0)
    }

    /// `compiler_from_import`.
    fn compile_from_import(
        &mut self,
        s: &'a Stmt,
        module: Option<&'a str>,
        names: &'a [Alias],
        level: u32,
    ) -> CResult {
        self.load_const(Value::int(level))?;
        // The names are identifiers, which the parser interns (`*` included).
        let tuple = Value::Tuple(
            names
                .iter()
                .map(|a| Value::interned(a.name.as_str()))
                .collect(),
        );
        let future_line = self.st.future.lineno.unwrap_or(0);
        if s.range.lineno > future_line && module == Some("__future__") {
            return Err(
                self.error("from __future__ imports must occur at the beginning of the file")
            );
        }
        self.load_const(tuple)?;
        self.emit_name(Opcode::IMPORT_NAME, module.unwrap_or(""))?;
        for (i, alias) in names.iter().enumerate() {
            if i == 0 && alias.name.starts_with('*') {
                return self.emit(Opcode::IMPORT_STAR, 0);
            }
            self.emit_name(Opcode::IMPORT_FROM, &alias.name)?;
            let store = alias.asname.as_deref().unwrap_or(&alias.name);
            self.nameop(store, ExprContext::Store)?;
        }
        // Drop the module.
        self.emit(Opcode::POP_TOP, 0)
    }

    /// `compiler_assert`.
    fn compile_assert(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> CResult {
        let nonempty_tuple = match &test.kind {
            ExprKind::Tuple { elts, .. } => !elts.is_empty(),
            ExprKind::Constant {
                value: Constant::Tuple(items),
                ..
            } => !items.is_empty(),
            _ => false,
        };
        if nonempty_tuple {
            self.warn("assertion is always true, perhaps remove parentheses?");
        }
        if self.optimize != 0 {
            return Ok(());
        }
        let end = self.new_block();
        self.jump_if(test, end, true)?;
        self.emit(Opcode::LOAD_ASSERTION_ERROR, 0)?;
        if let Some(msg) = msg {
            self.visit_expr(msg)?;
            self.emit(Opcode::PRECALL, 0)?;
            self.emit(Opcode::CALL, 0)?;
        }
        self.emit(Opcode::RAISE_VARARGS, 1)?;
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_apply_decorators`' and similar helpers' location juggling: run `f` with the
    /// current location restored afterwards.
    pub fn with_saved_loc(&mut self, f: impl FnOnce(&mut Self) -> CResult) -> CResult {
        let saved: Loc = self.unit().loc;
        let r = f(self);
        self.u().loc = saved;
        r
    }
}
