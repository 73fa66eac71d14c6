class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amt):
        return Account(self.owner, self.balance + amt)
    def withdraw(self, amt):
        if amt > self.balance:
            raise ValueError("insufficient funds")
        return Account(self.owner, self.balance - amt)
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
a = Account("ann").deposit(100).withdraw(30)
a
a.deposit(5)
a
