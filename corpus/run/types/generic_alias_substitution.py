# Subscripting generic aliases and unions that hold type variables (`_Py_subs_parameters`):
# plain, nested and union substitution, argument-count errors, starred `*tuple[...]` aliases
# from iteration, TypeVarTuple and ParamSpec hooks, pickling and weak references.
import pickle
import typing
import weakref
from collections.abc import Callable
from typing import ParamSpec, TypeVar, TypeVarTuple

T = TypeVar("T")
S = TypeVar("S")
Ts = TypeVarTuple("Ts")
P = ParamSpec("P")

print(list[T][int])
print(dict[str, T][int])
print(dict[T, list[S]][str, int])
print(dict[T, list[S]].__parameters__)
print(tuple[T, ...][int])
print((T | None)[int], type((T | None)[int]))
print((int | list[T])[str])
print((T | S)[int, str])
print((T | S)[int, int])
print(list[T][int] == list[int], hash(list[T][int]) == hash(list[int]))

for bad in (lambda: list[int][int], lambda: dict[T, S][int], lambda: list[T][int, str]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

(starred,) = tuple[int, str]
print(starred, starred.__unpacked__, starred.__typing_unpacked_tuple_args__)
print(list[int].__unpacked__, list[int].__typing_unpacked_tuple_args__)
print(starred == tuple[int, str], starred == next(iter(tuple[int, str])))
print(tuple[int, *tuple[str, bytes]])
print(tuple[T, *Ts][int, str, bytes])
print(tuple[*Ts][int, str])
print(tuple[T, *Ts].__parameters__)
print(Callable[P, T][[int, str], bytes])
print(Callable[[int], T][str])
print(typing.List[T][int], typing.Dict[str, T][bytes])

for obj in (list[int], dict[str, list[int]], starred, int | str, Ellipsis, NotImplemented):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(obj, proto))
        assert back == obj, (obj, proto, back)
    print("pickled", obj)

class Box(typing.Generic[T]):
    pass

print(Box[int], Box[T][int] if False else Box[list[T]][int])
r = weakref.ref(Callable[[int], str])
print(type(r).__name__)
print((int | str).__module__, list[int].__module__)
print(complex(1, 2).__complex__(), typing.SupportsComplex in type(1j).__mro__, issubclass(complex, typing.SupportsComplex))
class C(complex):
    pass
print(type(C(3).__complex__()).__name__, C(3).__complex__())
