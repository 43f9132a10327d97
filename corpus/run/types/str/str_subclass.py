# Subclassing str: methods return plain str, custom methods and __new__.
class Tag(str):
    def wrap(self):
        return f"<{self}>"

    def __add__(self, other):
        return Tag(str(self) + "+" + str(other))


t = Tag("b")
print(t, repr(t), t.wrap(), type(t.upper()).__name__, type(t + "x").__name__, t + "x", "x" + t)
print(isinstance(t, str), t == "b", hash(t) == hash("b"), {t: 1}["b"], t in ["b"], f"{t}", "%s" % t)


class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())


print(Caseless("ABC") == "abc", "abc" == Caseless("ABC"), Caseless("X") in {"x": 1}, Caseless("X") in {Caseless("x")})


class Lower(str):
    def __new__(cls, v):
        return super().__new__(cls, v.lower())


print(Lower("MiXeD"), len(Lower("ABC")), Lower("Q").join(["a", "b"]))
