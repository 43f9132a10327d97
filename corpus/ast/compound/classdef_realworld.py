# a realistic class hierarchy
import abc
from typing import Generic, TypeVar

T = TypeVar('T')


class Repository(abc.ABC, Generic[T]):
    """Abstract storage."""

    _registry: dict[str, type] = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._registry[name or cls.__name__.lower()] = cls

    def __init__(self, items=None):
        self._items: list[T] = list(items or [])

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        yield from self._items

    def __repr__(self):
        return f'{type(self).__name__}({self._items!r})'

    @abc.abstractmethod
    def key(self, item: T) -> str:
        raise NotImplementedError

    def find(self, key: str) -> T | None:
        return next((i for i in self if self.key(i) == key), None)


class MemoryRepository(Repository[dict], name='memory'):
    def key(self, item):
        return item['id']
