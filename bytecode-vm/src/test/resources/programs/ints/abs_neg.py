abs(-5)
abs(-(2 ** 63))
abs(2 ** 63)
-(-(2 ** 63))
[abs(x) for x in range(-3, 4)]
