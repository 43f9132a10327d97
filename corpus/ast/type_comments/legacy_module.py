# a Python-2-compatible module annotated with type comments
from typing import Dict, List, Optional, Tuple  # type: ignore

CACHE = {}  # type: Dict[str, Tuple[int, ...]]
DEFAULT = None  # type: Optional[str]


class Store(object):
    def __init__(self, name, items=None):
        # type: (str, Optional[List[int]]) -> None
        self.name = name  # type: str
        self.items = list(items or [])  # type: List[int]

    def add(self, item):  # type: (int) -> Store
        self.items.append(item)
        return self

    def pairs(self):
        # type: () -> List[Tuple[int, int]]
        result = []  # type: List[Tuple[int, int]]
        for i, v in enumerate(self.items):  # type: int, int
            result.append((i, v))
        return result

    def load(self, path):
        # type: (str) -> None
        with open(path) as fh:  # type: ignore
            for line in fh:  # type: str
                self.add(int(line))
