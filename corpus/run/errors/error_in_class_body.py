# An exception raised while a class body executes.
print("defining class")


class Settings:
    defaults = {"a": 1}
    a = defaults["a"]
    b = defaults["b"]


print("never")
