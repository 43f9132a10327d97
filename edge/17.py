x = rb'a' + Rb"b" + bR'''c''' + u'd' + F'e'
