# type() with one argument returns the class; with three it creates a class.
for v in [1, 1.0, "s", b"b", [], (), {}, set(), None, type, object(), len, lambda: 0, range(1), ..., NotImplemented, 1j, True]:
    print(type(v).__name__, type(v))
Point = type("Point", (object,), {"x": 0, "__repr__": lambda self: f"Point(x={self.x})"})
p = Point()
p.x = 5
print(p, Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__, type(Point))
Sub = type("Sub", (Point,), {"y": 1})
print(Sub(), Sub.__mro__, Sub.y)
for args in [(1, 2), ("A", 1, {}), ("A", (), 1), ("A", (1,), {}), ()]:
    try:
        type(*args)
    except TypeError as e:
        print(args, "TypeError:", e)
print(type(type), type(object), type.__name__, object.__name__, type.__mro__, isinstance(type, object))
Empty = type("Empty", (), {})
print(Empty.__bases__, Empty.__dict__.get("__module__"), Empty.__doc__)
print(type("", (), {}).__name__ == "", type("With Space", (), {}).__name__)
