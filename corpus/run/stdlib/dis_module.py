# The `dis` module run on the VM: `dis.dis`, `get_instructions`, `findlinestarts` and the code
# object methods they rest on (`co_lines`, `_varname_from_oparg`, `co_lnotab`).
import dis


def add(a, b=2):
    c = a + b
    return c


def closure():
    x = 1

    def inner():
        return x

    return inner


def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
        else:
            total -= 1
    return total


def handler():
    try:
        return 1 / 0
    except ZeroDivisionError as e:
        return str(e)
    finally:
        pass


for f in (add, closure().__code__, loop, handler):
    dis.dis(f)
    print("-" * 20)

for ins in dis.get_instructions(add):
    print(ins.opname, ins.arg, repr(ins.argval), ins.offset, ins.starts_line, ins.is_jump_target)

for f in (add, loop, handler, closure):
    code = f.__code__
    print(f.__name__, list(code.co_lines()))
    print(f.__name__, list(dis.findlinestarts(code)))
    print(f.__name__, code.co_lnotab)
    print(f.__name__, [code._varname_from_oparg(i) for i in range(len(code.co_varnames))])

try:
    add.__code__._varname_from_oparg(99)
except IndexError as e:
    print("IndexError", e)

# A function spanning big line gaps: the line-number table splits deltas over pairs.
src = "def far():\n    a = 1\n" + "\n" * 300 + "    return a\n"
ns = {}
exec(compile(src, "<far>", "exec"), ns)
print(ns["far"].__code__.co_lnotab)
print(list(ns["far"].__code__.co_lines()))
print(dis.code_info(add))
