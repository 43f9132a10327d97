# different subject expressions
match x:
    case _: pass
match x, y:
    case _: pass
match x,:
    case _: pass
match *a, b:
    case _: pass
match (x):
    case _: pass
match -x:
    case _: pass
match f(x)[0].attr:
    case _: pass
match (n := 10):
    case _: pass
match n := 10:
    case _: pass
match [1, 2]:
    case _: pass
match {'a': 1}:
    case _: pass
match x if y else z:
    case _: pass
match not x:
    case _: pass
