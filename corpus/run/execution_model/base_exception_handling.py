# 'except Exception' does not catch BaseException subclasses such as SystemExit.
import sys


def run(action):
    try:
        try:
            action()
        except Exception as e:
            return f"Exception handler: {type(e).__name__}"
    except BaseException as e:
        return f"BaseException handler: {type(e).__name__} {e.args}"
    return "no exception"


print(run(lambda: sys.exit(4)))
print(run(lambda: sys.exit("message")))
print(run(lambda: sys.exit()))
print(run(lambda: exit(2)))


def kb():
    raise KeyboardInterrupt


print(run(kb))


def gen_exit():
    raise GeneratorExit


print(run(gen_exit))
print(run(lambda: int("z")))
print(run(lambda: None))
try:
    raise SystemExit(5)
except SystemExit as e:
    print("code:", e.code)
try:
    try:
        raise ValueError("v")
    except (TypeError, ValueError) as e:
        print("tuple match:", type(e).__name__)
        raise
except Exception as e:
    print("re-raised:", e)
handlers = (KeyError, IndexError)
try:
    [][1]
except handlers as e:
    print("dynamic tuple:", e)
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print("TypeError:", e)
