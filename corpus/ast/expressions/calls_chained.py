# call chains, fluent interfaces, calls on calls
f()()
f()()()
a.b().c[d](e)
obj.method(1).other(2)[3].last()
result = (
    query
    .filter(active=True)
    .order_by('-created')
    .limit(10)
    .all()
)
handler = registry[name](config)(request)
getattr(obj, 'x')(1, 2)
(lambda: print)()('hi')
