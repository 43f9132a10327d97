//! Expression nodes (`expr` of Python 3.11's ASDL), the operator and context enums, and the helper
//! nodes expressions hold (`comprehension`, `arguments`, `arg`, `keyword`).

use super::Identifier;
use super::constant::Constant;
use super::macros::{located_sum, product, simple_sum};

located_sum! {
    /// An expression (`ast.expr`).
    Expr / ExprKind = "expr" {
        /// `a and b and c`
        BoolOp { op: BoolOp, values: Vec<Expr> },
        /// `target := value`
        NamedExpr { target: Box<Expr>, value: Box<Expr> },
        /// `left op right`
        BinOp { left: Box<Expr>, op: Operator, right: Box<Expr> },
        /// `op operand`
        UnaryOp { op: UnaryOp, operand: Box<Expr> },
        /// `lambda args: body`
        Lambda { args: Box<Arguments>, body: Box<Expr> },
        /// `body if test else orelse`
        IfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
        /// `{k: v, **d}`; a `**d` entry has key None (so keys are `Option`, dumped as `None`).
        Dict { keys: Vec<Option<Expr>>, values: Vec<Expr> },
        /// `{a, b}`
        Set { elts: Vec<Expr> },
        /// `[elt for ...]`
        ListComp { elt: Box<Expr>, generators: Vec<Comprehension> },
        /// `{elt for ...}`
        SetComp { elt: Box<Expr>, generators: Vec<Comprehension> },
        /// `{key: value for ...}`
        DictComp { key: Box<Expr>, value: Box<Expr>, generators: Vec<Comprehension> },
        /// `(elt for ...)`
        GeneratorExp { elt: Box<Expr>, generators: Vec<Comprehension> },
        /// `await value`
        Await { value: Box<Expr> },
        /// `yield value`
        Yield { value: Option<Box<Expr>> },
        /// `yield from value`
        YieldFrom { value: Box<Expr> },
        /// `left op1 c1 op2 c2 ...`
        Compare { left: Box<Expr>, ops: Vec<CmpOp>, comparators: Vec<Expr> },
        /// `func(args, keywords)`
        Call { func: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword> },
        /// `{value!conversion:format_spec}` in an f-string; `conversion` is -1 (none) or the code of
        /// `s`, `r`, `a`.
        FormattedValue { value: Box<Expr>, conversion: i32, format_spec: Option<Box<Expr>> },
        /// An f-string.
        JoinedStr { values: Vec<Expr> },
        /// A literal; `kind` is `Some("u")` for a `u"..."` string, else None.
        Constant { value: Constant, kind: Option<String> },
        /// `value.attr`
        Attribute { value: Box<Expr>, attr: Identifier, ctx: ExprContext },
        /// `value[slice]`
        Subscript { value: Box<Expr>, slice: Box<Expr>, ctx: ExprContext },
        /// `*value`
        Starred { value: Box<Expr>, ctx: ExprContext },
        /// A name.
        Name { id: Identifier, ctx: ExprContext },
        /// `[a, b]`
        List { elts: Vec<Expr>, ctx: ExprContext },
        /// `(a, b)`
        Tuple { elts: Vec<Expr>, ctx: ExprContext },
        /// `lower:upper:step` (only inside a subscript)
        Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
    }
}

simple_sum! {
    /// Whether an expression is read, assigned or deleted (`expr_context`).
    ExprContext = "expr_context" { Load, Store, Del }
}

simple_sum! {
    /// `and` / `or` (`boolop`).
    BoolOp = "boolop" { And, Or }
}

simple_sum! {
    /// A binary operator (`operator`).
    Operator = "operator" { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }
}

simple_sum! {
    /// A unary operator (`unaryop`).
    UnaryOp = "unaryop" { Invert, Not, UAdd, USub }
}

simple_sum! {
    /// A comparison operator (`cmpop`).
    CmpOp = "cmpop" { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }
}

product! {
    /// `for target in iter if ifs` in a comprehension; `is_async` is 1 for `async for`.
    Comprehension = "comprehension" { target: Expr, iter: Expr, ifs: Vec<Expr>, is_async: u32 }
}

product! {
    /// A parameter list. `kw_defaults` has one entry per `kwonlyargs` entry (None where there is no
    /// default); `defaults` are those of the last positional parameters.
    Arguments = "arguments" {
        posonlyargs: Vec<Arg>,
        args: Vec<Arg>,
        vararg: Option<Box<Arg>>,
        kwonlyargs: Vec<Arg>,
        kw_defaults: Vec<Option<Expr>>,
        kwarg: Option<Box<Arg>>,
        defaults: Vec<Expr>,
    }
}

product! {
    @located
    /// One parameter.
    Arg = "arg" { arg: Identifier, annotation: Option<Box<Expr>>, type_comment: Option<String> }
}

product! {
    @located
    /// `arg=value` in a call, or `**value` (arg None).
    Keyword = "keyword" { arg: Option<Identifier>, value: Expr }
}
