# W4: a while loop summing Compose(Multiply(10.0), Add(20.0))(x) for x from 10**8 down to 1 (the size of issue 11).
class Multiply:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k

class Add:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x + self.k

class Compose:
    def __init__(self, f, g):
        self.f = f
        self.g = g
    def __call__(self, x):
        return self.f(self.g(x))

def run(n):
    h = Compose(Multiply(10.0), Add(20.0))
    total = 0.0
    x = n
    while x > 0:
        total = total + h(x)
        x = x - 1
    return total

run(10**8)
