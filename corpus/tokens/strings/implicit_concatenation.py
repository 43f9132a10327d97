# adjacent string literals are separate STRING tokens
x = "a" 'b' r"c" b"d"
y = ("a"
     "b"
     f"c{1}")
z = "a""b"'c'
