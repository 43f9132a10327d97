# while loops with else clauses
while x:
    x -= 1
while x:
    x -= 1
else:
    done = True
while True:
    if check():
        break
else:
    unreachable()
while (n := n - 1) > 0: pass
else: pass
while a:
    while b:
        pass
    else:
        pass
else:
    pass
