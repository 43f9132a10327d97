# type.__flags__ bits that programs test: heap types, subclassable, abstract
# (inspect.isabstract), the collection flags of match, and the fast-subclass bits.
import abc
import collections.abc
import inspect

HEAPTYPE, BASETYPE, IS_ABSTRACT = 1 << 9, 1 << 10, 1 << 20
SEQUENCE, MAPPING = 1 << 5, 1 << 6
SUBCLASS_BITS = {"int": 24, "list": 25, "tuple": 26, "bytes": 27, "str": 28, "dict": 29,
                 "BaseException": 30, "type": 31}


class Plain:
    pass


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self):
        ...


class Concrete(Abstract):
    def f(self):
        return 1


class MySeq(collections.abc.Sequence):
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError


class MyInt(int):
    pass


for cls in (object, int, bool, str, list, tuple, dict, type, ValueError, Plain, Abstract,
            Concrete, MySeq, MyInt, range, memoryview, collections.deque):
    f = cls.__flags__
    subs = [n for n, bit in SUBCLASS_BITS.items() if f >> bit & 1]
    print(cls.__name__, bool(f & HEAPTYPE), bool(f & BASETYPE), bool(f & IS_ABSTRACT),
          bool(f & SEQUENCE), bool(f & MAPPING), subs, inspect.isabstract(cls))

import array
import types

for o in (range(3), memoryview(b"abc"), array.array("b", [1, 2, 3]), collections.deque([1, 2, 3]), "abc"):
    match o:
        case [a, b, c]:
            print("sequence pattern matches", type(o).__name__, a, c)
        case _:
            print("no match", type(o).__name__)
match types.MappingProxyType({"a": 1}):
    case {"a": x}:
        print("mapping pattern matches mappingproxy", x)
