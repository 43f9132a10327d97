# exit(), quit() and sys.exit() raise SystemExit with their argument as the code.
import sys

for fn in (exit, quit, sys.exit):
    for arg in ((), (0,), (3,), ("message",), (None,), ([1, 2],)):
        try:
            fn(*arg)
        except SystemExit as e:
            print(getattr(fn, "__name__", type(fn).__name__), arg, "->", repr(e.code), e.args)
print(repr(exit), repr(quit), str(exit))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args:", e.code, e.args)
