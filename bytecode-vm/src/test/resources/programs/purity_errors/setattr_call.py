# expect: PurityError at 6:1 setattr
class Box:
    def __init__(self):
        self.v = 0
b = Box()
setattr(b, 'v', 1)
b.v
