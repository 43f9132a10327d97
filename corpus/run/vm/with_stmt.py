# Context managers: enter/exit order, exceptions suppressed or propagated, nesting.
class Res:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Res('a') as a, Res('b') as b:
    print('body', a, b)
with Res('outer', suppress=True):
    with Res('inner'):
        raise ValueError('oops')
print('continued')
def early():
    with Res('ret'):
        return 'returned'
print(early())
for i in range(3):
    with Res(f'loop{i}'):
        if i == 1:
            continue
        if i == 2:
            break
try:
    with Res('propagate'):
        1 / 0
except ZeroDivisionError as e:
    print('caught', e)
class Bad:
    pass
try:
    with Bad():
        pass
except TypeError as e:
    print(e)
