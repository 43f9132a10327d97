# Augmented assignment to subscripts and attributes evaluates the container and index once.
log = []


class Box:
    def __init__(self):
        self._items = {"k": 1}

    def __getitem__(self, key):
        log.append(f"get {key}")
        return self._items[key]

    def __setitem__(self, key, value):
        log.append(f"set {key}={value}")
        self._items[key] = value


def box():
    log.append("box()")
    return b


def key():
    log.append("key()")
    return "k"


b = Box()
box()[key()] += 10
print(log)
log.clear()
box()[key()] **= 2
print(log, b._items)


class Attr:
    def __getattribute__(self, name):
        log.append(f"getattr {name}")
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        log.append(f"setattr {name}={value}")
        object.__setattr__(self, name, value)


a = Attr()
log.clear()
a.v = 1
a.v += 5
print(log)
lst = [[0, 0], [0, 0]]
i = 0
lst[i][i + 1] += 7
print(lst)
