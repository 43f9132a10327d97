//! Code generation: CPython 3.11 `compile.c`'s front half, AST → one control-flow graph per code
//! unit, each handed to the assembler when its scope ends.
//!
//! This module owns the compiler state (`struct compiler` / `struct compiler_unit`), the
//! instruction-emitting helpers (`ADDOP*`), constants and name tables, scopes and frame blocks.
//! The visitors live beside it by AST family: `stmt.rs` (simple and control-flow statements),
//! `expr.rs` (expressions), `call.rs` (calls), `function.rs` (def, lambda, class),
//! `comprehension.rs`, `fstring.rs`, `exceptions.rs` (try, with, unwinding), `pattern.rs` and
//! `pattern_helpers.rs` (match), `unparse.rs` (annotations under PEP 563).

mod call;
mod comprehension;
mod exceptions;
mod expr;
mod frozenset_order;
mod fstring;
mod function;
mod pattern;
mod pattern_helpers;
mod stmt;
mod unparse;

use crate::fxhash::FastMap;

use krait_syntax::ast::{Constant, Expr, ExprKind, Mod, Range, Stmt, StmtKind};
use krait_syntax::lexer::ErrorClass;
use krait_syntax::parser::{ParseError, ParseWarning, SyntaxError};

use crate::assemble::{UnitInfo, assemble};
use crate::code::{CodeObject, flags as co};
use crate::compile::CompileOptions;
use crate::ir::{BlockId, Cfg, Instr, Loc, Op, Pseudo};
use crate::opcode::Opcode;
use crate::symtable::{BlockId as SteId, BlockType, Scope, SymbolTable, mangle};
use crate::value::Value;

pub(crate) type CResult<T = ()> = Result<T, ParseError>;

/// `CO_MAXBLOCKS`: the deepest nesting of frame blocks.
const CO_MAXBLOCKS: usize = 20;

/// `compiler_unit.u_scope_type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeType {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// `enum fblocktype`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FBlockType {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

/// `fb_datum`: what unwinding a frame block needs.
#[derive(Clone, Copy, Debug)]
pub(crate) enum FBlockDatum<'a> {
    None,
    /// `FINALLY_TRY`: the `finally` body to inline.
    Body(&'a [Stmt]),
    /// `WITH`/`ASYNC_WITH`: the statement, whose location the exit call takes.
    Stmt(&'a Stmt),
    /// `HANDLER_CLEANUP`: the `except ... as NAME` name, if any.
    Name(Option<&'a str>),
}

/// `struct fblockinfo`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FBlock<'a> {
    pub kind: FBlockType,
    pub block: BlockId,
    pub exit: Option<BlockId>,
    pub datum: FBlockDatum<'a>,
}

/// An insertion-ordered set of names with their indices (the `u_names`-style dicts).
#[derive(Clone, Debug, Default)]
pub(crate) struct NameMap {
    pub names: Vec<String>,
    index: FastMap<String, u32>,
}

impl NameMap {
    /// `compiler_add_o`: the index of `name`, adding it at the end if new.
    pub fn add(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.to_owned());
        self.index.insert(name.to_owned(), i);
        i
    }

    /// The index of `name`, if present.
    pub fn get(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    fn from_list(names: impl IntoIterator<Item = String>) -> NameMap {
        let mut map = NameMap::default();
        for n in names {
            map.add(&n);
        }
        map
    }
}

/// `struct compiler_unit`: one code object being generated.
#[derive(Debug)]
pub(crate) struct Unit<'a> {
    pub ste: SteId,
    pub name: String,
    pub qualname: String,
    pub scope_type: ScopeType,
    pub consts: Vec<Value>,
    const_index: FastMap<ConstKey, u32>,
    pub names: NameMap,
    pub varnames: NameMap,
    pub cellvars: NameMap,
    pub freevars: NameMap,
    pub private: Option<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub cfg: Cfg,
    pub curblock: BlockId,
    pub fblocks: Vec<FBlock<'a>>,
    pub firstlineno: i32,
    pub loc: Loc,
    pub need_new_implicit_block: bool,
}

/// `struct compiler`.
#[derive(Debug)]
pub(crate) struct Compiler<'a> {
    pub st: &'a SymbolTable,
    pub filename: String,
    /// `c_flags->cf_flags`: the merged `__future__` features.
    pub features: u32,
    pub optimize: i32,
    pub interactive: bool,
    /// The unit stack; the last one is the current unit (`c->u`).
    pub units: Vec<Unit<'a>>,
    pub warnings: Vec<ParseWarning>,
}

/// `compiler_mod`: the module's code object and the compiler's warnings.
pub fn compile_module(
    module: &Mod,
    st: &SymbolTable,
    filename: &str,
    opts: &CompileOptions,
) -> (Result<CodeObject, ParseError>, Vec<ParseWarning>) {
    let mut c = Compiler {
        st,
        filename: filename.to_owned(),
        features: st.future.features,
        optimize: opts.optimize,
        interactive: false,
        units: Vec::new(),
        warnings: Vec::new(),
    };
    let result = c.compile_mod(module);
    (result, c.warnings)
}

impl<'a> Compiler<'a> {
    /// The current unit (`c->u`). Code generation only runs inside a scope.
    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("code generation outside any scope")
    }

    /// The current unit, shared.
    pub fn unit(&self) -> &Unit<'a> {
        self.units
            .last()
            .expect("code generation outside any scope")
    }

    /// The current unit's symbol-table block.
    pub fn ste(&self) -> &'a crate::symtable::Block {
        self.st.block(self.unit().ste)
    }

    fn compile_mod(&mut self, module: &'a Mod) -> CResult<CodeObject> {
        self.enter_scope("<module>", ScopeType::Module, 0, 1)?;
        self.u().loc.lineno = 1;
        let mut add_none = true;
        match module {
            Mod::Module { body, .. } => self.compile_body(body)?,
            Mod::Interactive { body } => {
                if find_ann(body) {
                    self.emit(Opcode::SETUP_ANNOTATIONS, 0)?;
                }
                self.interactive = true;
                for s in body {
                    self.visit_stmt(s)?;
                }
            }
            Mod::Expression { body } => {
                self.visit_expr(body)?;
                add_none = false;
            }
            Mod::FunctionType { .. } => {
                return Err(system_error("module kind 3 should not be possible"));
            }
        }
        let code = self.assemble_unit(add_none);
        self.exit_scope();
        Ok(code)
    }

    /// `compiler_body`: a module or class body, with its docstring and `SETUP_ANNOTATIONS`.
    pub fn compile_body(&mut self, stmts: &'a [Stmt]) -> CResult {
        // The line of SETUP_ANNOTATIONS is the first statement's, for modules.
        if self.unit().scope_type == ScopeType::Module
            && let Some(first) = stmts.first()
        {
            self.set_loc(first.range);
        }
        if find_ann(stmts) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0)?;
        }
        let mut start = 0;
        if self.optimize < 2
            && let Some(doc) = docstring_expr(stmts)
        {
            start = 1;
            self.visit_expr(doc)?;
            self.unset_loc();
            self.nameop("__doc__", krait_syntax::ast::ExprContext::Store)?;
        }
        for s in &stmts[start..] {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    // ----- scopes -------------------------------------------------------------------------

    /// `compiler_enter_scope`: push a new unit for the block `key` (0 = the module).
    pub fn enter_scope(
        &mut self,
        name: &str,
        scope_type: ScopeType,
        ste: SteId,
        lineno: i32,
    ) -> CResult {
        let block = self.st.block(ste);
        let varnames = NameMap::from_list(block.varnames.iter().cloned());
        let mut cells: Vec<String> = block
            .symbols
            .iter()
            .filter(|s| s.scope == Some(Scope::Cell))
            .map(|s| s.name.clone())
            .collect();
        cells.sort();
        let mut cellvars = NameMap::from_list(cells);
        if block.needs_class_closure {
            cellvars.add("__class__");
        }
        let mut frees: Vec<String> = block
            .symbols
            .iter()
            .filter(|s| {
                s.scope == Some(Scope::Free)
                    || s.flags.intersects(crate::symtable::Flags::FREE_CLASS)
            })
            .map(|s| s.name.clone())
            .collect();
        frees.sort();
        let freevars = NameMap::from_list(frees);
        let private = self.units.last().and_then(|u| u.private.clone());
        let mut cfg = Cfg::default();
        let entry = cfg.new_block();
        let unit = Unit {
            ste,
            name: name.to_owned(),
            qualname: String::new(),
            scope_type,
            consts: Vec::new(),
            const_index: FastMap::default(),
            names: NameMap::default(),
            varnames,
            cellvars,
            freevars,
            private,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            cfg,
            curblock: entry,
            fblocks: Vec::new(),
            firstlineno: lineno,
            loc: Loc {
                lineno,
                end_lineno: lineno,
                col_offset: 0,
                end_col_offset: 0,
            },
            need_new_implicit_block: false,
        };
        self.units.push(unit);
        if scope_type == ScopeType::Module {
            self.u().loc.lineno = 0;
        } else {
            self.set_qualname();
        }
        self.emit(Opcode::RESUME, 0)?;
        if scope_type == ScopeType::Module {
            self.u().loc.lineno = -1;
        }
        Ok(())
    }

    /// `compiler_exit_scope`.
    pub fn exit_scope(&mut self) {
        self.units.pop();
    }

    /// `compiler_set_qualname`.
    fn set_qualname(&mut self) {
        let n = self.units.len();
        let u = &self.units[n - 1];
        let mut base = None;
        // CPython looks at `c_stack`, which holds the enclosing units only: the module unit alone
        // there gives no prefix, so a top-level def or class is plainly named.
        if n > 2 {
            let parent = &self.units[n - 2];
            let mut force_global = false;
            if matches!(
                u.scope_type,
                ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Class
            ) {
                let mangled = mangle(parent.private.as_deref(), &u.name);
                if self.st.block(parent.ste).scope(&mangled) == Some(Scope::GlobalExplicit) {
                    force_global = true;
                }
            }
            if !force_global {
                base = Some(
                    if matches!(
                        parent.scope_type,
                        ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Lambda
                    ) {
                        format!("{}.<locals>", parent.qualname)
                    } else {
                        parent.qualname.clone()
                    },
                );
            }
        }
        let qualname = match base {
            Some(b) => format!("{b}.{}", u.name),
            None => u.name.clone(),
        };
        self.u().qualname = qualname;
    }

    /// `compute_code_flags`.
    fn code_flags(&self) -> u32 {
        let ste = self.ste();
        let mut flags = 0;
        if ste.kind == BlockType::Function {
            flags |= co::CO_NEWLOCALS | co::CO_OPTIMIZED;
            if ste.nested {
                flags |= co::CO_NESTED;
            }
            match (ste.generator, ste.coroutine) {
                (true, false) => flags |= co::CO_GENERATOR,
                (false, true) => flags |= co::CO_COROUTINE,
                (true, true) => flags |= co::CO_ASYNC_GENERATOR,
                (false, false) => {}
            }
            if ste.varargs {
                flags |= co::CO_VARARGS;
            }
            if ste.varkeywords {
                flags |= co::CO_VARKEYWORDS;
            }
        }
        flags | (self.features & PYCF_MASK)
    }

    /// `assemble(c, addNone)`: finish the current unit (the implicit `return None`) and hand it
    /// to the assembler.
    pub fn assemble_unit(&mut self, add_none: bool) -> CodeObject {
        if !self.unit().cfg.blocks[self.unit().curblock].ret {
            self.unset_loc();
            // Both additions are infallible (no location-dependent errors).
            if add_none {
                let _ = self.load_const(Value::None);
            }
            let _ = self.emit(Opcode::RETURN_VALUE, 0);
        }
        let flags = self.code_flags();
        let filename = self.filename.clone();
        let st = self.st;
        let u = self.u();
        let cfg = std::mem::take(&mut u.cfg);
        let info = UnitInfo {
            name: u.name.as_str().into(),
            qualname: u.qualname.as_str().into(),
            filename: filename.as_str().into(),
            firstlineno: u.firstlineno,
            consts: frozenset_order::reinterned(std::mem::take(&mut u.consts), st),
            names: std::mem::take(&mut u.names.names),
            varnames: u.varnames.names.clone(),
            cellvars: u.cellvars.names.clone(),
            freevars: u.freevars.names.clone(),
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags,
        };
        assemble(cfg, info)
    }

    // ----- locations --------------------------------------------------------------------------

    /// `SET_LOC(c, node)`.
    pub fn set_loc(&mut self, range: Range) {
        self.u().loc = Loc::of(range);
    }

    /// `UNSET_LOC(c)`.
    pub fn unset_loc(&mut self) {
        self.u().loc = Loc::UNSET;
    }

    // ----- blocks and instructions --------------------------------------------------------

    /// `compiler_new_block`.
    pub fn new_block(&mut self) -> BlockId {
        self.u().cfg.new_block()
    }

    /// `compiler_use_next_block`: `block` follows the current block and becomes current.
    pub fn use_next_block(&mut self, block: BlockId) {
        let u = self.u();
        let cur = u.curblock;
        u.cfg.blocks[cur].next = Some(block);
        u.curblock = block;
        u.need_new_implicit_block = false;
    }

    /// Appends an instruction to the current block (`compiler_addop*_line` and
    /// `add_jump_to_block`), starting a new implicit block after a block-ending instruction.
    pub fn push_instr(&mut self, instr: Instr) {
        if self.unit().need_new_implicit_block {
            let b = self.new_block();
            self.use_next_block(b);
        }
        let u = self.u();
        let cur = u.curblock;
        let block = &mut u.cfg.blocks[cur];
        if instr.op.is(Opcode::RETURN_VALUE) {
            block.ret = true;
        }
        block.instrs.push(instr);
        if instr.ends_block() {
            u.need_new_implicit_block = true;
        }
    }

    /// `ADDOP`/`ADDOP_I` at the current location.
    pub fn emit(&mut self, op: impl Into<Op>, arg: u32) -> CResult {
        let loc = self.unit().loc;
        self.push_instr(Instr::new(op, arg, loc));
        Ok(())
    }

    /// `ADDOP_NOLINE`/`ADDOP_I_NOLINE`.
    pub fn emit_noline(&mut self, op: impl Into<Op>, arg: u32) -> CResult {
        self.push_instr(Instr::new(op, arg, Loc::NOLINE));
        Ok(())
    }

    /// `ADDOP_JUMP`: a jump (or block push) to `target` at the current location.
    pub fn jump(&mut self, op: impl Into<Op>, target: BlockId) -> CResult {
        let loc = self.unit().loc;
        let mut i = Instr::new(op, 0, loc);
        i.target = Some(target);
        self.push_instr(i);
        Ok(())
    }

    /// `ADDOP_JUMP_NOLINE`.
    pub fn jump_noline(&mut self, op: impl Into<Op>, target: BlockId) -> CResult {
        let mut i = Instr::new(op, 0, Loc::NOLINE);
        i.target = Some(target);
        self.push_instr(i);
        Ok(())
    }

    /// `ADDOP_JUMP(c, JUMP, target)`, the most common jump.
    pub fn jump_to(&mut self, target: BlockId) -> CResult {
        self.jump(Pseudo::Jump, target)
    }

    // ----- constants and names ------------------------------------------------------------

    /// `compiler_add_const`: the index of `value` in `co_consts`, added if new. Constants are
    /// keyed as `_PyCode_ConstantKey` keys them (see [`ConstKey`]); the first value added under
    /// a key is the one kept, interned or not.
    pub fn add_const(&mut self, value: Value) -> u32 {
        self.add_const_from(value, None)
    }

    /// `add_const` for a value that is the constant node at `origin`: a NaN in it is that node's
    /// one float object in CPython, so compiling the node twice (a `finally` body) merges.
    fn add_const_from(&mut self, value: Value, origin: Option<usize>) -> u32 {
        let value = frozenset_order::rebuilt_frozensets(value);
        let u = self.u();
        // Equal code objects merge (a `while` condition's generator expression is compiled
        // twice). A key would copy and hash the whole nested code, so a new code constant is
        // compared with the unit's constants instead, which stops at the first differing field.
        if let Value::Code(_) = value {
            if let Some(i) = u.consts.iter().position(|c| *c == value) {
                return i as u32;
            }
            u.consts.push(value);
            return u.consts.len() as u32 - 1;
        }
        let key = ConstKey::of(&value, origin);
        if let Some(key) = &key
            && let Some(&i) = u.const_index.get(key)
        {
            return i;
        }
        let i = u.consts.len() as u32;
        u.consts.push(value);
        if let Some(key) = key {
            u.const_index.insert(key, i);
        }
        i
    }

    /// `ADDOP_LOAD_CONST` of an AST constant node.
    pub fn load_ast_const(&mut self, c: &krait_syntax::ast::Constant) -> CResult {
        let origin = std::ptr::from_ref(c) as usize;
        let i = self.add_const_from(expr::constant_value(c), Some(origin));
        self.emit(Opcode::LOAD_CONST, i)
    }

    /// `ADDOP_LOAD_CONST`.
    pub fn load_const(&mut self, value: Value) -> CResult {
        let i = self.add_const(value);
        self.emit(Opcode::LOAD_CONST, i)
    }

    /// `compiler_add_o(u_names, mangled)` for `ADDOP_NAME`: mangles `name` with the unit's
    /// private name and returns its index in `co_names`.
    pub fn name_index(&mut self, name: &str) -> u32 {
        let mangled = mangle(self.unit().private.as_deref(), name).into_owned();
        self.u().names.add(&mangled)
    }

    /// `ADDOP_NAME(c, op, name, names)`.
    pub fn emit_name(&mut self, op: Opcode, name: &str) -> CResult {
        let i = self.name_index(name);
        self.emit(op, i)
    }

    /// `ADDOP_N(c, op, name, names)`: an unmangled name.
    pub fn emit_raw_name(&mut self, op: Opcode, name: &str) -> CResult {
        let i = self.u().names.add(name);
        self.emit(op, i)
    }

    /// `compiler_nameop`: load, store or delete a variable as its scope requires.
    pub fn nameop(&mut self, name: &str, ctx: krait_syntax::ast::ExprContext) -> CResult {
        use krait_syntax::ast::ExprContext::{Del, Load, Store};
        self.forbidden_name(name, ctx)?;
        let mangled = mangle(self.unit().private.as_deref(), name).into_owned();
        let ste = self.ste();
        let is_function = ste.kind == BlockType::Function;
        enum OpType {
            Fast,
            Global,
            Deref(bool),
            Name,
        }
        let optype = match ste.scope(&mangled) {
            Some(Scope::Free) => OpType::Deref(false),
            Some(Scope::Cell) => OpType::Deref(true),
            Some(Scope::Local) if is_function => OpType::Fast,
            Some(Scope::GlobalImplicit) if is_function => OpType::Global,
            Some(Scope::GlobalExplicit) => OpType::Global,
            _ => OpType::Name,
        };
        match optype {
            OpType::Deref(cell) => {
                let op = match ctx {
                    Load if ste.kind == BlockType::Class => Opcode::LOAD_CLASSDEREF,
                    Load => Opcode::LOAD_DEREF,
                    Store => Opcode::STORE_DEREF,
                    Del => Opcode::DELETE_DEREF,
                };
                // Deref arguments index cells then free variables, as `u_freevars`' values
                // start after the cells; the assembler maps them to localsplus offsets.
                let u = self.u();
                let arg = if cell {
                    u.cellvars.add(&mangled)
                } else {
                    u.cellvars.len() as u32 + u.freevars.add(&mangled)
                };
                self.emit(op, arg)
            }
            OpType::Fast => {
                let op = match ctx {
                    Load => Opcode::LOAD_FAST,
                    Store => Opcode::STORE_FAST,
                    Del => Opcode::DELETE_FAST,
                };
                let arg = self.u().varnames.add(&mangled);
                self.emit(op, arg)
            }
            OpType::Global => {
                let arg = self.u().names.add(&mangled);
                match ctx {
                    Load => self.emit(Opcode::LOAD_GLOBAL, arg << 1),
                    Store => self.emit(Opcode::STORE_GLOBAL, arg),
                    Del => self.emit(Opcode::DELETE_GLOBAL, arg),
                }
            }
            OpType::Name => {
                let op = match ctx {
                    Load => Opcode::LOAD_NAME,
                    Store => Opcode::STORE_NAME,
                    Del => Opcode::DELETE_NAME,
                };
                let arg = self.u().names.add(&mangled);
                self.emit(op, arg)
            }
        }
    }

    /// `forbidden_name`: `__debug__` cannot be assigned or deleted.
    pub fn forbidden_name(&mut self, name: &str, ctx: krait_syntax::ast::ExprContext) -> CResult {
        use krait_syntax::ast::ExprContext::{Del, Store};
        if name == "__debug__" {
            match ctx {
                Store => return Err(self.error("cannot assign to __debug__")),
                Del => return Err(self.error("cannot delete __debug__")),
                _ => {}
            }
        }
        Ok(())
    }

    // ----- frame blocks -------------------------------------------------------------------

    /// `compiler_push_fblock`.
    pub fn push_fblock(
        &mut self,
        kind: FBlockType,
        block: BlockId,
        exit: Option<BlockId>,
        datum: FBlockDatum<'a>,
    ) -> CResult {
        if self.unit().fblocks.len() >= CO_MAXBLOCKS {
            return Err(self.error("too many statically nested blocks"));
        }
        self.u().fblocks.push(FBlock {
            kind,
            block,
            exit,
            datum,
        });
        Ok(())
    }

    /// `compiler_pop_fblock`.
    pub fn pop_fblock(&mut self, kind: FBlockType, block: BlockId) {
        let top = self.u().fblocks.pop();
        debug_assert!(top.is_some_and(|f| f.kind == kind && f.block == block));
    }

    // ----- errors and warnings ------------------------------------------------------------

    /// `compiler_error`: a `SyntaxError` at the current location.
    pub fn error(&self, msg: impl Into<String>) -> ParseError {
        let loc = self.unit().loc;
        ParseError::Syntax(SyntaxError {
            class: ErrorClass::SyntaxError,
            msg: msg.into(),
            lineno: Some(i64::from(loc.lineno)),
            offset: Some(i64::from(loc.col_offset) + 1),
            end_lineno: Some(i64::from(loc.end_lineno)),
            end_offset: Some(i64::from(loc.end_col_offset) + 1),
            text: None,
        })
    }

    /// `compiler_warn`: a `SyntaxWarning` attributed to the current line.
    pub fn warn(&mut self, msg: impl Into<String>) {
        let lineno = self.unit().loc.lineno;
        let message = msg.into();
        // `compiler_warn` raises `compiler_error(msg)` when a filter makes the warning an error.
        let ParseError::Syntax(as_error) = self.error(message.clone()) else {
            return;
        };
        self.warnings.push(ParseWarning {
            category: "SyntaxWarning",
            message,
            lineno: lineno.max(0) as u32,
            as_error,
        });
    }

    /// Whether the current unit is a function-like block of the symbol table.
    pub fn in_function_block(&self) -> bool {
        self.ste().kind == BlockType::Function
    }
}

/// `PyCF_MASK`: the `CO_FUTURE_*` flags code objects inherit from the compiler flags.
const PYCF_MASK: u32 = 0x0002_0000
    | 0x0004_0000
    | 0x0008_0000
    | 0x0010_0000
    | 0x0020_0000
    | co::CO_FUTURE_BARRY_AS_BDFL
    | co::CO_FUTURE_GENERATOR_STOP
    | co::CO_FUTURE_ANNOTATIONS;

/// A `SystemError` for states the compiler cannot be in; reported as an exception, never a panic.
pub(crate) fn system_error(msg: &str) -> ParseError {
    ParseError::Syntax(SyntaxError {
        class: ErrorClass::SyntaxError,
        msg: format!("SystemError: {msg}"),
        lineno: None,
        offset: None,
        end_lineno: None,
        end_offset: None,
        text: None,
    })
}

/// `_PyAST_GetDocString`: the docstring expression of a body, if it starts with one.
pub(crate) fn docstring_expr(body: &[Stmt]) -> Option<&Expr> {
    match &body.first()?.kind {
        StmtKind::Expr { value } => match &value.kind {
            ExprKind::Constant {
                value: Constant::Str(_),
                ..
            } => Some(value),
            _ => None,
        },
        _ => None,
    }
}

/// `find_ann`: whether a body has an annotated assignment where `SETUP_ANNOTATIONS` is needed
/// (searching compound statements' bodies, not nested scopes).
pub(crate) fn find_ann(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|st| match &st.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::AsyncFor { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } | StmtKind::AsyncWith { body, .. } => find_ann(body),
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
            handlers.iter().any(|h| find_ann(&h.body))
                || find_ann(body)
                || find_ann(finalbody)
                || find_ann(orelse)
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

/// A constant as `_PyCode_ConstantKey` sees it when `compiler_add_const` merges equal constants:
/// by type and value (`0.0` apart from `-0.0`, as `PyFloat` compares bits), a `str` whether or
/// not it is interned, a frozenset whatever the order of its items. A NaN never equals another
/// object, and each folded NaN is its own object in CPython, so a value holding one is keyed by
/// the AST node it came from, or never merged when it has none. Code objects merge when equal, as `code_richcompare` compares them (a
/// `finally` body compiled twice makes its nested functions twice).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum ConstKey {
    Value(Value),
    Node(usize),
}

impl ConstKey {
    fn of(value: &Value, origin: Option<usize>) -> Option<ConstKey> {
        match Self::canonical(value) {
            Some(v) => Some(ConstKey::Value(v)),
            None => origin.map(ConstKey::Node),
        }
    }

    fn canonical(value: &Value) -> Option<Value> {
        Some(match value {
            Value::Float(f) if f.0.is_nan() => return None,
            Value::Complex(re, im) if re.0.is_nan() || im.0.is_nan() => return None,
            Value::Str { value, .. } => Value::Str {
                value: value.clone(),
                interned: false,
            },
            Value::Tuple(items) => Value::Tuple(Self::all(items)?),
            Value::FrozenSet(items) => {
                let mut items = Self::all(items)?;
                // Items are distinct, so sorting by their rendering gives one order per set.
                items.sort_by_cached_key(|v| format!("{v:?}"));
                Value::FrozenSet(items)
            }
            other => other.clone(),
        })
    }

    fn all(items: &[Value]) -> Option<Vec<Value>> {
        items.iter().map(Self::canonical).collect()
    }
}
