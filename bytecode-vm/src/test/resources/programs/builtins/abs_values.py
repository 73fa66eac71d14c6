[abs(x) for x in (-3, 0, 7, -2.5, -0.0)]
abs(-(10 ** 30))
abs(True)
abs(float("-inf"))
abs(-7) == abs(7)
sorted([-3, 2, -1], key=abs)
