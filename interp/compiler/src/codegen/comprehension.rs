//! Comprehensions and generator expressions: `compiler_comprehension` and its sync/async
//! generator helpers (each comprehension is its own code object in 3.11, called with the
//! outermost iterator as its single argument `.0`).

use krait_syntax::ast::{Comprehension, Expr, ExprKind};

use super::{CResult, Compiler, FBlockDatum, FBlockType, ScopeType};
use crate::ir::Pseudo;
use crate::opcode::Opcode;
use crate::value::Value;

/// `COMP_GENEXP`, `COMP_LISTCOMP`, `COMP_SETCOMP`, `COMP_DICTCOMP`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CompKind {
    GenExp,
    List,
    Set,
    Dict,
}

/// What one comprehension compiles: its kind, unit name, loops, element (and dict value).
#[derive(Clone, Copy)]
struct CompParts<'a> {
    kind: CompKind,
    name: &'static str,
    generators: &'a [Comprehension],
    elt: &'a Expr,
    val: Option<&'a Expr>,
}

impl<'a> Compiler<'a> {
    /// `compiler_genexp`, `compiler_listcomp`, `compiler_setcomp`, `compiler_dictcomp`.
    pub fn compile_comprehension(&mut self, e: &'a Expr) -> CResult {
        let parts = match &e.kind {
            ExprKind::GeneratorExp { elt, generators } => CompParts {
                kind: CompKind::GenExp,
                name: "<genexpr>",
                generators,
                elt,
                val: None,
            },
            ExprKind::ListComp { elt, generators } => CompParts {
                kind: CompKind::List,
                name: "<listcomp>",
                generators,
                elt,
                val: None,
            },
            ExprKind::SetComp { elt, generators } => CompParts {
                kind: CompKind::Set,
                name: "<setcomp>",
                generators,
                elt,
                val: None,
            },
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => CompParts {
                kind: CompKind::Dict,
                name: "<dictcomp>",
                generators,
                elt: key,
                val: Some(value),
            },
            _ => return Err(super::system_error("not a comprehension")),
        };
        self.comprehension(e, parts)
    }

    /// `compiler_comprehension`: the comprehension's own unit, then, in the enclosing unit,
    /// the function made from it called on the outermost iterable (evaluated outside, so that
    /// its names resolve in the enclosing scope).
    fn comprehension(&mut self, e: &'a Expr, parts: CompParts<'a>) -> CResult {
        let Some(outermost) = parts.generators.first() else {
            return Err(super::system_error("comprehension without generators"));
        };
        let outer_scope = self.unit().scope_type;
        let ste = self
            .st
            .lookup_expr(e)
            .ok_or_else(|| super::system_error("no symtable block for comprehension"))?;
        self.enter_scope(
            parts.name,
            ScopeType::Comprehension,
            ste,
            e.range.lineno as i32,
        )?;
        self.set_loc(e.range);
        // The symbol table marks a comprehension awaiting (or iterating asynchronously) as a
        // coroutine; only generator expressions may be one outside an async function.
        let is_async = self.ste().coroutine;
        let code = match self.comprehension_body(parts, is_async, outer_scope) {
            Ok(()) => self.assemble_unit(true),
            Err(err) => {
                self.exit_scope();
                return Err(err);
            }
        };
        let qualname = self.unit().qualname.clone();
        self.exit_scope();
        self.make_closure(code, 0, &qualname)?;
        self.visit_expr(&outermost.iter)?;
        if outermost.is_async != 0 {
            self.emit(Opcode::GET_AITER, 0)?;
        } else {
            self.emit(Opcode::GET_ITER, 0)?;
        }
        self.emit(Opcode::PRECALL, 0)?;
        self.emit(Opcode::CALL, 0)?;
        // Calling an async list/set/dict comprehension gives a coroutine to await in place.
        if is_async && parts.kind != CompKind::GenExp {
            self.emit(Opcode::GET_AWAITABLE, 0)?;
            self.load_const(Value::None)?;
            self.add_yield_from(true)?;
        }
        Ok(())
    }

    /// The inside of a comprehension's unit: the empty collection, the loops, the return.
    fn comprehension_body(
        &mut self,
        parts: CompParts<'a>,
        is_async: bool,
        outer_scope: ScopeType,
    ) -> CResult {
        if is_async
            && parts.kind != CompKind::GenExp
            && !matches!(
                outer_scope,
                ScopeType::AsyncFunction | ScopeType::Comprehension
            )
        {
            return Err(
                self.error("asynchronous comprehension outside of an asynchronous function")
            );
        }
        match parts.kind {
            CompKind::GenExp => {}
            CompKind::List => self.emit(Opcode::BUILD_LIST, 0)?,
            CompKind::Set => self.emit(Opcode::BUILD_SET, 0)?,
            CompKind::Dict => self.emit(Opcode::BUILD_MAP, 0)?,
        }
        self.comprehension_generator(parts, 0, 0)?;
        if parts.kind != CompKind::GenExp {
            self.emit(Opcode::RETURN_VALUE, 0)?;
        }
        Ok(())
    }

    /// `compiler_comprehension_generator`: the loop of generator `index`, by its kind.
    fn comprehension_generator(
        &mut self,
        parts: CompParts<'a>,
        index: usize,
        depth: u32,
    ) -> CResult {
        let Some(comp) = parts.generators.get(index) else {
            return Err(super::system_error("comprehension generator out of range"));
        };
        if comp.is_async != 0 {
            self.async_comprehension_generator(parts, index, depth)
        } else {
            self.sync_comprehension_generator(parts, index, depth)
        }
    }

    /// The outermost loop iterates over the unit's argument `.0` (local 0), already an
    /// iterator; `compiler_*_comprehension_generator` set the argument count here.
    fn load_outermost_iterator(&mut self) -> CResult {
        self.u().argcount = 1;
        self.emit(Opcode::LOAD_FAST, 0)
    }

    /// `compiler_sync_comprehension_generator`: `FOR_ITER` over the generator's iterable, the
    /// target, the conditions, then the next generator or the element.
    fn sync_comprehension_generator(
        &mut self,
        parts: CompParts<'a>,
        index: usize,
        mut depth: u32,
    ) -> CResult {
        let mut start = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        let comp = &parts.generators[index];
        if index == 0 {
            self.load_outermost_iterator()?;
        } else {
            // `for y in [f(x)]` (or a one-item tuple) is an assignment, not a loop.
            let elts: &[Expr] = match &comp.iter.kind {
                ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts,
                _ => &[],
            };
            match elts {
                [only] if !matches!(only.kind, ExprKind::Starred { .. }) => {
                    self.visit_expr(only)?;
                    start = None;
                }
                _ => {
                    self.visit_expr(&comp.iter)?;
                    self.emit(Opcode::GET_ITER, 0)?;
                }
            }
        }
        if let Some(start) = start {
            depth += 1;
            self.use_next_block(start);
            self.jump(Opcode::FOR_ITER, anchor)?;
        }
        self.visit_expr(&comp.target)?;
        for cond in &comp.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < parts.generators.len() {
            self.comprehension_generator(parts, index + 1, depth)?;
        } else {
            self.comprehension_element(parts, depth)?;
        }
        self.use_next_block(if_cleanup);
        if let Some(start) = start {
            self.jump_to(start)?;
            self.use_next_block(anchor);
        }
        Ok(())
    }

    /// `compiler_async_comprehension_generator`: `GET_ANEXT` awaited under a `SETUP_FINALLY`
    /// whose handler, `END_ASYNC_FOR`, ends the loop at `StopAsyncIteration`.
    fn async_comprehension_generator(
        &mut self,
        parts: CompParts<'a>,
        index: usize,
        depth: u32,
    ) -> CResult {
        let start = self.new_block();
        let except = self.new_block();
        let if_cleanup = self.new_block();
        let comp = &parts.generators[index];
        if index == 0 {
            self.load_outermost_iterator()?;
        } else {
            self.visit_expr(&comp.iter)?;
            self.emit(Opcode::GET_AITER, 0)?;
        }
        self.use_next_block(start);
        // The runtime holds the iterator here, as a loop's frame block would.
        self.push_fblock(
            FBlockType::AsyncComprehensionGenerator,
            start,
            None,
            FBlockDatum::None,
        )?;
        self.jump(Pseudo::SetupFinally, except)?;
        self.emit(Opcode::GET_ANEXT, 0)?;
        self.load_const(Value::None)?;
        self.add_yield_from(true)?;
        self.emit(Pseudo::PopBlock, 0)?;
        self.visit_expr(&comp.target)?;
        for cond in &comp.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        // Unlike the sync loop, the depth counts this loop whether or not it is the last.
        let depth = depth + 1;
        if index + 1 < parts.generators.len() {
            self.comprehension_generator(parts, index + 1, depth)?;
        } else {
            self.comprehension_element(parts, depth)?;
        }
        self.use_next_block(if_cleanup);
        self.jump_to(start)?;
        self.pop_fblock(FBlockType::AsyncComprehensionGenerator, start);
        self.use_next_block(except);
        self.emit(Opcode::END_ASYNC_FOR, 0)
    }

    /// After the innermost loop: yield the element, or add it to the collection `depth + 1`
    /// items down the stack (below the loops' iterators).
    fn comprehension_element(&mut self, parts: CompParts<'a>, depth: u32) -> CResult {
        self.visit_expr(parts.elt)?;
        match parts.kind {
            CompKind::GenExp => {
                self.emit_yield()?;
                self.emit(Opcode::POP_TOP, 0)
            }
            CompKind::List => self.emit(Opcode::LIST_APPEND, depth + 1),
            CompKind::Set => self.emit(Opcode::SET_ADD, depth + 1),
            CompKind::Dict => {
                // `{k: v}` evaluates the key first.
                if let Some(val) = parts.val {
                    self.visit_expr(val)?;
                }
                self.emit(Opcode::MAP_ADD, depth + 1)
            }
        }
    }
}
