[int(3.7), int(-3.7), int(0.9), int(-0.9)]
int(1e20)
int(2.0 ** 70)
int(-1e15)
int(True)
int(7.0)
