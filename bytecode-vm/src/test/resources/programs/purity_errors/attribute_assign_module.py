# expect: PurityError at 6:1 attribute
class Point:
    def __init__(self, x):
        self.x = x
p = Point(1)
p.x = 5
p.x
