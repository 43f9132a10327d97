value = data[key
print(value)
