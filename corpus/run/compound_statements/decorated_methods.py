# Stacked method decorators: property over cached logic, classmethod over custom wrappers.
def logged(fn):
    def wrapper(*args, **kwargs):
        print(f"  call {fn.__name__}{args[1:]}")
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper


class Account:
    rate = 0.5

    def __init__(self, balance):
        self._balance = balance

    @property
    @logged
    def balance(self):
        "Current balance."
        return self._balance

    @classmethod
    @logged
    def with_bonus(cls, amount):
        return cls(amount + 10)

    @staticmethod
    @logged
    def fee(amount):
        return amount * 2 // 100

    @logged
    def deposit(self, amount):
        self._balance += amount
        return self


a = Account.with_bonus(100)
print(a.balance)
print(a.deposit(5).deposit(7).balance)
print(Account.fee(1000), a.fee(50))
print(Account.balance.__doc__, Account.deposit.__wrapped__.__name__)
