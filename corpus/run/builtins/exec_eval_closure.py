# exec() runs a code object with free variables given `closure=` cells; eval() refuses one, and
# each misuse of `closure` raises the TypeError CPython raises.
def outer():
    x = 5

    def inner():
        print("inner sees", x)
        return x

    return inner


inner = outer()
exec(inner.__code__, {}, closure=inner.__closure__)
print(exec(inner.__code__, {"x": 1}, {}, closure=inner.__closure__))


def attempt(label, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print(label, "ran")
    except TypeError as e:
        print(label, "TypeError:", e)


cell = inner.__closure__[0]
attempt("eval code", eval, inner.__code__)
attempt("exec no closure", exec, inner.__code__)
attempt("exec closure None", exec, inner.__code__, {}, closure=None)
attempt("exec empty closure", exec, inner.__code__, {}, closure=())
attempt("exec non-cell", exec, inner.__code__, {}, closure=(1,))
attempt("exec list", exec, inner.__code__, {}, closure=[cell])
attempt("exec on text", exec, "y = 1", {}, closure=(cell,))
attempt("closure for plain code", exec, outer.__code__, {}, closure=(cell,))
attempt("plain code, closure None", exec, compile("z = 2", "<s>", "exec"), {}, closure=None)
attempt("eval keyword closure", eval, "1", closure=None)
attempt("exec four positionals", exec, "1", {}, {}, (cell,))
attempt("eval keyword globals", eval, "1", globals={})
attempt("exec keyword globals", exec, "1", globals={})
