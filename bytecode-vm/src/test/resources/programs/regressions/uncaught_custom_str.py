class InsufficientFunds(Exception):
    def __init__(self, bal, amt):
        self.bal, self.amt = bal, amt
    def __str__(self):
        return f"need {self.amt - self.bal:.2f} more"
raise InsufficientFunds(10, 15.5)
