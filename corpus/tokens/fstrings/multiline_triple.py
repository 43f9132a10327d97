# triple-quoted f-string spanning lines
x = 1
s = f"""a {x}
b {
 x + 1
}
"""
