# __class_getitem__ makes Cls[...] work; builtin generics produce GenericAlias objects.
class Box:
    def __class_getitem__(cls, item):
        print(f"  __class_getitem__({cls.__name__}, {item!r})")
        return f"Box of {item!r}"


print(Box[int])
print(Box[int, str])
print(Box["x"])


class SubBox(Box):
    pass


print(SubBox[1])
print(list[int])
print(dict[str, list[int]])
print(tuple[int, ...])
alias = list[int]
print(alias.__origin__, alias.__args__)
print(alias("ab"))
print(type[int])
try:
    object()[int]
except TypeError as e:
    print("TypeError:", e)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __getitem__(cls, item):
        return "metaclass __getitem__ wins"


class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"


print(WithMeta[0])
