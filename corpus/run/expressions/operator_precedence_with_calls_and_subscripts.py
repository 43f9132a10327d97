# Primary expressions (calls, subscripts, attributes) bind tighter than any operator.
def f():
    return [1, 2, 3]


d = {"k": [10, 20]}
print(-f()[0], f()[1] ** 2, -d["k"][1] ** 2, (-d["k"][1]) ** 2, not f()[0], ~f()[2])
print(f()[0] + f()[1] * f()[2], 2 ** f()[1] ** 2, [1, 2] * 2 == f()[:2] * 2)
print("abc".upper()[::-1] + "x" * 2, -len("abcd") // 3, -(len("abcd") // 3))
print(await_free := 5, f()[-1] if f() else 0, f() and f()[0] or "empty")
obj = type("O", (), {"v": 3})()
print(obj.v ** 2, -obj.v, obj.v < 4 == True, (obj.v < 4) == True)
