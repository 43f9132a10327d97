# implicit joining inside brackets with odd indentation
x = [1,
  2,
        3]
y = (
1
+
2
)
z = {
       'a':
 1,
}
def f(a,
b,
            c):
    return g(a,
b, c
)
call(arg
    )[0
        ](
)
