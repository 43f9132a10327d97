# Deep await chains pass values down and results back up.
class Get:
    def __init__(self, key):
        self.key = key

    def __await__(self):
        return (yield self.key)


async def leaf(k):
    v = await Get(k)
    return v * 2


async def middle(k):
    a = await leaf(k)
    b = await leaf(k + "'")
    return a + b


async def top():
    results = []
    for k in ["a", "b"]:
        results.append(await middle(k))
    return results


store = {"a": 1, "a'": 10, "b": 100, "b'": 1000}
c = top()
request = c.send(None)
requests = []
try:
    while True:
        requests.append(request)
        request = c.send(store[request])
except StopIteration as e:
    print(e.value, requests)
print(type(top).__name__, top.__code__.co_flags & 0x80 != 0, type(c).__name__)


async def no_await():
    return "direct"


c2 = no_await()
try:
    c2.send(None)
except StopIteration as e:
    print(e.value)
