# with statements inside loops and generators, exiting via break/continue/return/yield.
class CM:
    count = 0

    def __enter__(self):
        CM.count += 1
        return CM.count

    def __exit__(self, *a):
        CM.count -= 1


def loop_exits():
    out = []
    for i in range(4):
        with CM() as depth:
            if i == 1:
                continue
            if i == 3:
                break
            out.append((i, depth))
    return out, CM.count


def gen():
    with CM() as a:
        yield a
        with CM() as b:
            yield b
    yield CM.count


print(loop_exits(), list(gen()))


async def async_with():
    class ACM:
        async def __aenter__(self):
            return "a"

        async def __aexit__(self, *a):
            return False

    async with ACM() as v:
        return v


try:
    async_with().send(None)
except StopIteration as e:
    print(e.value)
