# Iterators that are their own iterables, exhausted iterators, and __next__ raising other errors.
class Once:
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        return self

    def __next__(self):
        if not self.items:
            raise StopIteration
        return self.items.pop(0)


o = Once("abc")
print(list(o), list(o), "a" in Once("abc"), list(zip(Once("ab"), Once("xyz"))))


class Fresh:
    def __iter__(self):
        return iter([1, 2, 3])


f = Fresh()
print(list(f), list(f), sum(f), max(f))


class Exploding:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("exploded in __next__")


try:
    for _ in Exploding():
        pass
except ValueError as e:
    print("ValueError:", e)


class NotAnIterator:
    def __iter__(self):
        return [1, 2]


try:
    list(NotAnIterator())
except TypeError as e:
    print("TypeError:", e)


class HintOnly:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration

    def __length_hint__(self):
        return 5


print(list(HintOnly()))
import operator

print(operator.length_hint(HintOnly()), operator.length_hint([1, 2]), operator.length_hint(iter(range(7))))
