# Local and global names shadowing builtins, and restoring access through the builtins module.
import builtins


def uses_local_len(items):
    len = lambda x: "local len"
    return len(items), builtins.len(items)


print(uses_local_len([1, 2, 3]))
list = "shadowed list"
try:
    list("abc")
except TypeError as e:
    print("TypeError:", e)
del list
print(list("abc"))


def param_named_str(str):
    return str * 2, builtins.str(5)


print(param_named_str(21))


class HasMethodNamedPrint:
    def print(self, x):
        return f"method print {x}"

    def call(self):
        return self.print(1), print is builtins.print


print(HasMethodNamedPrint().call())
