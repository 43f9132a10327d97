# Modifying a list while iterating over it: skipped elements and growth.
nums = [1, 2, 2, 3, 4, 4, 5]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 2, 3, 4, 4, 5]
print([n for n in nums if n % 2], nums[:])
nums = [1, 2, 3]
seen = []
for n in nums:
    seen.append(n)
    if len(nums) < 6:
        nums.append(n * 10)
print(seen, nums)
nums = [5, 6, 7, 8]
for i, n in enumerate(nums):
    if i == 1:
        nums.insert(0, "inserted")
    if i > 6:
        break
print(nums)
items = list(range(10))
for i in reversed(range(len(items))):
    if items[i] % 3 == 0:
        del items[i]
print(items)
