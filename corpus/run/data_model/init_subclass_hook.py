# __init_subclass__ runs on the parent when a subclass is created, receiving class keywords.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, key=None, **kwargs):
        print(f"  __init_subclass__({cls.__name__}, key={key!r}, rest={kwargs})")
        super().__init_subclass__(**kwargs)
        if key is not None:
            Plugin.registry[key] = cls


class Json(Plugin, key="json"):
    pass


class Yaml(Plugin, key="yaml"):
    pass


class Untagged(Plugin):
    pass


class SubJson(Json, key="json2"):
    pass


print({k: v.__name__ for k, v in Plugin.registry.items()})
try:
    class Bad(Plugin, key="x", unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counted:
    def __init_subclass__(cls):
        cls.depth = getattr(cls, "depth", 0) + 1


class L1(Counted):
    pass


class L2(L1):
    pass


print(L1.depth, L2.depth)
print(type(Counted.__dict__["__init_subclass__"]).__name__)
try:
    class NoKw(object, extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
