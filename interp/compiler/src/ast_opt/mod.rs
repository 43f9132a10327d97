//! The AST optimiser run before the symbol table: CPython 3.11's `Python/ast_opt.c`
//! (`_PyAST_Optimize`). It walks the tree in CPython's order and folds, bottom-up: operators on
//! constants (`ops.rs`, `arith.rs`, with CPython's size guards), `str % tuple` into f-strings
//! (`format.rs`), constant tuples, subscripts of constants, `in` and `for` over list and set
//! displays, `not` of an identity or membership test (`fold.rs`), and `__debug__`. Annotations
//! are left alone under `from __future__ import annotations` (their text is kept instead).

mod arith;
mod fold;
mod format;
mod ops;

use krait_syntax::ast::{
    Arguments, Comprehension, Constant, ExceptHandler, Expr, ExprContext, ExprKind, Keyword,
    MatchCase, Mod, Pattern, PatternKind, Range, Stmt, StmtKind, WithItem,
};
use krait_syntax::parser::ParseError;

use crate::code::flags::CO_FUTURE_ANNOTATIONS;

/// The location of the nodes the optimiser makes up (CPython gives them -1 everywhere); the
/// code generator reads `u32::MAX` back as -1.
pub(crate) const NO_LOCATION: Range = Range {
    lineno: u32::MAX,
    col_offset: u32::MAX,
    end_lineno: u32::MAX,
    end_col_offset: u32::MAX,
};

/// How many statements, expressions and patterns may nest: `COMPILER_STACK_FRAME_SCALE` (3) ×
/// the default recursion limit (1000), less 3 × the one frame of a module calling `compile()`
/// (the symbol table's budget is counted the same way). CPython's own count also includes the
/// C-level call into `compile()` until the interpreter specialises that call, so a cold call site
/// allows one frame's worth (3 levels) less.
const RECURSION_BUDGET: u32 = 3 * 1000 - 3;

type Result<T = ()> = std::result::Result<T, ParseError>;

/// `_PyAST_Optimize(mod, arena, state)`: rewrites the tree in place. `optimize` is the
/// optimisation level (`__debug__` folds to `optimize == 0`); `features` the `CO_FUTURE_*` bits.
/// The only error is the `RecursionError` of a tree nested too deep.
pub fn optimize(module: &mut Mod, optimize: i32, features: u32) -> Result {
    let mut state = State {
        debug: optimize == 0,
        future_annotations: features & CO_FUTURE_ANNOTATIONS != 0,
        depth: 0,
    };
    state.module(module)
}

/// `_PyASTOptimizeState` and the walk (`astfold_*`).
struct State {
    debug: bool,
    future_annotations: bool,
    depth: u32,
}

/// What `astfold_expr` does to a node after its children.
enum Then {
    Nothing,
    BinOp,
    UnaryOp,
    Compare,
    Subscript,
    Tuple,
    Debug,
}

impl State {
    /// Counts one level of nesting (`++state->recursion_depth > state->recursion_limit`).
    fn enter(&mut self) -> Result {
        self.depth += 1;
        if self.depth > RECURSION_BUDGET {
            return Err(ParseError::Recursion(
                "maximum recursion depth exceeded during compilation".into(),
            ));
        }
        Ok(())
    }

    fn module(&mut self, module: &mut Mod) -> Result {
        match module {
            Mod::Module { body, .. } => self.body(body),
            Mod::Interactive { body } => self.stmts(body),
            Mod::Expression { body } => self.expr(body),
            Mod::FunctionType { .. } => Ok(()),
        }
    }

    /// `astfold_body`: a body whose first statement only becomes a string constant by folding
    /// (`'a' + 'b'`) must not gain a docstring, so that string is wrapped in an f-string node.
    fn body(&mut self, stmts: &mut [Stmt]) -> Result {
        let had_docstring = docstring(stmts).is_some();
        self.stmts(stmts)?;
        let range = stmts.first().map(|s| s.range).unwrap_or_default();
        if !had_docstring && let Some(value) = docstring(stmts) {
            let placeholder = Expr::new(ExprKind::JoinedStr { values: vec![] }, range);
            let text = std::mem::replace(value, placeholder);
            value.kind = ExprKind::JoinedStr { values: vec![text] };
        }
        Ok(())
    }

    fn stmts(&mut self, stmts: &mut [Stmt]) -> Result {
        stmts.iter_mut().try_for_each(|s| self.stmt(s))
    }

    fn exprs(&mut self, exprs: &mut [Expr]) -> Result {
        exprs.iter_mut().try_for_each(|e| self.expr(e))
    }

    fn opt_expr(&mut self, e: &mut Option<Box<Expr>>) -> Result {
        match e {
            Some(e) => self.expr(e),
            None => Ok(()),
        }
    }

    /// An annotation, folded only when it is to be evaluated.
    fn annotation(&mut self, e: &mut Option<Box<Expr>>) -> Result {
        if self.future_annotations {
            return Ok(());
        }
        self.opt_expr(e)
    }

    /// `astfold_stmt`.
    fn stmt(&mut self, s: &mut Stmt) -> Result {
        self.enter()?;
        match &mut s.kind {
            StmtKind::FunctionDef {
                args,
                body,
                decorator_list,
                returns,
                ..
            }
            | StmtKind::AsyncFunctionDef {
                args,
                body,
                decorator_list,
                returns,
                ..
            } => {
                self.arguments(args)?;
                self.body(body)?;
                self.exprs(decorator_list)?;
                self.annotation(returns)?;
            }
            StmtKind::ClassDef {
                bases,
                keywords,
                body,
                decorator_list,
                ..
            } => {
                self.exprs(bases)?;
                self.keywords(keywords)?;
                self.body(body)?;
                self.exprs(decorator_list)?;
            }
            StmtKind::Return { value } => self.opt_expr(value)?,
            StmtKind::Delete { targets } => self.exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(target)?;
                if !self.future_annotations {
                    self.expr(annotation)?;
                }
                self.opt_expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
                fold::iter(iter);
            }
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } | StmtKind::AsyncWith { items, body, .. } => {
                self.with_items(items)?;
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                self.match_cases(cases)?;
            }
            StmtKind::Raise { exc, cause } => {
                self.opt_expr(exc)?;
                self.opt_expr(cause)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
            | StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                self.handlers(handlers)?;
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt_expr(msg)?;
            }
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Import { .. }
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global { .. }
            | StmtKind::Nonlocal { .. }
            | StmtKind::Pass {}
            | StmtKind::Break {}
            | StmtKind::Continue {} => {}
        }
        self.depth -= 1;
        Ok(())
    }

    fn handlers(&mut self, handlers: &mut [ExceptHandler]) -> Result {
        for h in handlers {
            self.opt_expr(&mut h.r#type)?;
            self.stmts(&mut h.body)?;
        }
        Ok(())
    }

    fn with_items(&mut self, items: &mut [WithItem]) -> Result {
        for item in items {
            self.expr(&mut item.context_expr)?;
            self.opt_expr(&mut item.optional_vars)?;
        }
        Ok(())
    }

    fn keywords(&mut self, keywords: &mut [Keyword]) -> Result {
        keywords
            .iter_mut()
            .try_for_each(|k| self.expr(&mut k.value))
    }

    /// `astfold_arguments`: parameter annotations, then the defaults.
    fn arguments(&mut self, args: &mut Arguments) -> Result {
        for a in args.posonlyargs.iter_mut().chain(args.args.iter_mut()) {
            self.annotation(&mut a.annotation)?;
        }
        if let Some(a) = &mut args.vararg {
            self.annotation(&mut a.annotation)?;
        }
        for a in &mut args.kwonlyargs {
            self.annotation(&mut a.annotation)?;
        }
        for d in args.kw_defaults.iter_mut().flatten() {
            self.expr(d)?;
        }
        if let Some(a) = &mut args.kwarg {
            self.annotation(&mut a.annotation)?;
        }
        self.exprs(&mut args.defaults)
    }

    /// `astfold_comprehension`: the iterable is folded as only iterated.
    fn comprehensions(&mut self, generators: &mut [Comprehension]) -> Result {
        for g in generators {
            self.expr(&mut g.target)?;
            self.expr(&mut g.iter)?;
            self.exprs(&mut g.ifs)?;
            fold::iter(&mut g.iter);
        }
        Ok(())
    }

    fn match_cases(&mut self, cases: &mut [MatchCase]) -> Result {
        for case in cases {
            self.pattern(&mut case.pattern)?;
            self.opt_expr(&mut case.guard)?;
            self.stmts(&mut case.body)?;
        }
        Ok(())
    }

    /// `astfold_pattern`: what it folds are the negative and complex literals of value patterns
    /// and mapping keys.
    fn pattern(&mut self, p: &mut Pattern) -> Result {
        self.enter()?;
        match &mut p.kind {
            PatternKind::MatchValue { value } => self.expr(value)?,
            PatternKind::MatchSingleton { .. } | PatternKind::MatchStar { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                self.patterns(patterns)?;
            }
            PatternKind::MatchMapping { keys, patterns, .. } => {
                self.exprs(keys)?;
                self.patterns(patterns)?;
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                self.patterns(patterns)?;
                self.patterns(kwd_patterns)?;
            }
            PatternKind::MatchAs { pattern, .. } => {
                if let Some(p) = pattern {
                    self.pattern(p)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn patterns(&mut self, patterns: &mut [Pattern]) -> Result {
        patterns.iter_mut().try_for_each(|p| self.pattern(p))
    }

    /// `astfold_expr`: the children first, then the node's own fold.
    fn expr(&mut self, e: &mut Expr) -> Result {
        self.enter()?;
        let then = self.expr_children(e)?;
        match then {
            Then::Nothing => {}
            Then::BinOp => fold::binop(e),
            Then::UnaryOp => fold::unaryop(e),
            Then::Compare => fold::compare(e),
            Then::Subscript => fold::subscr(e),
            Then::Tuple => fold::tuple(e),
            Then::Debug => {
                e.kind = ExprKind::Constant {
                    value: Constant::Bool(self.debug),
                    kind: None,
                };
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn expr_children(&mut self, e: &mut Expr) -> Result<Then> {
        match &mut e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
                return Ok(Then::BinOp);
            }
            ExprKind::UnaryOp { operand, .. } => {
                self.expr(operand)?;
                return Ok(Then::UnaryOp);
            }
            ExprKind::Lambda { args, body } => {
                self.arguments(args)?;
                self.expr(body)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter_mut().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set { elts } => self.exprs(elts)?,
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.expr(elt)?;
                self.comprehensions(generators)?;
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.expr(key)?;
                self.expr(value)?;
                self.comprehensions(generators)?;
            }
            ExprKind::Await { value }
            | ExprKind::YieldFrom { value }
            | ExprKind::Attribute { value, .. }
            | ExprKind::Starred { value, .. }
            | ExprKind::NamedExpr { value, .. } => self.expr(value)?,
            ExprKind::Yield { value } => self.opt_expr(value)?,
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
                return Ok(Then::Compare);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                self.keywords(keywords)?;
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                self.opt_expr(format_spec)?;
            }
            ExprKind::JoinedStr { values } => self.exprs(values)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                return Ok(Then::Subscript);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt_expr(lower)?;
                self.opt_expr(upper)?;
                self.opt_expr(step)?;
            }
            ExprKind::List { elts, .. } => self.exprs(elts)?,
            ExprKind::Tuple { elts, .. } => {
                self.exprs(elts)?;
                return Ok(Then::Tuple);
            }
            ExprKind::Name { id, ctx } => {
                if *ctx == ExprContext::Load && id == "__debug__" {
                    return Ok(Then::Debug);
                }
            }
            ExprKind::Constant { .. } => {}
        }
        Ok(Then::Nothing)
    }
}

/// `_PyAST_GetDocString`: the value of a first statement that is a string constant.
fn docstring(stmts: &mut [Stmt]) -> Option<&mut Expr> {
    match &mut stmts.first_mut()?.kind {
        StmtKind::Expr { value } => match value.kind {
            ExprKind::Constant {
                value: Constant::Str(_),
                ..
            } => Some(value),
            _ => None,
        },
        _ => None,
    }
}
