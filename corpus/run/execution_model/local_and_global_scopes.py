# Assignment anywhere in a function makes a name local for the whole function.
x = "global x"


def reads_global():
    return x


def shadows():
    x = "local x"
    return x


def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "assigned later"
    return x


print(reads_global(), shadows(), unbound(), x)


def uses_global():
    global x
    x = "rebound by function"


uses_global()
print(x)


def creates_global():
    global brand_new
    brand_new = 42


creates_global()
print(brand_new)


def del_local():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(del_local())


def augmented():
    try:
        x += 1
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(augmented())


def loop_var_leaks():
    for i in range(3):
        pass
    return i


print(loop_var_leaks())


def cond_assign(flag):
    if flag:
        v = "set"
    return v


print(cond_assign(True))
try:
    cond_assign(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
