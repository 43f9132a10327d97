# The slot wrappers of built-in types carry their special method's text from the slot table
# as __doc__, bound (method-wrapper) or not.
def gen():
    yield


for obj in (list.__len__, int.__add__, int.__radd__, object.__init__,
            object.__repr__, type(gen()).__next__, iter([]).__next__, gen().__iter__,
            (1).__lt__, str.__hash__, float.__bool__, object.__getattribute__):
    print(obj.__name__, repr(obj.__doc__))
