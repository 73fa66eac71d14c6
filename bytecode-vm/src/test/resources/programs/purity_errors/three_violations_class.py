# expect: PurityError at 8:9 global
# expect: PurityError at 9:9 attribute
# expect: PurityError at 10:16 eval
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, x):
        global last
        self.total = self.total + x
        return eval("x")
Acc().add(1)
