//! Statement nodes (`stmt` of Python 3.11's ASDL) and the helper nodes only statements hold
//! (`excepthandler`, `alias`, `withitem`, `match_case`, `type_ignore`).

use super::Operator;
use super::macros::{located_sum, product};
use super::{Arguments, Expr, Identifier, Keyword, Pattern};

located_sum! {
    /// A statement (`ast.stmt`).
    Stmt / StmtKind = "stmt" {
        /// `def name(args) -> returns: body`
        FunctionDef {
            name: Identifier,
            args: Box<Arguments>,
            body: Vec<Stmt>,
            decorator_list: Vec<Expr>,
            returns: Option<Box<Expr>>,
            type_comment: Option<String>,
        },
        /// `async def`
        AsyncFunctionDef {
            name: Identifier,
            args: Box<Arguments>,
            body: Vec<Stmt>,
            decorator_list: Vec<Expr>,
            returns: Option<Box<Expr>>,
            type_comment: Option<String>,
        },
        /// `class name(bases, keywords): body`
        ClassDef {
            name: Identifier,
            bases: Vec<Expr>,
            keywords: Vec<Keyword>,
            body: Vec<Stmt>,
            decorator_list: Vec<Expr>,
        },
        /// `return value`
        Return { value: Option<Box<Expr>> },
        /// `del targets`
        Delete { targets: Vec<Expr> },
        /// `targets = ... = value`
        Assign { targets: Vec<Expr>, value: Box<Expr>, type_comment: Option<String> },
        /// `target op= value`
        AugAssign { target: Box<Expr>, op: Operator, value: Box<Expr> },
        /// `target: annotation = value`; `simple` is 1 for a bare name target not in parentheses.
        AnnAssign { target: Box<Expr>, annotation: Box<Expr>, value: Option<Box<Expr>>, simple: u32 },
        /// `for target in iter: body else: orelse`
        For {
            target: Box<Expr>,
            iter: Box<Expr>,
            body: Vec<Stmt>,
            orelse: Vec<Stmt>,
            type_comment: Option<String>,
        },
        /// `async for`
        AsyncFor {
            target: Box<Expr>,
            iter: Box<Expr>,
            body: Vec<Stmt>,
            orelse: Vec<Stmt>,
            type_comment: Option<String>,
        },
        /// `while test: body else: orelse`
        While { test: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt> },
        /// `if test: body else: orelse` (`elif` is a nested `If` in `orelse`)
        If { test: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt> },
        /// `with items: body`
        With { items: Vec<WithItem>, body: Vec<Stmt>, type_comment: Option<String> },
        /// `async with`
        AsyncWith { items: Vec<WithItem>, body: Vec<Stmt>, type_comment: Option<String> },
        /// `match subject: cases`
        Match { subject: Box<Expr>, cases: Vec<MatchCase> },
        /// `raise exc from cause`
        Raise { exc: Option<Box<Expr>>, cause: Option<Box<Expr>> },
        /// `try: ... except: ... else: ... finally: ...`
        Try { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> },
        /// `try: ... except* ...`
        TryStar {
            body: Vec<Stmt>,
            handlers: Vec<ExceptHandler>,
            orelse: Vec<Stmt>,
            finalbody: Vec<Stmt>,
        },
        /// `assert test, msg`
        Assert { test: Box<Expr>, msg: Option<Box<Expr>> },
        /// `import names`
        Import { names: Vec<Alias> },
        /// `from .module import names`; the parser always sets `level` (0 without dots).
        ImportFrom { module: Option<Identifier>, names: Vec<Alias>, level: Option<u32> },
        /// `global names`
        Global { names: Vec<Identifier> },
        /// `nonlocal names`
        Nonlocal { names: Vec<Identifier> },
        /// An expression statement.
        Expr { value: Box<Expr> },
        /// `pass`
        Pass {},
        /// `break`
        Break {},
        /// `continue`
        Continue {},
    }
}

product! {
    @located
    /// `except type as name: body` (the only constructor of `excepthandler`).
    ExceptHandler = "ExceptHandler" {
        r#type: Option<Box<Expr>>,
        name: Option<Identifier>,
        body: Vec<Stmt>,
    }
}

product! {
    @located
    /// `name as asname` in an import.
    Alias = "alias" { name: Identifier, asname: Option<Identifier> }
}

product! {
    /// `context_expr as optional_vars` in a `with`.
    WithItem = "withitem" { context_expr: Expr, optional_vars: Option<Box<Expr>> }
}

product! {
    /// `case pattern if guard: body`
    MatchCase = "match_case" { pattern: Pattern, guard: Option<Box<Expr>>, body: Vec<Stmt> }
}

product! {
    /// A `# type: ignore` comment (only with `type_comments=True`): the only constructor of `type_ignore`.
    TypeIgnore = "TypeIgnore" { lineno: u32, tag: String }
}
