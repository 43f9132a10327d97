//! Expressions: `compiler_visit_expr` and the expression helpers of `compile.c` — operators,
//! comparisons, boolean operators and conditional jumps, displays (with star-unpacking), targets,
//! attributes, subscripts, slices, `yield`/`await`, and the compile-time "perhaps you missed a
//! comma?" warnings.

use krait_syntax::ast::{BoolOp, CmpOp, Constant, Expr, ExprContext, ExprKind, Operator, UnaryOp};

use super::{CResult, Compiler, ScopeType};
use crate::ir::{BlockId, Pseudo};
use crate::opcode::Opcode;
use crate::value::{PyFloat, Value};

/// `STACK_USE_GUIDELINE`: displays and calls bigger than this are built incrementally.
pub(crate) const STACK_USE_GUIDELINE: usize = 30;

/// The `co_consts` value of an AST constant.
pub(crate) fn constant_value(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::bool(*b),
        Constant::Ellipsis => Value::Ellipsis,
        Constant::Int(i) => Value::Int(i.clone()),
        Constant::Float(f) => Value::Float(PyFloat(*f)),
        Constant::Complex { real, imag } => Value::Complex(PyFloat(*real), PyFloat(*imag)),
        Constant::Str(s) => Value::str(s.clone()),
        Constant::Bytes(b) => Value::Bytes(b.clone()),
        Constant::Tuple(items) => Value::Tuple(items.iter().map(constant_value).collect()),
        Constant::FrozenSet(items) => Value::FrozenSet(items.iter().map(constant_value).collect()),
    }
}

/// `infer_type(e)->tp_name`: the type a display or literal certainly evaluates to.
fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set { .. } | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "NoneType",
            Constant::Bool(_) => "bool",
            Constant::Ellipsis => "ellipsis",
            Constant::Int(_) => "int",
            Constant::Float(_) => "float",
            Constant::Complex { .. } => "complex",
            Constant::Str(_) => "str",
            Constant::Bytes(_) => "bytes",
            Constant::Tuple(_) => "tuple",
            Constant::FrozenSet(_) => "frozenset",
        },
        _ => return None,
    })
}

/// `unaryop`.
fn unary_opcode(op: UnaryOp) -> Opcode {
    match op {
        UnaryOp::Invert => Opcode::UNARY_INVERT,
        UnaryOp::Not => Opcode::UNARY_NOT,
        UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
        UnaryOp::USub => Opcode::UNARY_NEGATIVE,
    }
}

/// `BINARY_OP`'s argument for an operator (`NB_*`), in-place variants 13 higher.
fn binop_arg(op: Operator, inplace: bool) -> u32 {
    let base = match op {
        Operator::Add => 0,
        Operator::BitAnd => 1,
        Operator::FloorDiv => 2,
        Operator::LShift => 3,
        Operator::MatMult => 4,
        Operator::Mult => 5,
        Operator::Mod => 6,
        Operator::BitOr => 7,
        Operator::Pow => 8,
        Operator::RShift => 9,
        Operator::Sub => 10,
        Operator::Div => 11,
        Operator::BitXor => 12,
    };
    base + if inplace {
        u32::from(crate::opcode::NB_INPLACE_OFFSET)
    } else {
        0
    }
}

/// Whether every expression is a constant (`are_all_items_const`).
fn all_const<'e>(items: impl IntoIterator<Item = Option<&'e Expr>>) -> bool {
    items
        .into_iter()
        .all(|e| e.is_some_and(|e| matches!(e.kind, ExprKind::Constant { .. })))
}

/// The constant of a `Constant` expression.
fn const_of(e: &Expr) -> Value {
    match &e.kind {
        ExprKind::Constant { value, .. } => constant_value(value),
        _ => Value::None,
    }
}

/// `check_is_arg`: false for a constant other than the named singletons.
fn is_arg(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant { value, .. } => matches!(
            value,
            Constant::None | Constant::Bool(_) | Constant::Ellipsis
        ),
        _ => true,
    }
}

/// Which build/add/extend opcodes a display uses.
#[derive(Clone, Copy)]
pub(crate) struct Display {
    pub build: Opcode,
    pub add: Opcode,
    pub extend: Opcode,
    pub tuple: bool,
}

pub(crate) const LIST_DISPLAY: Display = Display {
    build: Opcode::BUILD_LIST,
    add: Opcode::LIST_APPEND,
    extend: Opcode::LIST_EXTEND,
    tuple: false,
};

pub(crate) const TUPLE_DISPLAY: Display = Display {
    tuple: true,
    ..LIST_DISPLAY
};

const SET_DISPLAY: Display = Display {
    build: Opcode::BUILD_SET,
    add: Opcode::SET_ADD,
    extend: Opcode::SET_UPDATE,
    tuple: false,
};

impl<'a> Compiler<'a> {
    /// `compiler_visit_expr`: the expression's location applies to its instructions only.
    pub fn visit_expr(&mut self, e: &'a Expr) -> CResult {
        let saved = self.unit().loc;
        self.set_loc(e.range);
        let r = self.visit_expr1(e);
        self.u().loc = saved;
        r
    }

    /// `compiler_visit_expr1`.
    fn visit_expr1(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.emit(Opcode::COPY, 1)?;
                self.visit_expr(target)
            }
            ExprKind::BoolOp { op, values } => self.compile_boolop(*op, values),
            ExprKind::BinOp { left, op, right } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
                self.emit_binop(*op, false)
            }
            ExprKind::UnaryOp { op, operand } => {
                self.visit_expr(operand)?;
                self.emit(unary_opcode(*op), 0)
            }
            ExprKind::Lambda { .. } => self.compile_lambda(e),
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(test, next, false)?;
                self.visit_expr(body)?;
                self.jump_noline(Pseudo::Jump, end)?;
                self.use_next_block(next);
                self.visit_expr(orelse)?;
                self.use_next_block(end);
                Ok(())
            }
            ExprKind::Dict { keys, values } => self.compile_dict(keys, values),
            ExprKind::Set { elts } => self.starunpack(elts, 0, SET_DISPLAY),
            ExprKind::GeneratorExp { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. } => self.compile_comprehension(e),
            ExprKind::Yield { value } => {
                if !self.in_function_block() {
                    return Err(self.error("'yield' outside function"));
                }
                match value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(Value::None)?,
                }
                self.emit_yield()
            }
            ExprKind::YieldFrom { value } => {
                if !self.in_function_block() {
                    return Err(self.error("'yield' outside function"));
                }
                if self.unit().scope_type == ScopeType::AsyncFunction {
                    return Err(self.error("'yield from' inside async function"));
                }
                self.visit_expr(value)?;
                self.emit(Opcode::GET_YIELD_FROM_ITER, 0)?;
                self.load_const(Value::None)?;
                self.add_yield_from(false)
            }
            ExprKind::Await { value } => {
                if !self.in_function_block() {
                    return Err(self.error("'await' outside function"));
                }
                if !matches!(
                    self.unit().scope_type,
                    ScopeType::AsyncFunction | ScopeType::Comprehension
                ) {
                    return Err(self.error("'await' outside async function"));
                }
                self.visit_expr(value)?;
                self.emit(Opcode::GET_AWAITABLE, 0)?;
                self.load_const(Value::None)?;
                self.add_yield_from(true)
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compile_compare(left, ops, comparators),
            ExprKind::Call { .. } => self.compile_call(e),
            ExprKind::Constant { value, .. } => self.load_ast_const(value),
            ExprKind::JoinedStr { .. } => self.compile_joined_str(e),
            ExprKind::FormattedValue { .. } => self.compile_formatted_value(e),
            ExprKind::Attribute { value, attr, ctx } => {
                self.visit_expr(value)?;
                self.update_start_location_to_match_attr(e);
                match ctx {
                    ExprContext::Load => self.emit_name(Opcode::LOAD_ATTR, attr),
                    ExprContext::Store => {
                        self.forbidden_name(attr, *ctx)?;
                        self.emit_name(Opcode::STORE_ATTR, attr)
                    }
                    ExprContext::Del => self.emit_name(Opcode::DELETE_ATTR, attr),
                }
            }
            ExprKind::Subscript { value, slice, ctx } => self.compile_subscript(value, slice, *ctx),
            ExprKind::Starred { ctx, .. } => Err(self.error(match ctx {
                ExprContext::Store => "starred assignment target must be in a list or tuple",
                _ => "can't use starred expression here",
            })),
            ExprKind::Slice { lower, upper, step } => {
                let mut n = 2;
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.visit_expr(p)?,
                        None => self.load_const(Value::None)?,
                    }
                }
                if let Some(step) = step {
                    n += 1;
                    self.visit_expr(step)?;
                }
                self.emit(Opcode::BUILD_SLICE, n)
            }
            ExprKind::Name { id, ctx } => self.nameop(id, *ctx),
            ExprKind::List { elts, ctx } => self.compile_sequence(elts, *ctx, LIST_DISPLAY),
            ExprKind::Tuple { elts, ctx } => self.compile_sequence(elts, *ctx, TUPLE_DISPLAY),
        }
    }

    /// `ADDOP_BINARY` / `ADDOP_INPLACE`.
    pub fn emit_binop(&mut self, op: Operator, inplace: bool) -> CResult {
        self.emit(Opcode::BINARY_OP, binop_arg(op, inplace))
    }

    /// `addop_yield`.
    pub fn emit_yield(&mut self) -> CResult {
        let ste = self.ste();
        if ste.generator && ste.coroutine {
            self.emit(Opcode::ASYNC_GEN_WRAP, 0)?;
        }
        self.emit(Opcode::YIELD_VALUE, 0)?;
        self.emit(Opcode::RESUME, 1)
    }

    /// `update_start_location_to_match_attr`: an attribute access spanning lines is located at
    /// the attribute name.
    pub fn update_start_location_to_match_attr(&mut self, attr: &Expr) {
        let ExprKind::Attribute { attr: name, .. } = &attr.kind else {
            return;
        };
        let end_lineno = attr.range.end_lineno as i32;
        let end_col = attr.range.end_col_offset as i32;
        let len = name.chars().count() as i32;
        let loc = &mut self.u().loc;
        if loc.lineno != end_lineno {
            loc.lineno = end_lineno;
            if len <= end_col {
                loc.col_offset = end_col - len;
            } else {
                loc.col_offset = -1;
                loc.end_col_offset = -1;
            }
            loc.end_lineno = loc.lineno.max(loc.end_lineno);
            if loc.lineno == loc.end_lineno {
                loc.end_col_offset = loc.col_offset.max(loc.end_col_offset);
            }
        }
    }

    /// `compiler_boolop`.
    fn compile_boolop(&mut self, op: BoolOp, values: &'a [Expr]) -> CResult {
        let jump = match op {
            BoolOp::And => Opcode::JUMP_IF_FALSE_OR_POP,
            BoolOp::Or => Opcode::JUMP_IF_TRUE_OR_POP,
        };
        let end = self.new_block();
        let Some((last, rest)) = values.split_last() else {
            return Ok(());
        };
        for v in rest {
            self.visit_expr(v)?;
            self.jump(jump, end)?;
            let next = self.new_block();
            self.use_next_block(next);
        }
        self.visit_expr(last)?;
        self.use_next_block(end);
        Ok(())
    }

    /// `check_compare`: `is` with a literal warns.
    fn check_compare(&mut self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) {
        let mut l = is_arg(left);
        for (op, right) in ops.iter().zip(comparators) {
            let r = is_arg(right);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && (!r || !l) {
                self.warn(if *op == CmpOp::Is {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                });
                return;
            }
            l = r;
        }
    }

    /// `compiler_addcompare`.
    fn emit_compare(&mut self, op: CmpOp) -> CResult {
        match op {
            CmpOp::Eq => self.emit(Opcode::COMPARE_OP, 2),
            CmpOp::NotEq => self.emit(Opcode::COMPARE_OP, 3),
            CmpOp::Lt => self.emit(Opcode::COMPARE_OP, 0),
            CmpOp::LtE => self.emit(Opcode::COMPARE_OP, 1),
            CmpOp::Gt => self.emit(Opcode::COMPARE_OP, 4),
            CmpOp::GtE => self.emit(Opcode::COMPARE_OP, 5),
            CmpOp::Is => self.emit(Opcode::IS_OP, 0),
            CmpOp::IsNot => self.emit(Opcode::IS_OP, 1),
            CmpOp::In => self.emit(Opcode::CONTAINS_OP, 0),
            CmpOp::NotIn => self.emit(Opcode::CONTAINS_OP, 1),
        }
    }

    /// `compiler_compare`.
    fn compile_compare(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> CResult {
        self.check_compare(left, ops, comparators);
        self.visit_expr(left)?;
        let n = ops.len().saturating_sub(1);
        if n == 0 {
            self.visit_expr(&comparators[0])?;
            return self.emit_compare(ops[0]);
        }
        let cleanup = self.new_block();
        for i in 0..n {
            self.visit_expr(&comparators[i])?;
            self.emit(Opcode::SWAP, 2)?;
            self.emit(Opcode::COPY, 2)?;
            self.emit_compare(ops[i])?;
            self.jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup)?;
        }
        self.visit_expr(&comparators[n])?;
        self.emit_compare(ops[n])?;
        let end = self.new_block();
        self.jump_noline(Pseudo::Jump, end)?;
        self.use_next_block(cleanup);
        self.emit(Opcode::SWAP, 2)?;
        self.emit(Opcode::POP_TOP, 0)?;
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_jump_if`: evaluate `e` for its truth and jump to `next` when it equals `cond`.
    pub fn jump_if(&mut self, e: &'a Expr, next: BlockId, cond: bool) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, next, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_block()
                } else {
                    next
                };
                let Some((last, rest)) = values.split_last() else {
                    return Ok(());
                };
                for v in rest {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(last, next, cond)?;
                if next2 != next {
                    self.use_next_block(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, next, cond)?;
                self.jump_noline(Pseudo::Jump, end)?;
                self.use_next_block(next2);
                self.jump_if(orelse, next, cond)?;
                self.use_next_block(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 => {
                self.set_loc(e.range);
                self.check_compare(left, ops, comparators);
                let n = ops.len() - 1;
                let cleanup = self.new_block();
                self.visit_expr(left)?;
                for i in 0..n {
                    self.visit_expr(&comparators[i])?;
                    self.emit(Opcode::SWAP, 2)?;
                    self.emit(Opcode::COPY, 2)?;
                    self.emit_compare(ops[i])?;
                    self.jump(Pseudo::PopJumpIfFalse, cleanup)?;
                }
                self.visit_expr(&comparators[n])?;
                self.emit_compare(ops[n])?;
                self.jump(pop_jump(cond), next)?;
                let end = self.new_block();
                self.jump_noline(Pseudo::Jump, end)?;
                self.use_next_block(cleanup);
                self.emit(Opcode::POP_TOP, 0)?;
                if !cond {
                    self.jump_noline(Pseudo::Jump, next)?;
                }
                self.use_next_block(end);
                return Ok(());
            }
            ExprKind::Compare { .. } => self.set_loc(e.range),
            _ => {}
        }
        self.visit_expr(e)?;
        self.jump(pop_jump(cond), next)
    }

    /// `compiler_list` / `compiler_tuple`: unpacking targets, displays, or deleted elements.
    fn compile_sequence(
        &mut self,
        elts: &'a [Expr],
        ctx: ExprContext,
        display: Display,
    ) -> CResult {
        match ctx {
            ExprContext::Store => self.assignment_helper(elts),
            ExprContext::Load => self.starunpack(elts, 0, display),
            ExprContext::Del => {
                for e in elts {
                    self.visit_expr(e)?;
                }
                Ok(())
            }
        }
    }

    /// `unpack_helper` then the targets (`assignment_helper`).
    pub fn assignment_helper(&mut self, elts: &'a [Expr]) -> CResult {
        self.unpack_helper(elts)?;
        for e in elts {
            match &e.kind {
                ExprKind::Starred { value, .. } => self.visit_expr(value)?,
                _ => self.visit_expr(e)?,
            }
        }
        Ok(())
    }

    /// `unpack_helper`: `UNPACK_SEQUENCE` or `UNPACK_EX`.
    pub fn unpack_helper(&mut self, elts: &[Expr]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e.kind, ExprKind::Starred { .. }) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment"));
                }
                if i >= 1 << 8 || n - i > (i32::MAX >> 8) as usize {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                self.emit(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32)?;
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Opcode::UNPACK_SEQUENCE, n as u32)?;
        }
        Ok(())
    }

    /// `starunpack_helper`: a list, tuple or set display (after `pushed` items already on the
    /// stack), constant-folded when all items are constants.
    pub fn starunpack(&mut self, elts: &'a [Expr], pushed: u32, d: Display) -> CResult {
        let n = elts.len();
        if n > 2 && all_const(elts.iter().map(Some)) {
            let items: Vec<Value> = elts.iter().map(const_of).collect();
            if d.tuple && pushed == 0 {
                return self.load_const(Value::Tuple(items));
            }
            let folded = if d.add == Opcode::SET_ADD {
                Value::FrozenSet(dedup(items))
            } else {
                Value::Tuple(items)
            };
            self.emit(d.build, pushed)?;
            self.load_const(folded)?;
            self.emit(d.extend, 1)?;
            if d.tuple {
                self.emit(Opcode::LIST_TO_TUPLE, 0)?;
            }
            return Ok(());
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts
            .iter()
            .any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !seen_star && !big {
            for e in elts {
                self.visit_expr(e)?;
            }
            let op = if d.tuple {
                Opcode::BUILD_TUPLE
            } else {
                d.build
            };
            return self.emit(op, n as u32 + pushed);
        }
        let mut built = false;
        if big {
            self.emit(d.build, pushed)?;
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &e.kind {
                if !built {
                    self.emit(d.build, i as u32 + pushed)?;
                    built = true;
                }
                self.visit_expr(value)?;
                self.emit(d.extend, 1)?;
            } else {
                self.visit_expr(e)?;
                if built {
                    self.emit(d.add, 1)?;
                }
            }
        }
        if d.tuple {
            self.emit(Opcode::LIST_TO_TUPLE, 0)?;
        }
        Ok(())
    }

    /// `compiler_subdict`: keys and values `begin..end` as one dict.
    fn compile_subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big && all_const(keys[begin..end].iter().map(Option::as_ref)) {
            for v in &values[begin..end] {
                self.visit_expr(v)?;
            }
            let tuple = keys[begin..end]
                .iter()
                .map(|k| k.as_ref().map_or(Value::None, const_of))
                .collect();
            self.load_const(Value::Tuple(tuple))?;
            return self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32);
        }
        if big {
            self.emit(Opcode::BUILD_MAP, 0)?;
        }
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.visit_expr(k)?;
            }
            self.visit_expr(&values[i])?;
            if big {
                self.emit(Opcode::MAP_ADD, 1)?;
            }
        }
        if !big {
            self.emit(Opcode::BUILD_MAP, n as u32)?;
        }
        Ok(())
    }

    /// `compiler_dict`.
    fn compile_dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys.get(i).is_none_or(Option::is_none) {
                if elements > 0 {
                    self.compile_subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Opcode::DICT_UPDATE, 1)?;
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Opcode::BUILD_MAP, 0)?;
                    have_dict = true;
                }
                self.visit_expr(&values[i])?;
                self.emit(Opcode::DICT_UPDATE, 1)?;
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.compile_subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit(Opcode::DICT_UPDATE, 1)?;
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.compile_subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(Opcode::DICT_UPDATE, 1)?;
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Opcode::BUILD_MAP, 0)?;
        }
        Ok(())
    }

    /// `compiler_subscript`.
    fn compile_subscript(&mut self, value: &'a Expr, slice: &'a Expr, ctx: ExprContext) -> CResult {
        if ctx == ExprContext::Load {
            self.check_subscripter(value);
            self.check_index(value, slice);
        }
        let op = match ctx {
            ExprContext::Load => Opcode::BINARY_SUBSCR,
            ExprContext::Store => Opcode::STORE_SUBSCR,
            ExprContext::Del => Opcode::DELETE_SUBSCR,
        };
        self.visit_expr(value)?;
        self.visit_expr(slice)?;
        self.emit(op, 0)
    }

    /// `check_caller`: calling a literal or display warns.
    pub fn check_caller(&mut self, e: &Expr) {
        if matches!(
            e.kind,
            ExprKind::Constant { .. }
                | ExprKind::Tuple { .. }
                | ExprKind::List { .. }
                | ExprKind::ListComp { .. }
                | ExprKind::Dict { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::Set { .. }
                | ExprKind::SetComp { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::JoinedStr { .. }
                | ExprKind::FormattedValue { .. }
        ) && let Some(t) = infer_type(e)
        {
            self.warn(format!(
                "'{t}' object is not callable; perhaps you missed a comma?"
            ));
        }
    }

    /// `check_subscripter`: subscripting something that cannot be subscripted warns.
    fn check_subscripter(&mut self, e: &Expr) {
        let warn = match &e.kind {
            ExprKind::Constant { value, .. } => matches!(
                value,
                Constant::None
                    | Constant::Ellipsis
                    | Constant::Int(_)
                    | Constant::Bool(_)
                    | Constant::Float(_)
                    | Constant::Complex { .. }
                    | Constant::FrozenSet(_)
            ),
            ExprKind::Set { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Lambda { .. } => true,
            _ => false,
        };
        if warn && let Some(t) = infer_type(e) {
            self.warn(format!(
                "'{t}' object is not subscriptable; perhaps you missed a comma?"
            ));
        }
    }

    /// `check_index`: indexing a sequence literal with a non-integer warns.
    fn check_index(&mut self, e: &Expr, s: &Expr) {
        let Some(index_type) = infer_type(s) else {
            return;
        };
        // int subclasses (bool too) and slices are fine.
        if index_type == "int" || index_type == "bool" {
            return;
        }
        let warn = match &e.kind {
            ExprKind::Constant { value, .. } => matches!(
                value,
                Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)
            ),
            ExprKind::Tuple { .. }
            | ExprKind::List { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::JoinedStr { .. }
            | ExprKind::FormattedValue { .. } => true,
            _ => false,
        };
        if warn && let Some(t) = infer_type(e) {
            self.warn(format!(
                "{t} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"
            ));
        }
    }
}

/// `POP_JUMP_IF_TRUE` or `POP_JUMP_IF_FALSE`.
fn pop_jump(cond: bool) -> Pseudo {
    if cond {
        Pseudo::PopJumpIfTrue
    } else {
        Pseudo::PopJumpIfFalse
    }
}

/// A frozenset's elements without duplicates (first occurrence kept), as `PyFrozenSet_New`
/// would hold them; constants compare by value and type here, as the set's `==` would not
/// (1 and 1.0 are one element to Python) — keep the first of equal numbers too.
fn dedup(items: Vec<Value>) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    for v in items {
        if !out.iter().any(|o| python_eq(o, &v)) {
            out.push(v);
        }
    }
    out
}

/// Python `==` between two constants, enough for set membership of literals: numbers compare
/// by exact value across `bool`, `int`, `float` and `complex` (as `float_richcompare` does,
/// without rounding the integer), anything else structurally.
pub(crate) fn python_eq(a: &Value, b: &Value) -> bool {
    use num_bigint::BigInt;
    use num_traits::FromPrimitive;
    enum Num {
        Int(BigInt),
        Complex(f64, f64),
    }
    fn num(v: &Value) -> Option<Num> {
        match v {
            Value::False => Some(Num::Int(BigInt::from(0))),
            Value::True => Some(Num::Int(BigInt::from(1))),
            Value::Int(i) => Some(Num::Int(i.clone())),
            Value::Float(f) => Some(Num::Complex(f.0, 0.0)),
            Value::Complex(r, i) => Some(Num::Complex(r.0, i.0)),
            _ => None,
        }
    }
    fn int_eq_float(i: &BigInt, f: f64) -> bool {
        f.is_finite() && f.fract() == 0.0 && BigInt::from_f64(f).is_some_and(|g| &g == i)
    }
    match (num(a), num(b)) {
        (Some(Num::Int(x)), Some(Num::Int(y))) => x == y,
        (Some(Num::Int(x)), Some(Num::Complex(r, i)))
        | (Some(Num::Complex(r, i)), Some(Num::Int(x))) => i == 0.0 && int_eq_float(&x, r),
        (Some(Num::Complex(ar, ai)), Some(Num::Complex(br, bi))) => ar == br && ai == bi,
        _ => match (a, b) {
            (Value::Tuple(x), Value::Tuple(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(p, q)| python_eq(p, q))
            }
            _ => a == b,
        },
    }
}
