class C:
    @classmethod
    def f(cls):
        'doc f'
    @staticmethod
    def g():
        'doc g'
    @property
    def p(self):
        'doc p'
    def m(self):
        'doc m'
print(C.f.__doc__, C.__dict__['f'].__doc__, C.g.__doc__, C.__dict__['g'].__doc__, C.p.__doc__, C().m.__doc__, C.m.__doc__, C.__doc__)
