# type comments on assignments
from typing import List, Dict, Optional
x = []  # type: List[int]
y = {}  # type: Dict[str, int]
a, b = 1, 2  # type: int, int
c = d = None  # type: Optional[str]
e = (
    1,
    2,
)  # type: tuple
f = [1]  # type:List[int]
g = 0  #type: int
h = 'x'  # type: str  # followed by another comment
