# Expression statements evaluate and discard; only calls have visible effects.
1 + 1
"a string statement"
[x for x in range(3)]
print("print is an expression statement")
(lambda: print("lambda called"))()
effects = []
effects.append(1) or effects.append(2)
print(effects)
None
...
not True
f"{print('formatted side effect')}"
[print(i) for i in range(2)]
print(print("inner"), "outer")
