# list.sort and sorted are stable, with key and reverse (reverse keeps stability).
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (r[1], r[0])))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True), sorted(words, key=len))
nums = [5, -3, 2, -8, 0, 7, -1, 3]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
nums.sort()
print(nums)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")] * 3
print(sorted(pairs, key=lambda p: p[0]))
print(sorted([3.5, 1, True, 2.25, 0, False, -1]), sorted("hello world"), sorted({3: "c", 1: "a"}))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
lst = [3, 1, 2]
print(lst.sort(), lst)
big = [(i * 7919) % 1000 for i in range(2000)]
print(sorted(big)[:10], sorted(big)[-5:], sorted(big, reverse=True)[:5])
stable = sorted(range(30), key=lambda i: i % 3)
print(stable)
