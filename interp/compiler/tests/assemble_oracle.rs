//! The assembler against the oracle on hand-built graphs: each case builds the control-flow
//! graph 3.11's code generation produces for a small program (blocks, virtual jumps, block
//! pushes, locations) and checks that the assembled code objects equal what CPython's
//! `compile()` gives for that program, field by field.

mod common;

use krait_compiler::assemble::{UnitInfo, assemble};
use krait_compiler::code::{CodeObject, flags};
use krait_compiler::ir::{BlockId, Cfg, Instr, Loc, Op, Pseudo};
use krait_compiler::opcode::Opcode::*;
use krait_compiler::value::{PyStrBuf, Value};
use serde_json::Value as Json;

/// Builds a graph the way `compile.c`'s `compiler_addop*` and `compiler_use_next_block` do: an
/// instruction after a jump or exit opens a new implicit block.
struct Builder {
    cfg: Cfg,
    cur: BlockId,
    need_new_block: bool,
}

impl Builder {
    fn new() -> Builder {
        let mut cfg = Cfg::default();
        let cur = cfg.new_block();
        Builder {
            cfg,
            cur,
            need_new_block: false,
        }
    }

    fn block(&mut self) -> BlockId {
        self.cfg.new_block()
    }

    fn use_next(&mut self, b: BlockId) {
        self.cfg.blocks[self.cur].next = Some(b);
        self.cur = b;
        self.need_new_block = false;
    }

    fn push(&mut self, instr: Instr) {
        if self.need_new_block {
            let b = self.block();
            self.use_next(b);
        }
        if instr.op == Op::Real(RETURN_VALUE) {
            self.cfg.blocks[self.cur].ret = true;
        }
        self.need_new_block = instr.ends_block();
        self.cfg.blocks[self.cur].instrs.push(instr);
    }

    fn op(&mut self, op: impl Into<Op>, arg: u32, loc: Loc) -> &mut Builder {
        self.push(Instr::new(op, arg, loc));
        self
    }

    fn jump(&mut self, op: impl Into<Op>, target: BlockId, loc: Loc) -> &mut Builder {
        let mut instr = Instr::new(op, 0, loc);
        instr.target = Some(target);
        self.push(instr);
        self
    }

    /// The implicit `return None` `assemble()` appends when the last block does not return.
    fn finish(mut self, none_index: u32) -> Cfg {
        if !self.cfg.blocks[self.cur].ret {
            self.op(LOAD_CONST, none_index, Loc::UNSET);
            self.op(RETURN_VALUE, 0, Loc::UNSET);
        }
        self.cfg
    }
}

fn p(lineno: i32, end_lineno: i32, col_offset: i32, end_col_offset: i32) -> Loc {
    Loc {
        lineno,
        end_lineno,
        col_offset,
        end_col_offset,
    }
}

/// A module's graph so far: its `RESUME` (line 0, as `compiler_enter_scope` leaves it).
fn module_start() -> Builder {
    let mut b = Builder::new();
    b.op(RESUME, 0, p(0, 1, 0, 0));
    b
}

const U: Loc = Loc::UNSET;
const NL: Loc = Loc::NOLINE;

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// A unit named `name` with everything else empty.
fn unit(name: &str, qualname: &str, firstlineno: i32, consts: Vec<Value>) -> UnitInfo {
    UnitInfo {
        name: PyStrBuf::from(name),
        qualname: PyStrBuf::from(qualname),
        filename: PyStrBuf::from("m"),
        firstlineno,
        consts,
        names: Vec::new(),
        varnames: Vec::new(),
        cellvars: Vec::new(),
        freevars: Vec::new(),
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        flags: 0,
    }
}

fn module(consts: Vec<Value>, names_: &[&str]) -> UnitInfo {
    UnitInfo {
        names: names(names_),
        ..unit("<module>", "<module>", 1, consts)
    }
}

const FUNCTION: u32 = flags::CO_OPTIMIZED | flags::CO_NEWLOCALS;

/// A constant rendered as the oracle script renders it (`repr`, code objects by name).
fn render(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::True => "True".into(),
        Value::False => "False".into(),
        Value::Int(i) => i.to_string(),
        Value::Str { value, .. } => krait_syntax::pyrepr::repr_pystr(value),
        Value::Tuple(items) if items.len() == 1 => format!("({},)", render(&items[0])),
        Value::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(render).collect();
            format!("({})", inner.join(", "))
        }
        Value::Code(c) => format!("<code {}>", c.name),
        other => format!("{other:?}"),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn strs(list: Vec<&PyStrBuf>) -> Json {
    list.into_iter()
        .map(|s| Json::from(s.to_string()))
        .collect()
}

/// The fields compared, as the oracle script dumps them.
fn dump(c: &CodeObject) -> Json {
    serde_json::json!({
        "name": c.name.to_string(),
        "qualname": c.qualname.to_string(),
        "argcount": c.argcount,
        "posonlyargcount": c.posonlyargcount,
        "kwonlyargcount": c.kwonlyargcount,
        "stacksize": c.stacksize,
        "flags": c.flags,
        "firstlineno": c.firstlineno,
        "code": hex(&c.code),
        "consts": c.consts.iter().map(render).collect::<Vec<_>>(),
        "names": c.names.iter().map(|n| n.to_string()).collect::<Vec<_>>(),
        "varnames": strs(c.varnames()),
        "cellvars": strs(c.cellvars()),
        "freevars": strs(c.freevars()),
        "nlocals": c.nlocals(),
        "linetable": hex(&c.linetable),
        "exceptiontable": hex(&c.exceptiontable),
    })
}

const ORACLE: &str = r#"
import json, sys, types
def render(v):
    if isinstance(v, types.CodeType):
        return f'<code {v.co_name}>'
    if isinstance(v, tuple):
        return '(' + ', '.join(map(render, v)) + (',)' if len(v) == 1 else ')')
    return repr(v)
def dump(c, out):
    out.append({
        'name': c.co_name, 'qualname': c.co_qualname, 'argcount': c.co_argcount,
        'posonlyargcount': c.co_posonlyargcount, 'kwonlyargcount': c.co_kwonlyargcount,
        'stacksize': c.co_stacksize, 'flags': c.co_flags, 'firstlineno': c.co_firstlineno,
        'code': c.co_code.hex(), 'consts': [render(k) for k in c.co_consts],
        'names': list(c.co_names), 'varnames': list(c.co_varnames),
        'cellvars': list(c.co_cellvars), 'freevars': list(c.co_freevars),
        'nlocals': c.co_nlocals, 'linetable': c.co_linetable.hex(),
        'exceptiontable': c.co_exceptiontable.hex(),
    })
    for k in c.co_consts:
        if isinstance(k, types.CodeType):
            dump(k, out)
out = []
dump(compile(sys.stdin.read(), 'm', 'exec'), out)
print(json.dumps(out))
"#;

/// Compares krait's module code object (and its nested ones, depth first) with the oracle's
/// compilation of `source`.
fn check(source: &str, code: CodeObject) {
    let oracle: Json =
        serde_json::from_slice(&common::python(ORACLE, &[], source.as_bytes())).unwrap();
    let oracle = oracle.as_array().unwrap();
    let mut ours = vec![dump(&code)];
    ours.extend(code.nested_code().into_iter().map(dump));
    assert_eq!(
        ours.len(),
        oracle.len(),
        "number of code objects for {source:?}"
    );
    for (k, o) in ours.iter().zip(oracle) {
        for (field, value) in o.as_object().unwrap() {
            assert_eq!(
                &k[field], value,
                "{field} of {} for {source:?}\nkrait:  {k}\noracle: {o}",
                o["name"]
            );
        }
    }
}

fn code(c: CodeObject) -> Value {
    Value::Code(Box::new(c))
}

#[test]
fn assignment() {
    let mut b = module_start();
    b.op(LOAD_CONST, 0, p(1, 1, 4, 5))
        .op(STORE_NAME, 0, p(1, 1, 0, 1));
    let cfg = b.finish(1);
    let unit = module(vec![Value::int(1), Value::None], &["x"]);
    check("x = 1\n", assemble(cfg, unit));
}

#[test]
fn if_else_and_while() {
    let src = "if a:\n    b = 1\nelse:\n    c\nwhile d:\n    e()\n";
    let mut b = module_start();
    let end = b.block();
    let next = b.block();
    b.op(LOAD_NAME, 0, p(1, 1, 3, 4))
        .jump(Pseudo::PopJumpIfFalse, next, p(1, 4, 0, 5))
        .op(LOAD_CONST, 0, p(2, 2, 8, 9))
        .op(STORE_NAME, 1, p(2, 2, 4, 5))
        .jump(Pseudo::Jump, end, NL);
    b.use_next(next);
    b.op(LOAD_NAME, 2, p(4, 4, 4, 5))
        .op(POP_TOP, 0, p(4, 4, 4, 5));
    b.use_next(end);
    let (lp, body, anchor, exit) = (b.block(), b.block(), b.block(), b.block());
    b.use_next(lp);
    b.op(LOAD_NAME, 3, p(5, 5, 6, 7))
        .jump(Pseudo::PopJumpIfFalse, anchor, p(5, 6, 0, 7));
    b.use_next(body);
    call_stmt(&mut b, 4, 6);
    b.op(LOAD_NAME, 3, p(5, 5, 6, 7))
        .jump(Pseudo::PopJumpIfTrue, body, p(5, 6, 0, 7));
    b.use_next(anchor);
    b.use_next(exit);
    let cfg = b.finish(1);
    let unit = module(vec![Value::int(1), Value::None], &["a", "b", "c", "d", "e"]);
    check(src, assemble(cfg, unit));
}

/// A call `name()` as `compiler_call` emits it, the statement popping the result.
fn call_stmt(b: &mut Builder, name: u32, line: i32) {
    b.op(PUSH_NULL, 0, p(line, line, 4, 5))
        .op(LOAD_NAME, name, p(line, line, 4, 5))
        .op(PRECALL, 0, p(line, line, 4, 7))
        .op(CALL, 0, p(line, line, 4, 7))
        .op(POP_TOP, 0, p(line, line, 4, 7));
}

#[test]
fn try_except() {
    let src = "try:\n    f()\nexcept:\n    g()\n";
    let mut b = module_start();
    let (body, except, end, cleanup) = (b.block(), b.block(), b.block(), b.block());
    b.jump(Pseudo::SetupFinally, except, p(1, 4, 0, 7));
    b.use_next(body);
    call_stmt(&mut b, 0, 2);
    b.op(Pseudo::PopBlock, 0, NL).jump(Pseudo::Jump, end, NL);
    b.use_next(except);
    b.jump(Pseudo::SetupCleanup, cleanup, U)
        .op(PUSH_EXC_INFO, 0, U);
    let next_except = b.block();
    let cleanup_body = b.block();
    b.op(POP_TOP, 0, p(3, 4, 0, 7));
    b.use_next(cleanup_body);
    call_stmt(&mut b, 1, 4);
    b.op(Pseudo::PopBlock, 0, U)
        .op(POP_EXCEPT, 0, U)
        .jump(Pseudo::Jump, end, U);
    b.use_next(next_except);
    b.op(RERAISE, 0, U);
    b.use_next(cleanup);
    b.op(COPY, 3, U).op(POP_EXCEPT, 0, U).op(RERAISE, 1, U);
    b.use_next(end);
    let cfg = b.finish(0);
    let unit = module(vec![Value::None], &["f", "g"]);
    check(src, assemble(cfg, unit));
}

#[test]
fn closure_and_defaults() {
    let src = "def f(a, b=2):\n    def g():\n        return a\n    c = 1\n    return g\n";
    // g: `return a` through the free variable.
    let mut b = Builder::new();
    b.op(RESUME, 0, p(2, 2, 0, 0))
        .op(LOAD_DEREF, 0, p(3, 3, 15, 16))
        .op(RETURN_VALUE, 0, p(3, 3, 8, 16));
    let g = assemble(
        b.finish(0),
        UnitInfo {
            freevars: names(&["a"]),
            flags: FUNCTION | flags::CO_NESTED,
            ..unit("g", "f.<locals>.g", 2, vec![Value::None])
        },
    );
    // f: the closure over its argument `a`.
    let mut b = Builder::new();
    b.op(RESUME, 0, p(1, 1, 0, 0))
        .op(LOAD_CLOSURE, 0, p(2, 3, 4, 16))
        .op(BUILD_TUPLE, 1, p(2, 3, 4, 16))
        .op(LOAD_CONST, 1, p(2, 3, 4, 16))
        .op(MAKE_FUNCTION, 8, p(2, 3, 4, 16))
        .op(STORE_FAST, 2, p(2, 3, 4, 16))
        .op(LOAD_CONST, 2, p(4, 4, 8, 9))
        .op(STORE_FAST, 3, p(4, 4, 4, 5))
        .op(LOAD_FAST, 2, p(5, 5, 11, 12))
        .op(RETURN_VALUE, 0, p(5, 5, 4, 12));
    let f = assemble(
        b.finish(0),
        UnitInfo {
            varnames: names(&["a", "b", "g", "c"]),
            cellvars: names(&["a"]),
            argcount: 2,
            flags: FUNCTION,
            ..unit("f", "f", 1, vec![Value::None, code(g), Value::int(1)])
        },
    );
    let mut b = module_start();
    b.op(LOAD_CONST, 0, p(1, 1, 11, 12))
        .op(BUILD_TUPLE, 1, p(1, 5, 0, 12))
        .op(LOAD_CONST, 1, p(1, 5, 0, 12))
        .op(MAKE_FUNCTION, 1, p(1, 5, 0, 12))
        .op(STORE_NAME, 0, p(1, 5, 0, 12));
    let cfg = b.finish(2);
    let unit = module(vec![Value::int(2), code(f), Value::None], &["f"]);
    check(src, assemble(cfg, unit));
}

/// `def f(...)` at module level, the body already assembled.
fn module_def(src: &str, f: CodeObject, end: Loc) {
    let mut b = module_start();
    b.op(LOAD_CONST, 0, end)
        .op(MAKE_FUNCTION, 0, end)
        .op(STORE_NAME, 0, end);
    let cfg = b.finish(1);
    check(
        src,
        assemble(cfg, module(vec![code(f), Value::None], &["f"])),
    );
}

#[test]
fn generator_with_for_loop() {
    let src = "def f(x):\n    for i in x:\n        yield i\n";
    let mut b = Builder::new();
    b.op(RESUME, 0, p(1, 1, 0, 0));
    let (start, cleanup, end) = (b.block(), b.block(), b.block());
    let for_loc = p(2, 3, 4, 15);
    b.op(LOAD_FAST, 0, p(2, 2, 13, 14)).op(GET_ITER, 0, for_loc);
    b.use_next(start);
    b.jump(FOR_ITER, cleanup, for_loc)
        .op(STORE_FAST, 1, p(2, 2, 8, 9))
        .op(LOAD_FAST, 1, p(3, 3, 14, 15))
        .op(YIELD_VALUE, 0, p(3, 3, 8, 15))
        .op(RESUME, 1, p(3, 3, 8, 15))
        .op(POP_TOP, 0, p(3, 3, 8, 15))
        .jump(Pseudo::Jump, start, U);
    b.use_next(cleanup);
    b.use_next(end);
    let f = assemble(
        b.finish(0),
        UnitInfo {
            varnames: names(&["x", "i"]),
            argcount: 1,
            flags: FUNCTION | flags::CO_GENERATOR,
            ..unit("f", "f", 1, vec![Value::None])
        },
    );
    module_def(src, f, p(1, 3, 0, 15));
}

#[test]
fn swap_applied_statically() {
    let src = "def f(a, b):\n    a, b = b, a\n    return (a, b)\n";
    let mut b = Builder::new();
    b.op(RESUME, 0, p(1, 1, 0, 0))
        .op(LOAD_FAST, 1, p(2, 2, 11, 12))
        .op(LOAD_FAST, 0, p(2, 2, 14, 15))
        .op(BUILD_TUPLE, 2, p(2, 2, 11, 15))
        .op(UNPACK_SEQUENCE, 2, p(2, 2, 4, 8))
        .op(STORE_FAST, 0, p(2, 2, 4, 5))
        .op(STORE_FAST, 1, p(2, 2, 7, 8))
        .op(LOAD_FAST, 0, p(3, 3, 12, 13))
        .op(LOAD_FAST, 1, p(3, 3, 15, 16))
        .op(BUILD_TUPLE, 2, p(3, 3, 11, 17))
        .op(RETURN_VALUE, 0, p(3, 3, 4, 17));
    let f = assemble(
        b.finish(0),
        UnitInfo {
            varnames: names(&["a", "b"]),
            argcount: 2,
            flags: FUNCTION,
            ..unit("f", "f", 1, vec![Value::None])
        },
    );
    module_def(src, f, p(1, 3, 0, 17));
}

#[test]
fn with_statement() {
    let src = "with a as b:\n    c = b.x(1)\n";
    let w = p(1, 2, 0, 14);
    let mut b = module_start();
    let (block, fin, exit, cleanup) = (b.block(), b.block(), b.block(), b.block());
    b.op(LOAD_NAME, 0, p(1, 1, 5, 6))
        .op(BEFORE_WITH, 0, w)
        .jump(Pseudo::SetupWith, fin, w);
    b.use_next(block);
    b.op(STORE_NAME, 1, p(1, 1, 10, 11))
        .op(LOAD_NAME, 1, p(2, 2, 8, 9))
        .op(LOAD_METHOD, 2, p(2, 2, 8, 11))
        .op(LOAD_CONST, 0, p(2, 2, 12, 13))
        .op(PRECALL, 1, p(2, 2, 8, 14))
        .op(CALL, 1, p(2, 2, 8, 14))
        .op(STORE_NAME, 3, p(2, 2, 4, 5))
        .op(Pseudo::PopBlock, 0, U);
    for _ in 0..3 {
        b.op(LOAD_CONST, 1, w);
    }
    b.op(PRECALL, 2, w)
        .op(CALL, 2, w)
        .op(POP_TOP, 0, w)
        .jump(Pseudo::Jump, exit, w);
    b.use_next(fin);
    let exit2 = b.block();
    b.jump(Pseudo::SetupCleanup, cleanup, w)
        .op(PUSH_EXC_INFO, 0, w)
        .op(WITH_EXCEPT_START, 0, w)
        .jump(Pseudo::PopJumpIfTrue, exit2, U)
        .op(RERAISE, 2, U);
    b.use_next(cleanup);
    b.op(COPY, 3, U).op(POP_EXCEPT, 0, U).op(RERAISE, 1, U);
    b.use_next(exit2);
    b.op(POP_TOP, 0, U)
        .op(Pseudo::PopBlock, 0, U)
        .op(POP_EXCEPT, 0, U)
        .op(POP_TOP, 0, U)
        .op(POP_TOP, 0, U);
    b.use_next(exit);
    let cfg = b.finish(1);
    let unit = module(vec![Value::int(1), Value::None], &["a", "b", "x", "c"]);
    check(src, assemble(cfg, unit));
}

#[test]
fn boolean_jumps_and_is_none() {
    let src = "x = a and b or c\nif a is not None:\n    pass\n";
    let mut b = module_start();
    let end_or = b.block();
    let end_and = b.block();
    b.op(LOAD_NAME, 0, p(1, 1, 4, 5))
        .jump(JUMP_IF_FALSE_OR_POP, end_and, p(1, 1, 4, 11));
    let next = b.block();
    b.use_next(next);
    b.op(LOAD_NAME, 1, p(1, 1, 10, 11));
    b.use_next(end_and);
    b.jump(JUMP_IF_TRUE_OR_POP, end_or, p(1, 1, 4, 16));
    let next = b.block();
    b.use_next(next);
    b.op(LOAD_NAME, 2, p(1, 1, 15, 16));
    b.use_next(end_or);
    b.op(STORE_NAME, 3, p(1, 1, 0, 1));
    let end = b.block();
    b.op(LOAD_NAME, 0, p(2, 2, 3, 4))
        .op(LOAD_CONST, 0, p(2, 2, 12, 16))
        .op(IS_OP, 1, p(2, 2, 3, 16))
        .jump(Pseudo::PopJumpIfFalse, end, p(2, 2, 3, 16))
        .op(NOP, 0, p(3, 3, 4, 8));
    b.use_next(end);
    let cfg = b.finish(0);
    let unit = module(vec![Value::None], &["a", "b", "c", "x"]);
    check(src, assemble(cfg, unit));
}

#[test]
fn extended_args() {
    const N: i32 = 300;
    let mut src = String::from("if a:\n");
    for i in 0..N {
        src.push_str(&format!("    x{i} = {i}\n"));
    }
    src.push_str("b = 2\n");
    let last_len = format!("    x{} = {}", N - 1, N - 1).len() as i32;
    let mut b = module_start();
    let end = b.block();
    b.op(LOAD_NAME, 0, p(1, 1, 3, 4))
        .jump(Pseudo::PopJumpIfFalse, end, p(1, N + 1, 0, last_len));
    let mut unit_names = vec!["a".to_string()];
    for i in 0..N {
        let line = i + 2;
        let target = format!("x{i}");
        let t = target.len() as i32;
        let v = i.to_string().len() as i32;
        b.op(
            LOAD_CONST,
            i as u32,
            p(line, line, 4 + t + 3, 4 + t + 3 + v),
        )
        .op(STORE_NAME, i as u32 + 1, p(line, line, 4, 4 + t));
        unit_names.push(target);
    }
    unit_names.push("b".into());
    b.use_next(end);
    b.op(LOAD_CONST, 2, p(N + 2, N + 2, 4, 5))
        .op(STORE_NAME, N as u32 + 1, p(N + 2, N + 2, 0, 1));
    let cfg = b.finish(N as u32);
    let mut consts: Vec<Value> = (0..N).map(Value::int).collect();
    consts.push(Value::None);
    let unit = UnitInfo {
        names: unit_names,
        ..unit("<module>", "<module>", 1, consts)
    };
    check(&src, assemble(cfg, unit));
}
