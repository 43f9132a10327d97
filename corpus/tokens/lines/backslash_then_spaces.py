# backslash followed by spaces before the newline is an error
x = 1 + \   
    2
