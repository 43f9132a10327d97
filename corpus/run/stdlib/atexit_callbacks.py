# atexit: callbacks run after the main program ends, last registered first, with their
# arguments; an exception in one (SystemExit included) is reported and the rest still run.
import atexit
import sys


class Named:
    def __init__(self, name, action=None):
        self.name = name
        self.action = action

    def __call__(self, *args, **kwargs):
        print("callback", self.name, args, sorted(kwargs.items()))
        if self.action == "raise":
            raise ValueError("from " + self.name)
        if self.action == "exit":
            sys.exit(7)

    def __repr__(self):
        return f"<Named {self.name}>"


first = Named("first")
atexit.register(first, 1, 2, key="v")
atexit.register(Named("raises", "raise"))
atexit.register(Named("exits", "exit"))
dropped = Named("dropped")
atexit.register(dropped)
atexit.unregister(dropped)
result = atexit.register(Named("last"), flag=True)
print("register returns its argument:", repr(result))

try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)

print("main program ends")
