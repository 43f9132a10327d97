# ExceptionGroup construction, splitting and notes at run time (compile: calls and attribute stores).
eg = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("sub", [KeyError("b")]), TypeError("c")])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
sub = eg.subgroup(lambda e: isinstance(e, (KeyError, ExceptionGroup)))
print(repr(sub), eg.derive([OSError()]).message)
e = ValueError("noted")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    raise e
except ValueError as caught:
    print(caught.__notes__[-1])
