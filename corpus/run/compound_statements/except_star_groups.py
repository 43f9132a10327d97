# except* splits an ExceptionGroup among handlers; unhandled parts propagate.
def raise_group():
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])


try:
    try:
        raise_group()
    except* ValueError as eg:
        print("ValueError part:", repr(eg), [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeError part:", eg.exceptions)
except ExceptionGroup as rest:
    print("left over:", repr(rest), rest.exceptions)
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked exception wrapped:", repr(eg), type(eg).__name__)
try:
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), OSError("c")])])
except* ValueError as eg:
    print("nested split:", repr(eg))
except* OSError as eg:
    print("os part:", repr(eg))
eg = ExceptionGroup("msg", [ValueError(1), KeyError(2)])
print(eg.message, len(eg.exceptions), str(eg))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(repr(eg.subgroup(TypeError)))
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ValueError:
        raise KeyError("raised in except*")
except ExceptionGroup as e:
    print("new group:", repr(e), repr(e.exceptions[0].__context__))
except KeyError as e:
    print("KeyError:", e)
