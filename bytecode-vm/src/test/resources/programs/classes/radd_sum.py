class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    def __radd__(self, o):
        return self + o
    def __repr__(self):
        return f"Money({self.c})"
Money(5) + Money(7)
Money(5) + 3
3 + Money(5)
sum([Money(1), Money(2), Money(3)])
