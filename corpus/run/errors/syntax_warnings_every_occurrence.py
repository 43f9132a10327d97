# Every compile-time SyntaxWarning is shown, repeats included: compiler_warn passes no registry,
# and a finally body (compiled twice) or an assert inside one warns once per copy.
x = 1
y = [0x1for x in [1]]
z = 1if x else 2
w = 1_000or 1
v = [1for a in 'ab' if a]
try:
    pass
finally:
    print(x is 1, 0o7and 1)
def f():
    try:
        return x is ()
    finally:
        assert (x, 'msg')
print(x is 1, x is 2, f())
