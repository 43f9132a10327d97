# Deleting and re-binding names inside loops and the loop variable after the loop.
for i in range(3):
    temp = i * 2
    del temp
print("temp" in globals(), i)
for i in range(2):
    pass
del i
try:
    print(i)
except NameError as e:
    print("NameError:", e)
items = {"a": 1, "b": 2, "c": 3}
for key in list(items):
    if items[key] % 2:
        del items[key]
print(items)
try:
    for key in items:
        items["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
print(lst)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
