# isinstance against collections.abc classes for builtin types.
import collections.abc as abc

samples = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), range(1), iter([]), (x for x in []), len, None]
checks = [abc.Hashable, abc.Iterable, abc.Iterator, abc.Sized, abc.Container, abc.Sequence, abc.MutableSequence,
          abc.Mapping, abc.Set, abc.Callable, abc.Generator]
print(" " * 12 + " ".join(c.__name__[:4] for c in checks))
for s in samples:
    print(f"{type(s).__name__:12}" + " ".join(("  Y " if isinstance(s, c) else "  . ") for c in checks))
