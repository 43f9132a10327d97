# IndexError on a string index.
word = "abc"
for i in range(len(word) + 1):
    print(i, word[i])
