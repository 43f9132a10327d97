# keyword argument nodes, unpacking keywords and spacing
f(a = 1)
f(a=1, b = 2)
f(** kw)
f(* args)
f(x, * args, key = value, ** kw)
f(
    key=
        value,
    **
    mapping,
)
obj.method(first=1)(second=2)
class C(Base, metaclass = Meta, ** extra): pass
