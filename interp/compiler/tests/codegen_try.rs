//! Code generation of exception-handling statements against the oracle: `try` with `except`,
//! `else` and `finally`, `except*`, `with` and `async with`, alone and nested inside functions,
//! loops, generators and coroutines, left by `return`, `break`, `continue`, `yield` and `await`.
//! krait compiles each program and CPython's `compile()` of the same source must give an equal
//! code tree (including `co_exceptiontable`, `co_linetable` and `co_stacksize`) or the same
//! `SyntaxError` at the same place.

#[path = "common/codegen_check.rs"]
mod codegen_check;
mod common;

use codegen_check::{assert_all_agree, snippets};

/// Programs whose code objects must equal CPython's.
const CODE: &[&str] = &[
    // try/except: bare, typed, tuples of types, named, several clauses, else.
    "try:\n    f()\nexcept:\n    g()\n",
    "try:\n    f()\nexcept E:\n    g()\n",
    "try:\n    f()\nexcept (E, F):\n    g()\n",
    "try:\n    f()\nexcept E as e:\n    g(e)\n",
    "try:\n    f()\nexcept E as e:\n    g(e)\nexcept F:\n    h()\nexcept:\n    raise\n",
    "try:\n    f()\nexcept E:\n    pass\nelse:\n    g()\n",
    "try:\n    f()\nexcept E as e:\n    pass\nelse:\n    g()\nh()\n",
    "try:\n    pass\nexcept:\n    pass\n",
    // try/finally and the full statement.
    "try:\n    f()\nfinally:\n    g()\n",
    "try:\n    f()\nexcept E:\n    g()\nfinally:\n    h()\n",
    "try:\n    f()\nexcept E as e:\n    g()\nelse:\n    i()\nfinally:\n    h()\n",
    "try:\n    pass\nfinally:\n    pass\n",
    // Nesting.
    "try:\n    try:\n        f()\n    finally:\n        g()\nfinally:\n    h()\n",
    "try:\n    f()\nexcept E:\n    try:\n        g()\n    except F as e:\n        h(e)\n",
    "try:\n    f()\nfinally:\n    try:\n        g()\n    finally:\n        h()\n",
    // Functions: return through finally and handlers.
    "def f():\n    try:\n        return g()\n    finally:\n        h()\n",
    "def f():\n    try:\n        return 1\n    finally:\n        h()\n",
    "def f():\n    try:\n        return\n    finally:\n        return 2\n",
    "def f():\n    try:\n        g()\n    except E as e:\n        return e\n",
    "def f():\n    try:\n        g()\n    except E:\n        return 1\n    except:\n        return 2\n    else:\n        return 3\n",
    "def f(x):\n    try:\n        try:\n            return x\n        finally:\n            g()\n    finally:\n        h()\n",
    "def f():\n    try:\n        g()\n    except E as e:\n        try:\n            return e\n        finally:\n            del e\n",
    "def f():\n    try:\n        pass\n    finally:\n        try:\n            return g()\n        except:\n            pass\n",
    // Loops: break and continue through finally and handlers.
    "for x in y:\n    try:\n        break\n    finally:\n        f()\n",
    "for x in y:\n    try:\n        continue\n    finally:\n        f()\n",
    "while x:\n    try:\n        f()\n    except E:\n        break\n    except F as e:\n        continue\n",
    "for x in y:\n    try:\n        f()\n    finally:\n        break\n",
    "def f():\n    for x in y:\n        try:\n            return x\n        finally:\n            continue\n",
    "for x in y:\n    try:\n        pass\n    except E as e:\n        for z in e:\n            break\n        else:\n            continue\n",
    // Generators and coroutines.
    "def g():\n    try:\n        yield 1\n    finally:\n        yield 2\n",
    "def g():\n    try:\n        x = yield\n    except E as e:\n        yield e\n",
    "def g():\n    try:\n        yield from f()\n    except GeneratorExit:\n        pass\n",
    "async def f():\n    try:\n        await g()\n    except E:\n        await h()\n    finally:\n        await i()\n",
    // with.
    "with a:\n    pass\n",
    "with a as b:\n    c = b.x(1)\n",
    "with a as b, c as d:\n    f(b, d)\n",
    "with a() as (b, c), d:\n    pass\n",
    "with a as b.c, d as e[0]:\n    pass\n",
    "with (a as b,\n      c as d):\n    pass\n",
    "with a:\n    with b:\n        pass\n",
    "def f():\n    with a as b:\n        return b\n",
    "def f():\n    with a:\n        return 1\n",
    "def f():\n    with a, b:\n        return g()\n",
    "for x in y:\n    with a:\n        break\n",
    "for x in y:\n    with a:\n        continue\n",
    "def g():\n    with a as b:\n        yield b\n",
    "with a:\n    try:\n        f()\n    except E:\n        pass\n",
    "try:\n    with a:\n        f()\nfinally:\n    g()\n",
    "def f():\n    try:\n        with a:\n            return 1\n    finally:\n        g()\n",
    // async with.
    "async def f():\n    async with a:\n        pass\n",
    "async def f():\n    async with a as b, c as d:\n        await b\n",
    "async def f():\n    async with a as b:\n        return b\n",
    "async def f():\n    for x in y:\n        async with a:\n            break\n",
    "async def f():\n    async with a:\n        with b:\n            async with c:\n                return 1\n",
    "async def f():\n    async for x in y:\n        async with a:\n            continue\n",
    // except*.
    "try:\n    f()\nexcept* E:\n    g()\n",
    "try:\n    f()\nexcept* E as e:\n    g(e)\n",
    "try:\n    f()\nexcept* E as e:\n    g(e)\nexcept* (F, G):\n    h()\n",
    "try:\n    f()\nexcept* E:\n    pass\nelse:\n    g()\n",
    "try:\n    f()\nexcept* E:\n    pass\nfinally:\n    g()\n",
    "try:\n    f()\nexcept* E as e:\n    pass\nexcept* F as f:\n    pass\nelse:\n    g()\nfinally:\n    h()\n",
    "def f():\n    try:\n        return g()\n    except* E:\n        pass\n",
    "def f():\n    for x in y:\n        try:\n            g()\n        except* E:\n            for z in x:\n                break\n",
    "def f():\n    try:\n        g()\n    except* E:\n        def h():\n            return 1\n",
    // Mangled and cell handler names.
    "class C:\n    try:\n        f()\n    except E as __e:\n        g(__e)\n",
    "def f():\n    try:\n        g()\n    except E as e:\n        return lambda: e\n",
    "def f():\n    global e\n    try:\n        g()\n    except E as e:\n        pass\n",
    // Locations across lines.
    "try:\n    f(\n        1,\n    )\nexcept (\n    E\n) as e:\n    g(\n        e)\nfinally:\n    h(\n    )\n",
    "with (\n    a\n) as b:\n    pass\n",
    "with a(\n    1\n) as (\n    b\n):\n    f()\n",
];

/// Programs `compile()` rejects while generating code for these statements.
const ERRORS: &[&str] = &[
    "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
    "try:\n    pass\nexcept E:\n    pass\nexcept:\n    pass\nexcept F:\n    pass\n",
    "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
    "def f():\n    try:\n        pass\n    except* E:\n        return\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        continue\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        with a:\n            break\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        try:\n            pass\n        finally:\n            continue\n",
    "for x in y:\n    try:\n        pass\n    except* E as e:\n        break\n",
    "def f():\n    async with a:\n        pass\n",
    "async with a:\n    pass\n",
    "def f():\n    try:\n        pass\n    except E:\n        break\n",
    "try:\n    pass\nexcept E as __debug__:\n    pass\n",
    "try:\n    pass\nexcept* E as __debug__:\n    pass\n",
    "with a as __debug__:\n    pass\n",
    "try:\n    pass\nfinally:\n    continue\n",
    "def f():\n    try:\n        pass\n    except* E:\n        return (\n            1)\n",
];

#[test]
fn try_and_with_code_objects_equal_cpython() {
    assert_all_agree("try/with programs", &snippets("try_code", CODE));
}

#[test]
fn try_and_with_compile_errors_equal_cpython() {
    assert_all_agree("try/with errors", &snippets("try_error", ERRORS));
}
