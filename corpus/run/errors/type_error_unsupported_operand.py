# TypeError: unsupported operand types, with the caret under the binary operation.
items = [3, 4]
total = sum(items)
print("total", total)
label = "count: "
message = label + total
print(message)
