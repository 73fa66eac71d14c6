# expect: PurityError at 6:9 del
class P:
    def __init__(self):
        self.x = 1
    def clear(self):
        del self.x
P().clear()
