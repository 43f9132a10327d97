# expression statements of many kinds
x
1
'string statement'
f(x)
x.y
x[0]
x + y
-x
x if y else z
lambda: 0
[x for x in y]
x, y
*x, y
(yield_ := 1)
await_ = 0
obj.method().chain()
