# Exception matching by class hierarchy, tuples, and dynamically computed handler classes.
class AppError(Exception):
    pass


class DbError(AppError):
    pass


class NetError(AppError):
    pass


def classify(exc):
    try:
        raise exc
    except DbError:
        return "db"
    except (NetError, TimeoutError) as e:
        return f"net-or-timeout ({type(e).__name__})"
    except AppError:
        return "app"
    except LookupError as e:
        return f"lookup ({type(e).__name__})"
    except Exception:
        return "other"


for exc in [DbError(), NetError(), TimeoutError(), AppError(), KeyError(), IndexError(), ValueError()]:
    print(type(exc).__name__, "->", classify(exc))


def handler_for(name):
    return {"key": KeyError, "value": ValueError}[name]


try:
    {}["x"]
except handler_for("key") as e:
    print("dynamic handler caught", repr(e))
try:
    try:
        int("x")
    except handler_for("key"):
        print("never")
except ValueError:
    print("not matched by KeyError handler")
try:
    raise ConnectionResetError("reset")
except OSError as e:
    print("OSError family:", type(e).__name__, type(e).__mro__[1].__name__)
