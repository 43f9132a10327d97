# Classes: inheritance, super, properties, class/static methods, dunders, reflected operands.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        return Vec(self.x + o, self.y + o)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __bool__(self):
        return bool(self.x or self.y)
v = Vec(1, 2)
print(v + Vec(3, 4), 10 + v, v * 3, 2 * v, v == Vec(1, 2), v != Vec(0, 0), len(v), v[1], list(v))
print(bool(Vec(0, 0)), {Vec(1, 2): 'a'}[Vec(1, 2)], sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
try:
    v + 'x'
except TypeError as e:
    print(e)
class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} makes a sound'
    @classmethod
    def create(cls, name):
        return cls(name)
    @staticmethod
    def helper(x):
        return x * 2
    @property
    def upper(self):
        return self.name.upper()
    @upper.setter
    def upper(self, value):
        self.name = value.lower()
class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return super().speak() + ' (woof)'
d = Dog.create('Rex')
print(d.speak(), d.kind, Animal.kind, d.upper, Dog.helper(4), type(d).__name__, Dog.__mro__)
d.upper = 'MAX'
print(d.name, isinstance(d, Animal), issubclass(Dog, Animal), Dog.__bases__, Dog.__qualname__)
print(vars(d), hasattr(d, 'name'), getattr(d, 'missing', 'dflt'))
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a, Slotted.a)
try:
    s.c = 3
except AttributeError as e:
    print(e)
class Base:
    def __init_subclass__(cls, **kw):
        cls.registered = kw.get('key', 'none')
class Child(Base, key='yes'):
    pass
print(Child.registered)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, typ=None):
        return f'<{self.name} of {typ.__name__}>'
class Holder:
    attr = Desc()
print(Holder.attr, Holder().attr)
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B' + super().who()
class C(A):
    def who(self): return 'C' + super().who()
class D(B, C):
    def who(self): return 'D' + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Num(int):
    def __repr__(self): return f'Num({int(self)})'
n = Num(5)
print(n, n + 1, type(n + 1).__name__, Num(3) * 2, isinstance(n, int))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'C{self.v}'
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(1), Cmp(5)), Cmp(1) > Cmp(0))
print(object().__class__, repr(Vec), Vec.__name__, Vec.__init__.__qualname__)
