# 'and'/'or' return one of their operands and evaluate the right side only when needed.
def t(label, value):
    print(f"  eval {label}")
    return value


print(t("a", 0) and t("b", 1))
print(t("a", 2) and t("b", 3))
print(t("a", 0) or t("b", 4))
print(t("a", 5) or t("b", 6))
print(t("a", "") or t("b", []) or t("c", "last"))
print(t("a", 1) and t("b", 2) and t("c", 0) and t("d", 9))
print(not t("a", []))
print(t("a", 0) or t("b", 1) and t("c", 2))
print((t("a", 0) or t("b", 1)) and t("c", 2))
print(None or "default", [] or {} or (), 0 and 1 / 0)
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3)
x = 7
print(x > 5 and "big" or "small")
print(not 0, not 1, not "", not "x", not None, not not [])
names = ["", "bob", None]
print([n or "<anon>" for n in names])
print(type(1 and 1.5).__name__, type(0 or 0.0).__name__)
