class Box:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Box) and self.v == other.v
Box(1) == Box(1)
Box(1) == Box(2)
Box(1) != Box(1)
Box(1) == 1
Box(2) in [Box(1), Box(2)]
