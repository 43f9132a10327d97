# if 0 / if 1 / while 1 / while 0 and other constant tests are resolved at compile time.
if 0:
    print("removed")
if 1:
    print("always")
if False:
    x = "removed"
else:
    x = "else kept"
if True:
    y = "then kept"
else:
    y = "removed"
if None:
    print("removed")
if "":
    print("removed")
if "nonempty":
    print("string constant is true")
if ():
    print("removed")
if (1, 2):
    print("tuple constant is true")
n = 0
while 1:
    n += 1
    if n > 3:
        break
while True:
    n += 10
    break
while 0:
    print("removed")
while False:
    print("removed")
else:
    print("while False else kept")
z = 1 if True else 2
w = 1 if 0 else 2
print(x, y, n, z, w)


def debug_branches():
    if __debug__:
        return "debug"
    return "optimized"


print(debug_branches(), __debug__)
