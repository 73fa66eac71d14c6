def ratio(a, b):
    return a / b
ratio(6, 3)
ratio(1, 4)
ratio(1, 0)
"never shown"
