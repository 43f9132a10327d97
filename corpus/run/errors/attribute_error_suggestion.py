# AttributeError with a "Did you mean" suggestion for a misspelt method.
class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount


acct = Account()
acct.deposit(5)
print(acct.balance)
acct.deposti(10)
