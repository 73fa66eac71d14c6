class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n, 0, -1))
list(Countdown(5))
sum(Countdown(10))
[x * 2 for x in Countdown(3)]
sorted(Countdown(4))
