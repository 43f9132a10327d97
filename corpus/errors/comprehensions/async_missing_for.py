x = [a async a in b]
