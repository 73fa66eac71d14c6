import os
import fora
executor = fora.connect(os.environ["FORA_URL"])

class Account:
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        self.balance += amount
        self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        self.history.append(("wd", amount))
        return self

class Savings(Account):
    def __init__(self, owner, rate):
        super().__init__(owner)
        self.rate = rate
    def accrue(self, years):
        for _ in range(years):
            self.deposit(round(self.balance * self.rate, 2))
        return self

with executor.remotely.downloadAll():
    a = Account("ann").deposit(100).withdraw(30)
    s = Savings("bob", 0.05).deposit(1000).accrue(3)
    state = (a.balance, len(a.history), s.balance, s.history[-1], isinstance(s, Account))
print(state, type(a).__name__, a.owner, a.balance, s.rate)
