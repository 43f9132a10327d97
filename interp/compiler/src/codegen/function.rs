//! Function, lambda and class definitions: `compiler_function`, `compiler_lambda`,
//! `compiler_class`, with defaults, keyword-only defaults, annotations, decorators and closures
//! (`compiler_make_closure`).

use krait_syntax::ast::{Arg, Arguments, Expr, ExprContext, ExprKind, Stmt, StmtKind};

use super::{CResult, Compiler, ScopeType, docstring_expr};
use crate::code::CodeObject;
use crate::opcode::Opcode;
use crate::symtable::{Scope, mangle};
use crate::value::Value;

/// `MAKE_FUNCTION` flag bits.
const MF_DEFAULTS: u32 = 0x01;
const MF_KWDEFAULTS: u32 = 0x02;
const MF_ANNOTATIONS: u32 = 0x04;
const MF_CLOSURE: u32 = 0x08;

impl<'a> Compiler<'a> {
    /// `compiler_check_debug_args`: no parameter may be called `__debug__`.
    fn check_debug_args(&mut self, args: &Arguments) -> CResult {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.as_deref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_deref());
        for a in all {
            self.forbidden_name(&a.arg, ExprContext::Store)?;
        }
        Ok(())
    }

    /// `compiler_default_arguments`: push defaults and keyword-only defaults, returning the
    /// `MAKE_FUNCTION` flags they set.
    fn default_arguments(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.visit_expr(d)?;
            }
            self.emit(Opcode::BUILD_TUPLE, args.defaults.len() as u32)?;
            flags |= MF_DEFAULTS;
        }
        let mut keys = Vec::new();
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(default) = default {
                keys.push(self.mangled_const(&arg.arg));
                self.visit_expr(default)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Value::Tuple(keys))?;
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n)?;
            flags |= MF_KWDEFAULTS;
        }
        Ok(flags)
    }

    /// A parameter name as a constant: `_Py_Mangle` hands back the parser's interned identifier
    /// when there is nothing to mangle, and a new, uninterned string when there is.
    fn mangled_const(&self, name: &str) -> Value {
        let mangled = mangle(self.unit().private.as_deref(), name);
        Value::Str {
            interned: matches!(mangled, std::borrow::Cow::Borrowed(_)),
            value: mangled.as_ref().into(),
        }
    }

    /// `compiler_visit_annexpr`: an annotation kept as its source text (PEP 563).
    pub fn visit_annexpr(&mut self, annotation: &Expr) -> CResult {
        let text = super::unparse::expr_as_unicode(annotation);
        self.load_const(Value::str(text))
    }

    /// `compiler_visit_argannotation`: push the name and annotation of one parameter.
    fn visit_argannotation(
        &mut self,
        id: &str,
        annotation: Option<&'a Expr>,
        len: &mut u32,
    ) -> CResult {
        let Some(annotation) = annotation else {
            return Ok(());
        };
        let name = self.mangled_const(id);
        self.load_const(name)?;
        if self.features & crate::code::flags::CO_FUTURE_ANNOTATIONS != 0 {
            self.visit_annexpr(annotation)?;
        } else if let ExprKind::Starred { value, .. } = &annotation.kind {
            // `*args: *Ts` evaluates as `[annotation] = [*Ts]`.
            self.visit_expr(value)?;
            self.emit(Opcode::UNPACK_SEQUENCE, 1)?;
        } else {
            self.visit_expr(annotation)?;
        }
        *len += 2;
        Ok(())
    }

    /// `compiler_visit_annotations`: the annotations tuple, in CPython's (not source) order.
    fn visit_annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> CResult<bool> {
        let mut len = 0;
        let one = |a: &'a Arg| (a.arg.as_str(), a.annotation.as_deref());
        let seq: Vec<(&str, Option<&Expr>)> = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .map(one)
            .chain(args.vararg.as_deref().map(one))
            .chain(args.kwonlyargs.iter().map(one))
            .chain(args.kwarg.as_deref().map(one))
            .chain(std::iter::once(("return", returns)))
            .collect();
        for (id, ann) in seq {
            self.visit_argannotation(id, ann, &mut len)?;
        }
        if len > 0 {
            self.emit(Opcode::BUILD_TUPLE, len)?;
        }
        Ok(len > 0)
    }

    /// `compiler_apply_decorators`: call each decorator, innermost first, at its own location.
    fn apply_decorators(&mut self, decos: &'a [Expr]) -> CResult {
        self.with_saved_loc(|c| {
            for d in decos.iter().rev() {
                c.set_loc(d.range);
                c.emit(Opcode::PRECALL, 0)?;
                c.emit(Opcode::CALL, 0)?;
            }
            Ok(())
        })
    }

    /// `compiler_function`.
    pub fn compile_function(&mut self, s: &'a Stmt, is_async: bool) -> CResult {
        let (StmtKind::FunctionDef {
            name,
            args,
            body,
            decorator_list,
            returns,
            ..
        }
        | StmtKind::AsyncFunctionDef {
            name,
            args,
            body,
            decorator_list,
            returns,
            ..
        }) = &s.kind
        else {
            return Ok(());
        };
        self.check_debug_args(args)?;
        for d in decorator_list {
            self.visit_expr(d)?;
        }
        let firstlineno = decorator_list
            .first()
            .map_or(s.range.lineno, |d| d.range.lineno) as i32;
        let mut flags = self.default_arguments(args)?;
        if self.visit_annotations(args, returns.as_deref())? {
            flags |= MF_ANNOTATIONS;
        }
        let scope_type = if is_async {
            ScopeType::AsyncFunction
        } else {
            ScopeType::Function
        };
        let ste = self.child_block_of_stmt(s)?;
        self.enter_scope(name, scope_type, ste, firstlineno)?;
        let docstring = if self.optimize < 2 {
            docstring_expr(body)
        } else {
            None
        };
        match docstring {
            Some(doc) => {
                if let ExprKind::Constant { value, .. } = &doc.kind {
                    self.add_const(super::expr::constant_value(value));
                }
            }
            None => {
                self.add_const(Value::None);
            }
        }
        let u = self.u();
        u.argcount = args.args.len() as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        let start = usize::from(docstring.is_some());
        let result = self.visit_stmts(&body[start..]);
        let code = match result {
            Ok(()) => self.assemble_unit(true),
            Err(e) => {
                self.exit_scope();
                return Err(e);
            }
        };
        let qualname = self.unit().qualname.clone();
        self.exit_scope();
        self.make_closure(code, flags, &qualname)?;
        self.apply_decorators(decorator_list)?;
        self.nameop(name, ExprContext::Store)
    }

    /// `compiler_lambda`.
    pub fn compile_lambda(&mut self, e: &'a Expr) -> CResult {
        let ExprKind::Lambda { args, body } = &e.kind else {
            return Ok(());
        };
        self.check_debug_args(args)?;
        let flags = self.default_arguments(args)?;
        let ste = self
            .st
            .lookup_expr(e)
            .ok_or_else(|| super::system_error("no symtable block for lambda"))?;
        self.enter_scope("<lambda>", ScopeType::Lambda, ste, e.range.lineno as i32)?;
        // None first, so that a lambda never has a docstring.
        self.add_const(Value::None);
        let u = self.u();
        u.argcount = args.args.len() as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        if let Err(err) = self.visit_expr(body) {
            self.exit_scope();
            return Err(err);
        }
        let code = if self.ste().generator {
            self.assemble_unit(false)
        } else {
            self.emit(Opcode::RETURN_VALUE, 0)?;
            self.assemble_unit(true)
        };
        let qualname = self.unit().qualname.clone();
        self.exit_scope();
        self.make_closure(code, flags, &qualname)
    }

    /// The symbol-table block a `def` or `class` statement opens.
    fn child_block_of_stmt(&self, s: &Stmt) -> CResult<crate::symtable::BlockId> {
        self.st
            .lookup_stmt(s)
            .ok_or_else(|| super::system_error("no symtable block for definition"))
    }

    /// `compiler_make_closure`: `MAKE_FUNCTION` over `code`, with the closure tuple of its free
    /// variables when it has any.
    pub fn make_closure(&mut self, code: CodeObject, mut flags: u32, qualname: &str) -> CResult {
        let _ = qualname;
        let frees: Vec<String> = code
            .freevars()
            .into_iter()
            .map(|n| n.to_string_lossy().into_owned())
            .collect();
        if !frees.is_empty() {
            for name in &frees {
                let arg = self.closure_arg(name)?;
                self.emit(Opcode::LOAD_CLOSURE, arg)?;
            }
            flags |= MF_CLOSURE;
            self.emit(Opcode::BUILD_TUPLE, frees.len() as u32)?;
        }
        self.load_const(Value::Code(Box::new(code)))?;
        self.emit(Opcode::MAKE_FUNCTION, flags)
    }

    /// The cell/free index of `name` for `LOAD_CLOSURE` (`get_ref_type` + `compiler_lookup_arg`).
    fn closure_arg(&self, name: &str) -> CResult<u32> {
        let u = self.unit();
        let is_cell = (u.scope_type == ScopeType::Class && name == "__class__")
            || self.ste().scope(name) == Some(Scope::Cell);
        let found = if is_cell {
            u.cellvars.get(name)
        } else {
            u.freevars.get(name).map(|i| u.cellvars.len() as u32 + i)
        };
        found.ok_or_else(|| super::system_error("compiler_lookup_arg failed"))
    }

    /// `compiler_class`.
    pub fn compile_class(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
        } = &s.kind
        else {
            return Ok(());
        };
        for d in decorator_list {
            self.visit_expr(d)?;
        }
        let firstlineno = decorator_list
            .first()
            .map_or(s.range.lineno, |d| d.range.lineno) as i32;
        let ste = self.child_block_of_stmt(s)?;
        self.enter_scope(name, ScopeType::Class, ste, firstlineno)?;
        let code = match self.class_body(name, body) {
            Ok(()) => self.assemble_unit(true),
            Err(e) => {
                self.exit_scope();
                return Err(e);
            }
        };
        self.exit_scope();
        self.emit(Opcode::PUSH_NULL, 0)?;
        self.emit(Opcode::LOAD_BUILD_CLASS, 0)?;
        self.make_closure(code, 0, "")?;
        // The parser's identifier, which CPython interns.
        self.load_const(Value::interned(name.as_str()))?;
        self.call_helper(2, bases, keywords)?;
        self.apply_decorators(decorator_list)?;
        self.nameop(name, ExprContext::Store)
    }

    /// The class body proper: `__module__`, `__qualname__`, the statements, and the
    /// `__classcell__` return.
    fn class_body(&mut self, name: &str, body: &'a [Stmt]) -> CResult {
        // The class name is the private name for mangling.
        self.u().private = Some(name.to_owned());
        self.nameop("__name__", ExprContext::Load)?;
        self.nameop("__module__", ExprContext::Store)?;
        // A top-level class's qualname is its interned name itself; a dotted one is a new string.
        let u = self.unit();
        let qualname = Value::Str {
            interned: u.qualname == u.name,
            value: u.qualname.as_str().into(),
        };
        self.load_const(qualname)?;
        self.nameop("__qualname__", ExprContext::Store)?;
        self.compile_body(body)?;
        // What follows is artificial.
        self.unset_loc();
        if self.ste().needs_class_closure {
            let i = self
                .unit()
                .cellvars
                .get("__class__")
                .ok_or_else(|| super::system_error("no __class__ cell"))?;
            self.emit(Opcode::LOAD_CLOSURE, i)?;
            self.emit(Opcode::COPY, 1)?;
            self.nameop("__classcell__", ExprContext::Store)?;
        } else {
            self.load_const(Value::None)?;
        }
        self.emit(Opcode::RETURN_VALUE, 0)
    }
}
