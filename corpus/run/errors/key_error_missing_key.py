# KeyError from a dict lookup inside a loop.
prices = {"apple": 3, "pear": 4}
basket = ["apple", "pear", "plum"]
total = 0
for fruit in basket:
    print("pricing", fruit)
    total += prices[fruit]
print(total)
