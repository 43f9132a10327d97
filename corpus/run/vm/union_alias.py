u = int | str
print(u, type(u).__name__, u.__args__, int | None, None | int, int | int, u | float, (int | str) == (str | int), hash(int|str) == hash(str|int))
print(isinstance(1, u), isinstance(1.0, u), issubclass(bool, int | float), isinstance(None, int | None))
print(isinstance(3, (float, int | str)), list[int], dict[str, list[int]], list[int] | None, tuple[int, ...])
try: isinstance(1, list[int])
except TypeError as e: print(e)
try: isinstance(1, int | list[int])
except TypeError as e: print(e)
try: int | "str"
except TypeError as e: print(e)
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a(range(3)), a.__name__, a == list[int], a == list[str], hash(a) == hash(list[int]))
class E(list[int]): pass
print(E.__mro__, E.__orig_bases__)
print(type(list[int]).__name__, repr(type[int]), type[int] | None)
try: isinstance(1, 5)
except TypeError as e: print(e)
