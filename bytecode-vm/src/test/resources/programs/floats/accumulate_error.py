x = 0.0
i = 0
while i < 10:
    x += 0.1
    i += 1
x
x == 1.0
round(x, 10) == 1.0
