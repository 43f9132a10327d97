# comment with ' and " and """ and \
x = 1
