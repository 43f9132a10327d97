# Deeply nested try/finally/except blocks: unwinding order and exception replacement.
log = []


def deep(n, fail_at):
    if n == 0:
        return "bottom"
    try:
        try:
            if n == fail_at:
                raise ValueError(f"fail at {n}")
            return deep(n - 1, fail_at)
        except ValueError as e:
            log.append(f"except {n}: {e}")
            if n % 2:
                raise KeyError(n) from e
            raise
        finally:
            log.append(f"inner finally {n}")
    finally:
        log.append(f"outer finally {n}")


print(deep(3, fail_at=0))
print(log)
log.clear()
try:
    deep(4, fail_at=2)
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__))
print(log)
log.clear()


def stacked():
    try:
        try:
            try:
                raise IndexError("innermost")
            finally:
                log.append("f1")
        finally:
            log.append("f2")
    except IndexError as e:
        log.append(f"caught {e}")
    finally:
        log.append("f3")


stacked()
print(log)


def with_in_try_in_with():
    class CM:
        def __init__(self, n):
            self.n = n

        def __enter__(self):
            log.append(f"enter {self.n}")

        def __exit__(self, *exc):
            log.append(f"exit {self.n} {exc[0].__name__ if exc[0] else ''}")

    with CM(1):
        try:
            with CM(2):
                try:
                    raise OSError("io")
                finally:
                    log.append("finally in with 2")
        except OSError:
            log.append("handled between withs")


log.clear()
with_in_try_in_with()
print(log)
