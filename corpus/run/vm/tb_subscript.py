# Subscript carets and a TypeError from an int/str mix inside nested data.
data = {'rows': [[1, 2], [3, 'x']]}
def total(rows):
    acc = 0
    for row in rows:
        acc = acc + row[0] + row[1]
    return acc
print(total(data['rows'][:1]))
print(total(data['rows']))
