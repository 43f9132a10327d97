# Generator send(): the first send must be None; values flow both ways.
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


g = averager()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None), g.send(10), g.send(20), g.send(60))
try:
    g.send(None)
except StopIteration as e:
    print("final:", e.value)
try:
    g.send(1)
except StopIteration as e:
    print("after exhaustion: StopIteration", e.value)
print(g.gi_running, g.gi_frame, g.gi_code.co_name, g.__name__, g.__qualname__)


def running_check():
    yield gen_ref.gi_running


gen_ref = running_check()
print(next(gen_ref))


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
