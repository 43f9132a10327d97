# What a finished frame releases, and when, while frames are reused for the next calls: its
# locals in slot order, the function it ran, the namespaces only it held, and the frames a
# generator leaves each time a built-in (sum, list, set) or a for loop resumes it.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def locals_in_order():
    a = Noisy("a")
    b = Noisy("b")
    c = Noisy("c")
    print("returning")
    return b.name


print("got", locals_in_order())


def call_temporary_function():
    # The lambda is only referenced by the call: it dies with the frame that ran it.
    return (lambda n: Noisy(n))("made")


x = call_temporary_function()
print("kept", x.name)
del x


def namespace_only_the_frame_holds():
    ns = {"__builtins__": __builtins__, "Noisy": Noisy}
    exec("def f():\n    keep = Noisy('in exec globals')\n    return keep.name\n", ns)
    ns["marker"] = Noisy("global of f")
    f = ns.pop("f")
    del ns
    print("calling f")
    r = f()
    print("f returned", r)
    del f
    print("f deleted")


namespace_only_the_frame_holds()


def deep(n):
    local = Noisy(f"level {n}")
    if n == 0:
        return 0
    r = deep(n - 1) + 1
    if n % 20 == 0:
        print("back at", n)
    return r


print("depth", deep(45))


def gen(label, n):
    for i in range(n):
        held = Noisy(f"{label} {i}")
        yield i
    print(label, "done, frame", sys._getframe().f_code.co_name)


print("sum", sum(gen("sum", 3)))
print("list", list(gen("list", 2)))
print("set", sorted(set(gen("set", 2))))
for v in gen("for", 2):
    print("for got", v)


def frames_seen():
    seen = []
    def inner():
        seen.append(sys._getframe(1).f_code.co_name)
        yield sys._getframe().f_back.f_code.co_name
        seen.append(sys._getframe(1).f_code.co_name)
        yield "again"
    print(list(inner()))
    for v in inner():
        print("loop", v)
    print(seen)


frames_seen()


def many_calls():
    total = 0
    for i in range(200):
        total += locals_in_order.__code__.co_argcount + (lambda v=i: v)()
    return total


print("many", many_calls())
print("end")
