# Exception objects: args, str/repr, custom attributes, add_note, with_traceback.
e = ValueError("a", 1)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError("one")), repr(KeyError("k")), str(KeyError("k")))
print(str(KeyError()), str(KeyError(1, 2)))


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[1]}"


try:
    raise AppError(404, "not found")
except AppError as err:
    print(err, repr(err), err.code, err.args)


class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x


n = NoSuperInit(5)
print(n.args, repr(n), n.x)
e = RuntimeError("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror, str(OSError(2, "No such file")))
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))
print(KeyError.__mro__)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyboardInterrupt, Exception))
print(issubclass(StopAsyncIteration, Exception), issubclass(GeneratorExit, BaseException), issubclass(RecursionError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
print(issubclass(UnboundLocalError, NameError), issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(BrokenPipeError, ConnectionError), issubclass(ExceptionGroup, BaseExceptionGroup))
w = Exception("x").with_traceback(None)
print(w.__traceback__, w.__context__, w.__cause__)
try:
    raise Exception
except Exception as inst:
    print(repr(inst), inst.args)
try:
    raise 5
except TypeError as err:
    print("TypeError:", err)
try:
    raise int
except TypeError as err:
    print("TypeError:", err)
