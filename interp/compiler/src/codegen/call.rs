//! Calls: `compiler_call`, the `LOAD_METHOD` fast path (`maybe_optimize_method_call`),
//! `compiler_call_helper` with `KW_NAMES`, and `CALL_FUNCTION_EX` for `*args`/`**kwargs`.

use krait_syntax::ast::{Expr, ExprKind, Keyword};

use super::expr::{STACK_USE_GUIDELINE, TUPLE_DISPLAY};
use super::{CResult, Compiler};
use crate::opcode::Opcode;
use crate::symtable::Flags;
use crate::value::Value;

impl<'a> Compiler<'a> {
    /// `validate_keywords`: `__debug__` and repeated keyword arguments are errors.
    fn validate_keywords(&mut self, keywords: &[Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(arg) = &k.arg else { continue };
            self.forbidden_name(arg, krait_syntax::ast::ExprContext::Store)?;
            if let Some(other) = keywords[i + 1..]
                .iter()
                .find(|o| o.arg.as_deref() == Some(arg))
            {
                self.set_loc(other.range);
                return Err(self.error(format!("keyword argument repeated: {arg}")));
            }
        }
        Ok(())
    }

    /// `compiler_call`.
    pub fn compile_call(&mut self, e: &'a Expr) -> CResult {
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &e.kind
        else {
            return Ok(());
        };
        self.validate_keywords(keywords)?;
        if self.maybe_optimize_method_call(e, func, args, keywords)? {
            return Ok(());
        }
        self.check_caller(func);
        self.set_loc(func.range);
        self.emit(Opcode::PUSH_NULL, 0)?;
        self.set_loc(e.range);
        self.visit_expr(func)?;
        self.call_helper(0, args, keywords)
    }

    /// `is_import_originated`: the module scope binds this name by an import.
    fn is_import_originated(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name { id, .. } => self.st.top().flags(id).intersects(Flags::IMPORT),
            _ => false,
        }
    }

    /// `maybe_optimize_method_call`: `obj.meth(args)` as `LOAD_METHOD` + `PRECALL`/`CALL`.
    /// Returns whether the call was compiled.
    fn maybe_optimize_method_call(
        &mut self,
        e: &'a Expr,
        meth: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<bool> {
        let ExprKind::Attribute {
            value,
            attr,
            ctx: krait_syntax::ast::ExprContext::Load,
        } = &meth.kind
        else {
            return Ok(false);
        };
        if self.is_import_originated(value) {
            return Ok(false);
        }
        let (argsl, kwdsl) = (args.len(), keywords.len());
        if argsl + kwdsl + usize::from(kwdsl != 0) >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none())
        {
            return Ok(false);
        }
        self.visit_expr(value)?;
        self.set_loc(meth.range);
        self.update_start_location_to_match_attr(meth);
        self.emit_name(Opcode::LOAD_METHOD, attr)?;
        for a in args {
            self.visit_expr(a)?;
        }
        if kwdsl > 0 {
            for k in keywords {
                self.visit_expr(&k.value)?;
            }
            self.kw_names(keywords)?;
        }
        self.set_loc(e.range);
        self.update_start_location_to_match_attr(meth);
        let n = (argsl + kwdsl) as u32;
        self.emit(Opcode::PRECALL, n)?;
        self.emit(Opcode::CALL, n)?;
        Ok(true)
    }

    /// `compiler_call_simple_kw_helper`: `KW_NAMES` with the keywords' names.
    fn kw_names(&mut self, keywords: &[Keyword]) -> CResult {
        let names = keywords
            .iter()
            .map(|k| Value::str(k.arg.as_deref().unwrap_or_default()))
            .collect();
        let i = self.add_const(Value::Tuple(names));
        self.emit(Opcode::KW_NAMES, i)
    }

    /// `compiler_call_helper`: the arguments and the call, `n` arguments being already pushed.
    pub fn call_helper(&mut self, n: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        self.validate_keywords(keywords)?;
        let simple = args.len() + keywords.len() * 2 <= STACK_USE_GUIDELINE
            && !args
                .iter()
                .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            for a in args {
                self.visit_expr(a)?;
            }
            if !keywords.is_empty() {
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                self.kw_names(keywords)?;
            }
            let total = n + (args.len() + keywords.len()) as u32;
            self.emit(Opcode::PRECALL, total)?;
            return self.emit(Opcode::CALL, total);
        }
        // Positional arguments as one tuple.
        match args {
            [only] if n == 0 && matches!(only.kind, ExprKind::Starred { .. }) => {
                if let ExprKind::Starred { value, .. } = &only.kind {
                    self.visit_expr(value)?;
                }
            }
            _ => self.starunpack(args, n, TUPLE_DISPLAY)?,
        }
        // Keyword arguments as one dict.
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, kw) in keywords.iter().enumerate() {
                if kw.arg.is_some() {
                    nseen += 1;
                    continue;
                }
                if nseen > 0 {
                    self.subkwargs(&keywords[i - nseen..i])?;
                    if have_dict {
                        self.emit(Opcode::DICT_MERGE, 1)?;
                    }
                    have_dict = true;
                    nseen = 0;
                }
                if !have_dict {
                    self.emit(Opcode::BUILD_MAP, 0)?;
                    have_dict = true;
                }
                self.visit_expr(&kw.value)?;
                self.emit(Opcode::DICT_MERGE, 1)?;
            }
            if nseen > 0 {
                self.subkwargs(&keywords[keywords.len() - nseen..])?;
                if have_dict {
                    self.emit(Opcode::DICT_MERGE, 1)?;
                }
            }
        }
        self.emit(Opcode::CALL_FUNCTION_EX, u32::from(!keywords.is_empty()))
    }

    /// `compiler_subkwargs`: a run of named keyword arguments as one dict.
    fn subkwargs(&mut self, kws: &'a [Keyword]) -> CResult {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in kws {
                self.visit_expr(&k.value)?;
            }
            let keys = kws
                .iter()
                .map(|k| Value::str(k.arg.as_deref().unwrap_or_default()))
                .collect();
            self.load_const(Value::Tuple(keys))?;
            return self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32);
        }
        if big {
            self.emit_noline(Opcode::BUILD_MAP, 0)?;
        }
        for k in kws {
            self.load_const(Value::str(k.arg.as_deref().unwrap_or_default()))?;
            self.visit_expr(&k.value)?;
            if big {
                self.emit_noline(Opcode::MAP_ADD, 1)?;
            }
        }
        if !big {
            self.emit(Opcode::BUILD_MAP, n as u32)?;
        }
        Ok(())
    }
}
