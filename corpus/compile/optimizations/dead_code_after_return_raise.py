# Code after return, raise, break and continue is unreachable and removed.
def after_return():
    return 1
    print("never")
    x = 2
    return x


def after_raise():
    raise ValueError("v")
    print("never")


def after_break():
    for i in range(3):
        break
        print("never")
    return i


def after_continue():
    out = []
    for i in range(3):
        continue
        out.append(i)
    return out


def both_branches_return(x):
    if x:
        return "yes"
    else:
        return "no"
    print("never")


def unreachable_loop():
    return 0
    while True:
        pass


print(after_return(), after_break(), after_continue(), both_branches_return(1), both_branches_return(0), unreachable_loop())
try:
    after_raise()
except ValueError as e:
    print(e)
