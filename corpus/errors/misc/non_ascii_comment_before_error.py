# ‘curly’ comment ünïcödé
x = 1 +
