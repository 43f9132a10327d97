# Warnings the interpreter issues itself go through the warnings module once it is imported:
# catch_warnings(record=True) records them, an "error" filter raises them, "ignore" drops
# them, and the once-per-location registry still applies under the default action.
import warnings

class I(int):
    pass

class RetI:
    def __int__(self):
        return I(7)

class JustTrunc:
    def __trunc__(self):
        return 42

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(int(RetI()), int(JustTrunc()), bool(NotImplemented))
for w in caught:
    print(w.category.__name__, "|", w.message, "|", w.lineno)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        int(JustTrunc())
    except DeprecationWarning as e:
        print("raised:", e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    int(JustTrunc())
print("ignored:", len(caught))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(3):
        int(JustTrunc())
print("default action, same line three times:", len(caught))
