# expect: PurityError at 6:9 attribute
class Counter:
    def __init__(self):
        self.n = 0
    def reset(self):
        self.n = 0
        return self
Counter().reset()
