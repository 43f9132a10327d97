# list, tuple and set displays, empty, single element, trailing commas, starred
a = []
b = [1]
c = [1, 2, 3,]
d = ()
e = (1,)
f = (1, 2, 3)
g = 1,
h = 1, 2, 3
i = {1}
j = {1, 2, 3,}
k = [*a, *b, 4]
l = {*a, 1, *c}
m = (*a, *b)
n = *a, *b
o = [
    1,
    2,
    3,
]
p = [[], [[]], ([],), {()}]
