[int(x) for x in [2.9, -2.9, 1e10, -0.5]]
int(1e300) % 1000
int(float("1e18"))
int(-1e-9)
int(123.999999)
int(2.0 ** 63)
