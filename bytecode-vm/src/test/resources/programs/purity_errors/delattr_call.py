# expect: PurityError at 6:12 delattr
class Box:
    def __init__(self):
        self.v = 0
def clear(box):
    return delattr(box, "v")
clear(Box())
