# expect: PurityError at 6:9 attribute
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
Counter().inc()
