# expect: Warning at 5:8 vars
class P:
    def __init__(self):
        self.a = 1
sorted(vars(P()))
