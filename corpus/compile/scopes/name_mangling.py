# Private name mangling in methods, class bodies, nested functions and attribute targets.
class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1

    def __secret(self):
        return f"secret of {self.__owner}"

    def reveal(self):
        def inner():
            return self.__secret()
        return inner()

    @classmethod
    def count(cls):
        return cls.__count


class _Under:
    def __m(self):
        return "mangled with stripped underscore"

    def call(self):
        return self.__m()


a = Account("ann")
print(a.reveal(), Account.count(), a._Account__owner, sorted(k for k in vars(Account) if "Account" in k))
print(_Under().call(), [k for k in vars(_Under) if k.startswith("_Under")], getattr(a, "__dunder__", "not mangled"))
