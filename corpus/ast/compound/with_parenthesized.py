# parenthesised with items (3.10+) and the tuple ambiguity
with (a as b):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (a):
    pass
with (
    open('one') as one,
    open('two') as two,
    lock,
):
    pass
with (a, b,):
    pass
with (a) as b, (c) as d:
    pass
with ((a), b):
    pass
with (a for a in b):
    pass
