# A 10^6-element list: build, reverse, sort, slice, sum and mutate.
n = 10 ** 6
lst = list(range(n))
print(len(lst), lst[0], lst[-1], sum(lst))
lst.reverse()
print(lst[:3], lst[-3:])
lst.sort()
print(lst[:3], lst[499999:500002])
strided = [(i * 7919) % n for i in range(0, n, 10)]
strided.sort()
print(len(strided), strided[:3], strided[-1])
del lst[::2]
print(len(lst), lst[:3])
lst.extend(range(10))
print(len(lst), lst[-1], lst.count(9), lst.index(999999), max(lst))
