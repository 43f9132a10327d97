# break and continue in loops, nested blocks, and finally clauses
for i in range(10):
    if i == 2:
        continue
    if i == 8:
        break
while True:
    try:
        break
    finally:
        pass
for x in y:
    try:
        pass
    finally:
        continue
while a:
    for b in c:
        if b:
            break
    else:
        continue
    break
