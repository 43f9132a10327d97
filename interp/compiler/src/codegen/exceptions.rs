//! Exception handling statements: `try`/`except`/`else`/`finally`, `try`/`except*`, `with` and
//! `async with` (`compiler_try*`, `compiler_with`, `compiler_async_with`).
//!
//! Every protected region is a block push (`SETUP_FINALLY`, `SETUP_CLEANUP`, `SETUP_WITH`) whose
//! target is the handler, closed by `POP_BLOCK`; the assembler turns them into the exception
//! table. The blocks are allocated, linked and located exactly as 3.11's `compile.c` does it,
//! because the assembler's passes (block ordering, line propagation, NOP removal) depend on
//! that shape.

use krait_syntax::ast::{ExceptHandler, ExprContext, Stmt, StmtKind, WithItem};

use super::{CResult, Compiler, FBlockDatum, FBlockType, ScopeType};
use crate::ir::{BlockId, Pseudo};
use crate::opcode::Opcode;
use crate::value::Value;

/// The frame-block "block" of the kinds that have none in CPython (`NULL` there).
const NO_BLOCK: BlockId = 0;

/// The parts shared by `Try` and `TryStar` statements.
struct TryParts<'a> {
    body: &'a [Stmt],
    handlers: &'a [ExceptHandler],
    orelse: &'a [Stmt],
    finalbody: &'a [Stmt],
    star: bool,
}

fn try_parts(s: &Stmt) -> Option<TryParts<'_>> {
    match &s.kind {
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => Some(TryParts {
            body,
            handlers,
            orelse,
            finalbody,
            star: false,
        }),
        StmtKind::TryStar {
            body,
            handlers,
            orelse,
            finalbody,
        } => Some(TryParts {
            body,
            handlers,
            orelse,
            finalbody,
            star: true,
        }),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    /// `compiler_try`: a `finally` clause wraps everything else.
    pub fn compile_try(&mut self, s: &'a Stmt) -> CResult {
        let Some(parts) = try_parts(s) else {
            return Err(super::system_error("compile_try on a non-try statement"));
        };
        if !parts.finalbody.is_empty() {
            self.compile_try_finally(&parts)
        } else if parts.star {
            self.compile_try_star_except(&parts)
        } else {
            self.compile_try_except(&parts)
        }
    }

    /// `compiler_try_star`: as `compile_try`, with `except*` handlers.
    pub fn compile_try_star(&mut self, s: &'a Stmt) -> CResult {
        self.compile_try(s)
    }

    /// `compiler_try_finally` and `compiler_try_star_finally`: the body (with its handlers) runs
    /// under a `SETUP_FINALLY`; the `finally` body is emitted twice, once inline after the body
    /// and once in the handler, which re-raises the pending exception afterwards.
    fn compile_try_finally(&mut self, t: &TryParts<'a>) -> CResult {
        let body = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.jump(Pseudo::SetupFinally, end)?;
        self.use_next_block(body);
        self.push_fblock(
            FBlockType::FinallyTry,
            body,
            Some(end),
            FBlockDatum::Body(t.finalbody),
        )?;
        if t.handlers.is_empty() {
            self.visit_stmts(t.body)?;
        } else if t.star {
            self.compile_try_star_except(t)?;
        } else {
            self.compile_try_except(t)?;
        }
        self.emit_noline(Pseudo::PopBlock, 0)?;
        self.pop_fblock(FBlockType::FinallyTry, body);
        self.visit_stmts(t.finalbody)?;
        self.jump_noline(Pseudo::Jump, exit)?;
        // The exceptional path: the handler's own instructions are artificial.
        self.use_next_block(end);
        self.unset_loc();
        self.jump(Pseudo::SetupCleanup, cleanup)?;
        self.emit(Opcode::PUSH_EXC_INFO, 0)?;
        self.push_fblock(FBlockType::FinallyEnd, end, None, FBlockDatum::None)?;
        self.visit_stmts(t.finalbody)?;
        self.pop_fblock(FBlockType::FinallyEnd, end);
        self.emit(Opcode::RERAISE, 0)?;
        self.use_next_block(cleanup);
        self.pop_except_and_reraise()?;
        self.use_next_block(exit);
        Ok(())
    }

    /// `compiler_try_except`: the body under `SETUP_FINALLY`, then `else`; the handler pushes
    /// the exception (`PUSH_EXC_INFO`) and tries each clause in turn, re-raising when none
    /// matches.
    fn compile_try_except(&mut self, t: &TryParts<'a>) -> CResult {
        let body = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.jump(Pseudo::SetupFinally, except)?;
        self.use_next_block(body);
        self.push_fblock(FBlockType::TryExcept, body, None, FBlockDatum::None)?;
        self.visit_stmts(t.body)?;
        self.pop_fblock(FBlockType::TryExcept, body);
        self.emit_noline(Pseudo::PopBlock, 0)?;
        self.visit_stmts(t.orelse)?;
        self.jump_noline(Pseudo::Jump, end)?;
        self.use_next_block(except);
        self.unset_loc();
        self.jump(Pseudo::SetupCleanup, cleanup)?;
        self.emit(Opcode::PUSH_EXC_INFO, 0)?;
        // The interpreter pushes a block of its own while a handler runs.
        self.push_fblock(
            FBlockType::ExceptionHandler,
            NO_BLOCK,
            None,
            FBlockDatum::None,
        )?;
        let n = t.handlers.len();
        for (i, handler) in t.handlers.iter().enumerate() {
            self.set_loc(handler.range);
            if handler.r#type.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last"));
            }
            let next = self.new_block();
            if let Some(ty) = &handler.r#type {
                self.visit_expr(ty)?;
                self.emit(Opcode::CHECK_EXC_MATCH, 0)?;
                self.jump(Pseudo::PopJumpIfFalse, next)?;
            }
            match &handler.name {
                Some(name) => self.named_handler_body(handler, name, end)?,
                None => {
                    let cleanup_body = self.new_block();
                    // Drop the exception: nothing binds it.
                    self.emit(Opcode::POP_TOP, 0)?;
                    self.use_next_block(cleanup_body);
                    self.push_fblock(
                        FBlockType::HandlerCleanup,
                        cleanup_body,
                        None,
                        FBlockDatum::Name(None),
                    )?;
                    self.visit_stmts(&handler.body)?;
                    self.pop_fblock(FBlockType::HandlerCleanup, cleanup_body);
                    self.unset_loc();
                    self.emit(Pseudo::PopBlock, 0)?;
                    self.emit(Opcode::POP_EXCEPT, 0)?;
                    self.jump_to(end)?;
                }
            }
            self.use_next_block(next);
        }
        // No clause matched: re-raise, artificially.
        self.unset_loc();
        self.pop_fblock(FBlockType::ExceptionHandler, NO_BLOCK);
        self.emit(Opcode::RERAISE, 0)?;
        self.use_next_block(cleanup);
        self.pop_except_and_reraise()?;
        self.use_next_block(end);
        Ok(())
    }

    /// The body of `except E as name:`, which runs as if in a `try`/`finally` that clears the
    /// name afterwards (`name = None; del name`) whichever way it is left, as
    /// `compiler_try_except` arranges it.
    fn named_handler_body(
        &mut self,
        handler: &'a ExceptHandler,
        name: &'a str,
        end: BlockId,
    ) -> CResult {
        let cleanup_end = self.new_block();
        let cleanup_body = self.new_block();
        self.nameop(name, ExprContext::Store)?;
        self.jump(Pseudo::SetupCleanup, cleanup_end)?;
        self.use_next_block(cleanup_body);
        self.push_fblock(
            FBlockType::HandlerCleanup,
            cleanup_body,
            None,
            FBlockDatum::Name(Some(name)),
        )?;
        self.visit_stmts(&handler.body)?;
        self.pop_fblock(FBlockType::HandlerCleanup, cleanup_body);
        // Normal exit: pop both blocks and the exception, clear the name.
        self.unset_loc();
        self.emit(Pseudo::PopBlock, 0)?;
        self.emit(Pseudo::PopBlock, 0)?;
        self.emit(Opcode::POP_EXCEPT, 0)?;
        self.clear_name(name)?;
        self.jump_to(end)?;
        // Exceptional exit from the body: clear the name and re-raise, keeping `lasti`.
        self.use_next_block(cleanup_end);
        self.unset_loc();
        self.clear_name(name)?;
        self.emit(Opcode::RERAISE, 1)
    }

    /// `name = None; del name`.
    fn clear_name(&mut self, name: &str) -> CResult {
        self.load_const(Value::None)?;
        self.nameop(name, ExprContext::Store)?;
        self.nameop(name, ExprContext::Del)
    }

    /// `compiler_pop_except_and_reraise` (`POP_EXCEPT_AND_RERAISE`): the cleanup handler that
    /// restores the previous exception before re-raising (`COPY 3; POP_EXCEPT; RERAISE 1`).
    pub(crate) fn pop_except_and_reraise(&mut self) -> CResult {
        self.emit(Opcode::COPY, 3)?;
        self.emit(Opcode::POP_EXCEPT, 0)?;
        self.emit(Opcode::RERAISE, 1)
    }

    /// `compiler_try_star_except`: the handler keeps the original exception group and a list
    /// of the exceptions raised by the clauses; each clause splits off its match
    /// (`CHECK_EG_MATCH`) from the rest, and `PREP_RERAISE_STAR` finally merges what is left
    /// to re-raise, if anything.
    fn compile_try_star_except(&mut self, t: &TryParts<'a>) -> CResult {
        let body = self.new_block();
        let except = self.new_block();
        let orelse = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        let reraise_star = self.new_block();
        self.jump(Pseudo::SetupFinally, except)?;
        self.use_next_block(body);
        self.push_fblock(FBlockType::TryExcept, body, None, FBlockDatum::None)?;
        self.visit_stmts(t.body)?;
        self.pop_fblock(FBlockType::TryExcept, body);
        self.emit_noline(Pseudo::PopBlock, 0)?;
        self.jump_noline(Pseudo::Jump, orelse)?;
        self.use_next_block(except);
        self.unset_loc();
        self.jump(Pseudo::SetupCleanup, cleanup)?;
        self.emit(Opcode::PUSH_EXC_INFO, 0)?;
        // `break`, `continue` and `return` are refused inside while this block is on top.
        self.push_fblock(
            FBlockType::ExceptionGroupHandler,
            NO_BLOCK,
            None,
            FBlockDatum::None,
        )?;
        let n = t.handlers.len();
        for (i, handler) in t.handlers.iter().enumerate() {
            self.star_handler(handler, i == 0, i + 1 == n, reraise_star)?;
        }
        self.unset_loc();
        self.pop_fblock(FBlockType::ExceptionGroupHandler, NO_BLOCK);
        let reraise = self.new_block();
        self.use_next_block(reraise_star);
        self.emit(Opcode::PREP_RERAISE_STAR, 0)?;
        self.emit(Opcode::COPY, 1)?;
        self.jump(Pseudo::PopJumpIfNotNone, reraise)?;
        // Nothing left to raise.
        self.emit(Opcode::POP_TOP, 0)?;
        self.emit(Pseudo::PopBlock, 0)?;
        self.emit(Opcode::POP_EXCEPT, 0)?;
        self.jump_to(end)?;
        self.use_next_block(reraise);
        self.emit(Pseudo::PopBlock, 0)?;
        self.emit(Opcode::SWAP, 2)?;
        self.emit(Opcode::POP_EXCEPT, 0)?;
        self.emit(Opcode::RERAISE, 0)?;
        self.use_next_block(cleanup);
        self.pop_except_and_reraise()?;
        self.use_next_block(orelse);
        self.visit_stmts(t.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    /// One `except*` clause of `compiler_try_star_except`. The stack holds the original group,
    /// the result list and the exceptions still unmatched (`[orig, res, rest]`).
    fn star_handler(
        &mut self,
        handler: &'a ExceptHandler,
        first: bool,
        last: bool,
        reraise_star: BlockId,
    ) -> CResult {
        self.set_loc(handler.range);
        let except = self.new_block();
        let except_with_error = self.new_block();
        let no_match = self.new_block();
        if first {
            // Keep the original group below an empty list of raised exceptions.
            self.emit(Opcode::COPY, 1)?;
            self.emit(Opcode::BUILD_LIST, 0)?;
            self.emit(Opcode::SWAP, 2)?;
        }
        if let Some(ty) = &handler.r#type {
            self.visit_expr(ty)?;
            self.emit(Opcode::CHECK_EG_MATCH, 0)?;
            self.emit(Opcode::COPY, 1)?;
            self.jump(Pseudo::PopJumpIfNone, no_match)?;
        }
        let cleanup_end = self.new_block();
        let cleanup_body = self.new_block();
        match &handler.name {
            Some(name) => self.nameop(name, ExprContext::Store)?,
            None => self.emit(Opcode::POP_TOP, 0)?,
        }
        let name = handler.name.as_deref();
        self.jump(Pseudo::SetupCleanup, cleanup_end)?;
        self.use_next_block(cleanup_body);
        self.push_fblock(
            FBlockType::HandlerCleanup,
            cleanup_body,
            None,
            FBlockDatum::Name(name),
        )?;
        self.visit_stmts(&handler.body)?;
        self.pop_fblock(FBlockType::HandlerCleanup, cleanup_body);
        self.unset_loc();
        self.emit(Pseudo::PopBlock, 0)?;
        if let Some(name) = name {
            self.clear_name(name)?;
        }
        self.jump_to(except)?;
        // The clause raised: add that exception to the result list, drop `lasti`.
        self.use_next_block(cleanup_end);
        self.unset_loc();
        if let Some(name) = name {
            self.clear_name(name)?;
        }
        self.emit(Opcode::LIST_APPEND, 3)?;
        self.emit(Opcode::POP_TOP, 0)?;
        self.jump_to(except_with_error)?;
        self.use_next_block(except);
        // A NOP to carry a propagated location.
        self.emit(Opcode::NOP, 0)?;
        self.jump_to(except_with_error)?;
        self.use_next_block(no_match);
        // The `None` match.
        self.emit(Opcode::POP_TOP, 0)?;
        self.use_next_block(except_with_error);
        if last {
            // The unhandled rest (or None) joins the list too.
            self.emit(Opcode::LIST_APPEND, 1)?;
            self.jump_to(reraise_star)?;
        }
        Ok(())
    }

    /// `compiler_with`: items from `pos` on, each nesting the next one (and the body) under
    /// its `SETUP_WITH`.
    pub fn compile_with(&mut self, s: &'a Stmt, pos: usize) -> CResult {
        let StmtKind::With { items, body, .. } = &s.kind else {
            return Err(super::system_error("compile_with on a non-with statement"));
        };
        let item = self.with_item(items, pos)?;
        let block = self.new_block();
        let fin = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.visit_expr(&item.context_expr)?;
        // Pushes the bound `__exit__` below the `__enter__()` result.
        self.emit(Opcode::BEFORE_WITH, 0)?;
        self.jump(Pseudo::SetupWith, fin)?;
        self.use_next_block(block);
        self.push_fblock(FBlockType::With, block, Some(fin), FBlockDatum::Stmt(s))?;
        self.with_target(item)?;
        if pos + 1 == items.len() {
            self.visit_stmts(body)?;
        } else {
            self.compile_with(s, pos + 1)?;
        }
        // What follows the body is artificial, up to the exit call with the statement's line.
        self.unset_loc();
        self.emit(Pseudo::PopBlock, 0)?;
        self.pop_fblock(FBlockType::With, block);
        self.set_loc(s.range);
        self.call_exit_with_nones()?;
        self.emit(Opcode::POP_TOP, 0)?;
        self.jump_to(exit)?;
        self.use_next_block(fin);
        self.jump(Pseudo::SetupCleanup, cleanup)?;
        self.emit(Opcode::PUSH_EXC_INFO, 0)?;
        self.emit(Opcode::WITH_EXCEPT_START, 0)?;
        self.with_except_finish(cleanup)?;
        self.use_next_block(exit);
        Ok(())
    }

    /// `compiler_async_with`: as `compile_with`, awaiting `__aenter__` and `__aexit__`.
    pub fn compile_async_with(&mut self, s: &'a Stmt, pos: usize) -> CResult {
        let StmtKind::AsyncWith { items, body, .. } = &s.kind else {
            return Err(super::system_error(
                "compile_async_with on a non-async-with statement",
            ));
        };
        if self.unit().scope_type != ScopeType::AsyncFunction {
            return Err(self.error("'async with' outside async function"));
        }
        let item = self.with_item(items, pos)?;
        let block = self.new_block();
        let fin = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.visit_expr(&item.context_expr)?;
        self.emit(Opcode::BEFORE_ASYNC_WITH, 0)?;
        self.await_tos(1)?;
        self.jump(Pseudo::SetupWith, fin)?;
        self.use_next_block(block);
        self.push_fblock(
            FBlockType::AsyncWith,
            block,
            Some(fin),
            FBlockDatum::Stmt(s),
        )?;
        self.with_target(item)?;
        if pos + 1 == items.len() {
            self.visit_stmts(body)?;
        } else {
            self.compile_async_with(s, pos + 1)?;
        }
        // Unlike `compiler_with`, the POP_BLOCK keeps the location the body left.
        self.pop_fblock(FBlockType::AsyncWith, block);
        self.emit(Pseudo::PopBlock, 0)?;
        self.set_loc(s.range);
        self.call_exit_with_nones()?;
        self.await_tos(2)?;
        self.emit(Opcode::POP_TOP, 0)?;
        self.jump_to(exit)?;
        self.use_next_block(fin);
        self.jump(Pseudo::SetupCleanup, cleanup)?;
        self.emit(Opcode::PUSH_EXC_INFO, 0)?;
        self.emit(Opcode::WITH_EXCEPT_START, 0)?;
        self.await_tos(2)?;
        self.with_except_finish(cleanup)?;
        self.use_next_block(exit);
        Ok(())
    }

    /// The `with` item at `pos`.
    fn with_item(&self, items: &'a [WithItem], pos: usize) -> CResult<&'a WithItem> {
        items
            .get(pos)
            .ok_or_else(|| super::system_error("with statement without items"))
    }

    /// Binds the `__enter__()` result to the `as` target, or drops it.
    fn with_target(&mut self, item: &'a WithItem) -> CResult {
        match &item.optional_vars {
            Some(target) => self.visit_expr(target),
            None => self.emit(Opcode::POP_TOP, 0),
        }
    }

    /// `GET_AWAITABLE where; LOAD_CONST None; <yield from>`.
    fn await_tos(&mut self, where_: u32) -> CResult {
        self.emit(Opcode::GET_AWAITABLE, where_)?;
        self.load_const(Value::None)?;
        self.add_yield_from(true)
    }

    /// `compiler_with_except_finish`: after `__exit__(exc)` returned, swallow the exception if
    /// the result is true, else re-raise it; all artificial.
    fn with_except_finish(&mut self, cleanup: BlockId) -> CResult {
        self.unset_loc();
        let exit = self.new_block();
        self.jump(Pseudo::PopJumpIfTrue, exit)?;
        self.emit(Opcode::RERAISE, 2)?;
        self.use_next_block(cleanup);
        self.pop_except_and_reraise()?;
        self.use_next_block(exit);
        // Drop the exception, the handler block, the previous exception (restored), `lasti`
        // and `__exit__`.
        self.emit(Opcode::POP_TOP, 0)?;
        self.emit(Pseudo::PopBlock, 0)?;
        self.emit(Opcode::POP_EXCEPT, 0)?;
        self.emit(Opcode::POP_TOP, 0)?;
        self.emit(Opcode::POP_TOP, 0)
    }
}
