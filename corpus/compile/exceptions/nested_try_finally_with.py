# Deeply nested try/except/finally and with blocks with returns, breaks and continues crossing them.
class CM:
    def __init__(self, log, n):
        self.log, self.n = log, n

    def __enter__(self):
        self.log.append(f"enter{self.n}")

    def __exit__(self, *exc):
        self.log.append(f"exit{self.n}")
        return False


def deep(flag):
    log = []
    for i in range(3):
        try:
            with CM(log, 1):
                try:
                    with CM(log, 2):
                        try:
                            if flag == i:
                                raise ValueError(i)
                            if i == 1:
                                continue
                            if i == 2:
                                return log
                        finally:
                            log.append(f"f3-{i}")
                except ValueError:
                    log.append("caught")
                    break
                finally:
                    log.append(f"f2-{i}")
        finally:
            log.append(f"f1-{i}")
    return log


print(deep(-1))
print(deep(0))
print(deep(1))
