# Methods closing over function locals, and class bodies inside functions capturing free variables.
def make_class(prefix):
    count = 0

    class Greeter:
        label = prefix.upper()

        def greet(self, name):
            nonlocal count
            count += 1
            return f"{prefix} {name} #{count}"

        @classmethod
        def calls(cls):
            return count

    return Greeter


G = make_class("hello")
g = G()
print(g.greet("a"), g.greet("b"), G.calls(), G.label)
H = make_class("hi")
print(H().greet("c"), H.calls(), G.calls())
print(G.greet.__code__.co_freevars, G.calls.__func__.__code__.co_freevars)


def counter_class():
    class C:
        x = 1

        def get_x(self):
            return __class__.x

    return C


print(counter_class()().get_x())
