# Fraction with complex operands, as CPython's fractions
from fractions import Fraction as F
h = F(1, 2)
z = 3 + 4j
for e in ["h == 0.5+0j", "h == 0.5+1j", "0.5+0j == h", "h * 2j", "2j * h", "h + z", "z + h", "h - z", "z - h", "h / z", "z / h", "h ** 2j", "z ** h", "F(2) ** (1+1j)", "h != 0.5+0j"]:
    try: print(e, eval(e) if False else None) if False else None
    except Exception: pass
print(h == 0.5+0j, h == 0.5+1j, 0.5+0j == h, h * 2j, 2j * h, h + z, z + h, h - z, z - h, h / z, z / h, h ** 2j, z ** h, F(2) ** (1+1j), h != 0.5+0j)
for f in [lambda: h // z, lambda: divmod(h, z), lambda: h % z, lambda: z // h]:
    try: print(f())
    except TypeError as e: print("TE", e)
