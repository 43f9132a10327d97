# IndexError from indexing past the end of a list inside a comprehension.
def last_three(seq):
    return [seq[i] for i in range(3)]


print(last_three([1, 2, 3, 4]))
print(last_three([1, 2]))
