inf = float("inf")
for a, b in [(inf, 1+2j), (1+2j, inf), (1j, complex(inf, 0)), (complex(inf, 0), -1), (1.5j, inf), (inf, 1.5j), (1e200+0j, 2), (1e-200j, -2), (2+3j, 0.5), (0j, 2), (0j, -1), ((1+1j), 100), ((1+1j), 101), (-8+0j, 1/3), (1e300j, 1.5)]:
    try:
        print(a, b, a ** b)
    except (ZeroDivisionError, OverflowError) as e:
        print(a, b, type(e).__name__, e)
print((3.7).__floor__(), (3.2).__ceil__(), (-3.5).__floor__(), (5).__floor__(), (7).__ceil__(), True.__floor__(), type((2.0).__ceil__()))
for v in (float("nan"), float("inf")):
    try: v.__floor__()
    except Exception as e: print(type(e).__name__, e)
