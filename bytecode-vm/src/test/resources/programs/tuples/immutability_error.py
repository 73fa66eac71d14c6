t = (1, 2, 3)
try:
    t.index(4)
    r = "found"
except ValueError as e:
    r = str(e)
r
t + (4,)
t
