# annotated assignments with simple=0: parenthesised names, attributes, subscripts
(x): int
(x): int = 1
((y)): str = 'a'
x.y: int = 1
x.y: int
(x.y): int = 2
x[0]: int
x[0]: int = 3
x.y.z[1]: float = 0.5
class C:
    def __init__(self):
        self.a: int = 0
        self.b: list[str] = []
        (self.c): dict = {}
