# Pickling partly consumed built-in iterators resumes them where they were: enumerate (with
# its count), reversed (and its length hint), zip, map, filter and the sequence iterators.
import operator
import pickle


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * 10


makers = {
    "enumerate": lambda: enumerate("abcd", 5),
    "enumerate big start": lambda: enumerate("ab", 2 ** 70),
    "reversed list": lambda: reversed([1, 2, 3]),
    "reversed range": lambda: reversed(range(4)),
    "reversed custom": lambda: reversed(Seq(4)),
    "zip": lambda: zip("ab", "cd"),
    "map": lambda: map(abs, [-1, -2, -3]),
    "filter": lambda: filter(None, [0, 1, 0, 2]),
    "list iter": lambda: iter([1, 2, 3]),
    "str iter": lambda: iter("xyz"),
    "dict items": lambda: iter({1: 2, 3: 4}.items()),
}
for name, make in makers.items():
    it = make()
    first = next(it)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(it, proto))
        assert type(back) is type(it), (name, proto)
    print(name, first, list(back), list(it))

r = reversed(Seq(5))
print(operator.length_hint(r), next(r), operator.length_hint(r))
list(r)
print(operator.length_hint(r), r.__reduce__()[1])
e = enumerate([])
print(list(pickle.loads(pickle.dumps(e))), e.__reduce__()[0].__name__)
