# try/except with typed, tuple and bare handlers, else, finally, and named handlers.
def variant(kind):
    out = []
    try:
        if kind == 1:
            raise ValueError("v")
        if kind == 2:
            raise KeyError("k")
        if kind == 3:
            raise OSError("o")
        if kind == 4:
            raise SystemExit(4)
        out.append("no error")
    except ValueError as e:
        out.append(f"value {e}")
    except (KeyError, IndexError) as e:
        out.append(f"lookup {e!r}")
    except OSError:
        out.append("os")
    except:
        out.append("bare")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out


for k in range(5):
    print(k, variant(k))


def only_finally():
    try:
        return "body"
    finally:
        print("finally runs")


def except_without_name():
    try:
        1 / 0
    except ZeroDivisionError:
        return "handled"


print(only_finally(), except_without_name())
