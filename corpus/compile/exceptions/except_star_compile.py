# except* with several handlers, names, re-raises and raises of new exceptions.
def run(excs):
    out = []
    try:
        try:
            raise ExceptionGroup("g", excs)
        except* ValueError as eg:
            out.append(("value", len(eg.exceptions)))
        except* (KeyError, IndexError) as eg:
            out.append(("lookup", len(eg.exceptions)))
            raise
        except* OSError:
            out.append("os")
            raise RuntimeError("replaced")
    except BaseException as e:
        out.append(("escaped", type(e).__name__))
    return out


print(run([ValueError(1)]))
print(run([ValueError(1), KeyError(2)]))
print(run([OSError(3)]))
print(run([TypeError(4)]))
print(run([IndexError(5), OSError(6), ValueError(7)]))
