class InsufficientFunds(Exception):
    pass
def withdraw(balance, amt):
    if amt > balance:
        raise InsufficientFunds(f"need {amt - balance} more")
    return balance - amt
withdraw(100, 30)
withdraw(10, 30)
