# Augmented assignment evaluates the target once and works in place for mutable objects.
calls = []


class Box:
    def __init__(self):
        self.v = 10


def get_box(b):
    calls.append("get_box")
    return b


def idx():
    calls.append("idx")
    return 1


b = Box()
get_box(b).v += 5
print(b.v, calls)
calls.clear()
arr = [1, 2, 3]
arr[idx()] *= 10
print(arr, calls)
s = "ab"
s += "cd"
s *= 2
print(s)
n = 7
n -= 2
n *= 3
n /= 5
print(n)
n //= 2
n **= 3
print(n)
m = 100
m %= 7
m <<= 3
m >>= 1
m &= 0b1110
m |= 1
m ^= 0b11
print(m)
t = (1,)
orig = t
t += (2,)
print(t, orig, t is orig)
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
d = {"a": 1}
d |= {"b": 2}
print(d)
st = {1}
st |= {2}
st &= {2, 3}
st ^= {4}
st -= {4}
print(st)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tup)
try:
    undefined_aug += 1
except NameError as e:
    print("NameError:", e)
mat = [[1, 2], [3, 4]]
mat[1][0] -= 10
print(mat)
