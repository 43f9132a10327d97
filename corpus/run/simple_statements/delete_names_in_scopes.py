# del on locals, globals, and names in class bodies; deleting makes names unbound again.
g = "global"


def delete_global():
    global g
    del g


delete_global()
print("g" in globals())


def delete_local_twice():
    x = 1
    del x
    try:
        del x
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(delete_local_twice())


class C:
    temp = 1
    keep = temp + 1
    del temp


print(hasattr(C, "temp"), C.keep)


def delete_in_loop():
    results = []
    for i in range(3):
        val = i * 10
        results.append(val)
        del val
    return results, "val" in locals()


print(delete_in_loop())
items = [1, 2, 3, 4, 5]
del items[1], items[1]
print(items)
