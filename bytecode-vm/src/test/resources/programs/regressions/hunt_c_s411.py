class Pt(tuple):
    def __repr__(self): return "Pt" + super().__repr__()
Pt((1, 2)), [Pt((3,))]
