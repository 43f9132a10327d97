# isinstance/issubclass consult __instancecheck__/__subclasscheck__ on the metaclass.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print(f"  __instancecheck__({cls.__name__}, {type(obj).__name__})")
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print(f"  __subclasscheck__({cls.__name__}, {sub.__name__})")
        return hasattr(sub, "quack")


class Duck(metaclass=DuckMeta):
    pass


class Mallard:
    def quack(self):
        return "quack"


print(isinstance(Mallard(), Duck))
print(isinstance(1, Duck))
print(issubclass(Mallard, Duck))
print(issubclass(int, Duck))
print(isinstance(Mallard(), (int, Duck)))
print(isinstance(Duck(), Duck))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, (str, int)))
print(isinstance(1, (str, (list, (int,)))))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(list[int], type), isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, int | str), issubclass(bool, int | None))
