# 4-byte characters and combining marks inside literals, then code
a = '😀' + b
c = 'e\u0301'; d = 'é' + c
e = ['🐍', '🦀', f'{a}🐍{c}']
g = {'🔑': '🔒'}['🔑']
