# Raising and catching many exceptions in loops, including chained ones.
caught = 0
for i in range(100000):
    try:
        if i % 2:
            raise ValueError(i)
        {}[i]
    except ValueError:
        caught += 1
    except KeyError:
        caught += 2
print(caught)
chain = None
for i in range(200):
    try:
        try:
            raise KeyError(i)
        except KeyError as e:
            raise RuntimeError(i) from e
    except RuntimeError as e:
        chain = e
print(repr(chain), repr(chain.__cause__))


def deep_raise(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        deep_raise(n - 1)
    finally:
        pass


try:
    deep_raise(500)
except IndexError as e:
    tb = e.__traceback__
    frames = 0
    while tb:
        frames += 1
        tb = tb.tb_next
    print("frames in traceback:", frames)
