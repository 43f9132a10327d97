# ValueError from a format specification that does not apply to the type.
price = 9.5
print(f"{price:.2f}")
print(f"{price:d}")
