# property subclasses: the getter's docstring lands in the instance __dict__ (the class
# docstring would shadow it otherwise), getter/setter/deleter copies call the subclass, a
# doc taken from the getter follows a new getter, __slots__ subclasses refuse the doc.
class PropertySub(property):
    """This is a subclass of property"""


class Counting(property):
    made = 0

    def __init__(self, *args, **kwargs):
        Counting.made += 1
        super().__init__(*args, **kwargs)


class Foo:
    @PropertySub
    def spam(self):
        """spam's doc"""
        return 1

    @spam.setter
    def spam(self, value):
        pass

    @Counting
    def eggs(self):
        """eggs doc"""
        return 2

    @eggs.getter
    def eggs(self):
        """new eggs doc"""
        return 3

    @PropertySub
    def nodoc(self):
        return 4


print(Foo.spam.__doc__, type(Foo.spam).__name__, Foo.spam.__dict__)
print(Foo.eggs.__doc__, Foo().eggs, Counting.made, type(Foo.eggs).__name__)
print(Foo.nodoc.__doc__, Foo.nodoc.__dict__)
print(property(doc="explicit").__doc__, PropertySub(doc="explicit").__doc__)
p = property(lambda self: 1, doc="kept")
print(p.getter(lambda self: 2).__doc__)


def documented(self):
    """from getter"""


q = property(documented)
print(q.getter(lambda self: 0).__doc__, q.setter(lambda s, v: 0).__doc__)


class SubSlots(property):
    __slots__ = ()


try:
    class Bar:
        @SubSlots
        def spam(self):
            """cannot be stored"""
except AttributeError as e:
    print("AttributeError:", e)
try:
    property().__set_name__()
except TypeError as e:
    print("TypeError:", e)
