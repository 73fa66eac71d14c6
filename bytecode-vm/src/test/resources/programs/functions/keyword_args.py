def box(w, h, d=1):
    return w * h * d
box(2, 3)
box(2, 3, 4)
box(h=5, w=2)
box(1, d=10, h=2)
