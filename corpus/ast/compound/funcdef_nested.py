# nested functions and closures
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle

def decorator(func):
    import functools

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result
    return wrapper

def counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = 0
    return increment, reset

def factory(n):
    class Local:
        def method(self):
            return n
    return Local
