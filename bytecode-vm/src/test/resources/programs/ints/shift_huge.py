# A left shift by a count no int could hold: CPython sizes the result in 30-bit digits, and answers
# OverflowError beyond its most digits (a count past about 6.9e19), MemoryError below.
for a, b in ((1, 10 ** 20), (-3, 2 ** 64), (0, 10 ** 30), (1, 2 ** 62), (5, 0), (7, 100),
             (1, 69175290276410818350), (1, 69175290276410818320), (2 ** 100, 10 ** 25)):
    try:
        r = a << b
        print(a, b, 'ok', r if r < 10 ** 40 else 'big')
    except (OverflowError, MemoryError) as e:
        print(a, b, type(e).__name__, e)
print(1 >> 10 ** 20, -1 >> 10 ** 20)
