# Conditional expressions evaluate the condition first and only the selected branch.
def t(label, value):
    print(f"  eval {label}")
    return value


print(t("yes", "Y") if t("cond", True) else t("no", "N"))
print(t("yes", "Y") if t("cond", 0) else t("no", "N"))
for n in range(-1, 3):
    print(n, "negative" if n < 0 else "zero" if n == 0 else "one" if n == 1 else "many")
x = 4
print((x if x > 3 else -x) * 2, x if x > 3 else -x * 2)
print(1 if [] else 2, "a" if "b" else "c")
f = (lambda v: "even" if v % 2 == 0 else "odd")
print([f(i) for i in range(4)])
print([i if i % 3 else "fizz" for i in range(7)])
print(((lambda: 1) if False else (lambda: 2))())
y = 1 if x else 2 if x else 3
print(y)
print(0 or 1 if 0 else 2)
