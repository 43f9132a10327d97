# An exception raised inside an except* handler, uncaught.
try:
    raise ExceptionGroup("batch", [ValueError("v"), TypeError("t")])
except* ValueError as eg:
    print("handling", repr(eg))
    raise RuntimeError("handler failed")
except* TypeError:
    print("type errors handled")
