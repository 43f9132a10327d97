# The implicit __class__ cell: created when a method uses super() or __class__, also in nested functions.
class A:
    def plain(self):
        return "no cell"

    def with_super(self):
        return super().__str__ is not None

    def with_dunder(self):
        return __class__.__name__

    def nested(self):
        def inner():
            return __class__.__name__
        return inner()

    def lam(self):
        return (lambda: __class__)().__name__

    def comp(self):
        return [__class__.__name__ for _ in range(1)]


class B(A):
    def with_super(self):
        return ("B", super().with_super())


print(A().plain(), A().with_super(), A().with_dunder(), A().nested(), A().lam(), A().comp(), B().with_super())
print(A.with_dunder.__code__.co_freevars, A.plain.__code__.co_freevars)


class UsesClassCellInBody:
    x = 1

    def get(self):
        return __class__.x


print(UsesClassCellInBody().get())
