class Counter:
    start = 10
    def __init__(self, start=None):
        if start is not None:
            self.start = start
    def value(self):
        return self.start
Counter().value()
Counter(3).value()
Counter.start
