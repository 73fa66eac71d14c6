class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    @property
    def area(self):
        return self.w * self.h
    @property
    def is_square(self):
        return self.w == self.h
r = Rect(3, 4)
r.area
r.is_square
Rect(5, 5).is_square
[Rect(i, 2).area for i in range(4)]
