True **= 2
