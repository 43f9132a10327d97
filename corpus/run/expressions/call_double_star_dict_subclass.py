# f(**mapping): a dict, or a dict subclass that keeps dict's __iter__, is read from its own
# entries (its keys() and __getitem__ overrides are not called); any other mapping through
# keys() and __getitem__.
class K(dict):
    def __getitem__(self, k):
        return 'over'

    def keys(self):
        return ['a', 'zz']


class I(dict):
    def __iter__(self):
        return iter(['b'])

    def __getitem__(self, k):
        return 'from getitem'

    def keys(self):
        return ['b']


def f(**kw):
    return kw


print(f(**K(a=1)), '{a}'.format(**K(a=1)), dict(**K(a=2)), {**K(a=3)})
print(f(**I(a=1, b=2)), {**I(a=3)})
for call in (lambda: f(a=0, **K(a=1)), lambda: f(**K(a=1), **{'a': 2}),
             lambda: f(**I(b=1), b=2)):
    try:
        call()
    except TypeError as e:
        print(e)
