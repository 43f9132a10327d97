# object.__new__ / object.__init__ refuse extra arguments with messages naming the class
# (bpo-31506): "C() takes no arguments" from __new__, "C.__init__() takes exactly one
# argument" from __init__, and object's own names when the other method is overridden.
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError:", e)

class C:
    pass

attempt("C(42)", lambda: C(42))
attempt("C.__new__(C, 42)", lambda: C.__new__(C, 42))
attempt("C().__init__(42)", lambda: C().__init__(42))
attempt("object.__new__(C, 42)", lambda: object.__new__(C, 42))
attempt("object.__init__(C(), 42)", lambda: object.__init__(C(), 42))

class D:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args, **kwargs)

attempt("D(42)", lambda: D(42))
attempt("D().__init__(42)", lambda: D().__init__(42))
attempt("object.__init__(D(), 42)", lambda: object.__init__(D(), 42))

class E:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

attempt("E(42)", lambda: E(42))
attempt("E.__new__(E, 42)", lambda: E.__new__(E, 42))
attempt("object.__new__(E, 42)", lambda: object.__new__(E, 42))
