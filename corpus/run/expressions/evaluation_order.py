# Python evaluates expressions left to right (with the documented exceptions).
log = []


def t(label, value=None):
    log.append(label)
    return value if value is not None else label


def show(title):
    print(title, log)
    log.clear()


t("a", 1) + t("b", 2) * t("c", 3)
show("binary:")
t("f", print)(t("arg1"), t("arg2"), sep=t("kw"))
show("call:")
{t("k1"): t("v1"), t("k2"): t("v2")}
show("dict display:")
[t("x"), t("y")][t("i", 0)]
show("subscript:")
t("cond", True) and t("rhs")
show("and:")
t("then") if t("test", True) else t("else")
show("ternary:")
d = {}
d[t("key")] = t("value")
show("assignment (value first):")
a, b = t("rhs1"), t("rhs2")
show("tuple assignment:")
t("base", 2) ** t("exp", 3)
show("power:")
t("l", 1) < t("m", 2) < t("r", 3)
show("chained comparison:")
x = [0, 0]
i = 0
i, x[i] = 1, 5
print(i, x)
lst = [t("e1"), *[t("s1"), t("s2")], t("e2")]
show("starred list:")
obj = type("O", (), {})()
setattr(obj, "v", 0)
obj.v += t("inc", 1)
show("augmented attribute:")
print(f"{t('f1')}{t('f2')}")
show("f-string:")
