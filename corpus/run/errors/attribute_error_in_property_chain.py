# AttributeError raised inside a property getter called through another method.
class Order:
    def __init__(self, customer):
        self.customer = customer

    @property
    def email(self):
        return self.customer.email.lower()

    def receipt(self):
        return f"send to {self.email}"


class Customer:
    def __init__(self, email):
        self.email = email


print(Order(Customer("ANN@EXAMPLE.COM")).receipt())
print(Order(None).receipt())
