# except* details: matching order, nested groups, re-raise, and leftover propagation.
def run(group_factory, *handlers_order):
    try:
        try:
            raise group_factory()
        except* OSError as eg:
            print("  OSError handler:", [repr(e) for e in eg.exceptions])
        except* (ValueError, TypeError) as eg:
            print("  Value/Type handler:", [repr(e) for e in eg.exceptions])
            if any(isinstance(e, TypeError) for e in eg.exceptions):
                raise
    except BaseException as e:
        print("  escaped:", repr(e))


run(lambda: ExceptionGroup("g", [OSError("disk"), ValueError("v")]))
run(lambda: ExceptionGroup("g", [TypeError("t"), KeyError("k")]))
run(lambda: ExceptionGroup("g", [KeyError("k")]))
run(lambda: FileNotFoundError("naked subclass"))
run(lambda: ExceptionGroup("g", [ExceptionGroup("sub", [ValueError("deep")]), OSError("io")]))
try:
    try:
        raise ExceptionGroup("many", [ValueError(i) for i in range(3)])
    except* ValueError as eg:
        print("handled", len(eg.exceptions), "ValueErrors once")
except ExceptionGroup:
    print("never")
for i in range(2):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError:
        print("loop iteration", i)
try:
    try:
        raise BaseExceptionGroup("x", [KeyboardInterrupt()])
    except* Exception:
        print("never: KeyboardInterrupt is not an Exception")
except BaseExceptionGroup as e:
    print("BaseExceptionGroup escaped:", repr(e))
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
