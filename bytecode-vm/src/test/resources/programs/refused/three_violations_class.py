# expect: Warning at 8:16 eval
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, x):
        global last
        self.total = self.total + x
        return eval("x")
Acc().add(1)
