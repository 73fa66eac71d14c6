[divmod(a, b) for a in (17, -17) for b in (5, -5)]
divmod(2 ** 65, 7)
divmod(-(2 ** 65), 7)
divmod(0, -7)
divmod(-1, 2 ** 64)
[(a // b, a % b) for a, b in [(-7, 2), (7, -2), (-(2 ** 64), 3)]]
