# An uncaught AttributeError ends with the nearest of dir(obj), as CPython 3.11 suggests it.
class Account:
    def __init__(self):
        self.balance = 10

    def deposit(self, n):
        self.balance += n


a = Account()
a.deposit(5)
print(a.balance)
a.deposti(1)
