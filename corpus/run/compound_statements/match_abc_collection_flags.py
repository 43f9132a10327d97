import collections, collections.abc as abc
from collections import deque, OrderedDict, UserList, UserDict, defaultdict, Counter, ChainMap
class Seq(abc.Sequence):
    def __init__(self, *items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
class Map(abc.Mapping):
    def __getitem__(self, k): return {'a': 1}[k]
    def __iter__(self): return iter(['a'])
    def __len__(self): return 1
class Plain:
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
class Reg: 
    def __len__(self): return 2
    def __getitem__(self, i): return [7, 8][i]
class SubReg(Reg): pass
abc.Sequence.register(Reg)
class D(dict): pass
class L(list): pass
class DL(dict): pass
abc.Sequence.register(DL)
def kind(x):
    match x:
        case {**rest}: return 'mapping'
        case [*items]: return 'sequence'
        case _: return 'other'
for x in [Seq(1, 2), Map(), Plain(), Reg(), SubReg(), D(), L(), deque([1]), OrderedDict(), UserList([1]), UserDict(), defaultdict(int), Counter(), ChainMap(), 'str', b'b', bytearray(), range(3), memoryview(b'x'), {}.keys(), [], (), {}, DL()]:
    print(type(x).__name__, kind(x))
print('__abc_tpflags__' in abc.Sequence.__dict__)
