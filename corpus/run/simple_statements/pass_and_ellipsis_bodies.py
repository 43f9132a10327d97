# pass and ... as placeholder bodies.
def nothing():
    pass


def ellipsis_body():
    ...


class Empty:
    pass


for _ in range(2):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
with open.__class__ if False else type("CM", (), {"__enter__": lambda s: s, "__exit__": lambda s, *a: None})():
    pass
print(nothing(), ellipsis_body(), Empty.__name__, Empty.__dict__.get("__doc__"))


def only_docstring():
    "Just a docstring."


print(only_docstring(), only_docstring.__doc__)
