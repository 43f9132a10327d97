# Attribute loads, stores and deletes in chains, and method calls on results.
class N:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt

    def get(self):
        return self


n = N(1, N(2, N(3)))
print(n.v, n.nxt.v, n.nxt.nxt.v, n.get().nxt.get().v, n.nxt.get().nxt.v)
n.nxt.nxt.v = 30
n.nxt.extra = "e"
del n.nxt.extra
print(n.nxt.nxt.v, hasattr(n.nxt, "extra"), "abc".upper().lower().title(), (1).bit_length())
