x = bool(NotImplemented)
def f():
    return bool(NotImplemented)
f(); f()
print(sorted(k for k in globals() if k.startswith('__w')))
print(__warningregistry__)
