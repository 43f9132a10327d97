# indentation inside brackets is ignored
x = [
        1,
  2,
            3,
]
if x:
    y = (1,
2)
    z = 3
