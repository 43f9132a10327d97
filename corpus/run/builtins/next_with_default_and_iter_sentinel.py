# Combining iter(callable, sentinel) with next(default) to read record streams.
records = iter(["id=1", "id=2", "", "id=3"])
reader = iter(lambda: next(records), "")
print(list(reader), next(records, "leftover absent"), next(records, "done"))
stack = [3, 2, 1, 0]
popper = iter(stack.pop, 2)
print(list(popper), stack)
numbers = iter(range(3))
print(next(numbers, None), next(numbers, None), next(numbers, None), next(numbers, None))
counter = iter(int, 1)
print(next(counter), next(counter))
