# heapq and bisect operations on plain lists.
import heapq
import bisect

h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h, heapq.nsmallest(2, [5, 1, 8]), heapq.nlargest(2, [5, 1, 8]))
data = [7, 3, 9, 1]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(4)], list(heapq.merge([1, 4], [2, 3])))
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3))
s = [1, 3, 3, 5, 8]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 4), bisect.bisect_left(s, 0), bisect.bisect(s, 99))
bisect.insort(s, 4)
bisect.insort_left(s, 3)
print(s, bisect.bisect_left(["a", "c"], "b"), bisect.bisect([1, 2, 3], 2, lo=2))
print(bisect.bisect_left([(1, "a"), (2, "b")], 2, key=lambda t: t[0]))
