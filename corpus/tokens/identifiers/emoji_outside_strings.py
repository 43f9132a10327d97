# emoji outside strings
x = 😀
😀 = 1
y = a😀b
