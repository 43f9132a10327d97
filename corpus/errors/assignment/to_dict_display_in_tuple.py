x, {a: b} = c
