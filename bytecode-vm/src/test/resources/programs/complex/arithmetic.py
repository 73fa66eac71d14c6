# complex: literals, arithmetic with int and float, powers, comparisons, hashing, repr, complex().
z = 1 + 2j
w = 3.5 - 4j
print(z, w, z + w, z - w, z * w, z / w, -z, +z, abs(3 + 4j), abs(w))
print(z * 2, 2 * z, z + 1, 1.5 - z, z / 2, 2 / z, True + 1j, z == 1 + 2j, z != w)
print(z ** 2, z ** -1, z ** 0.5, (1j) ** 2, (2 + 0j) ** 10, z ** w, 0j ** 0, 2 ** z)
print((-1) ** 0.5, (-8) ** (1 / 3), pow(-2.0, 1.5), (-1.0) ** 0.5)
print(z.real, z.imag, z.conjugate(), (5).real, (5).imag, (2.5).conjugate(), 1j.imag)
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(-0.0, 0)), repr(complex(1e20, 1e-20)), repr(complex(float('inf'), float('nan'))))
print(complex(), complex(1), complex(1, 2), complex(1.5, -2.5), complex('3+4j'), complex(' (1-2j) '), complex('5j'), complex('-j'), complex('1e3-2.5e-2j'), complex(1j, 1j))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1 + 2j) == hash(complex(1, 2)), {1: 'one'}[1 + 0j])
print(1 + 0j == 1, 1.0 == 1 + 0j, 2**53 + 1 == complex(2**53 + 1, 0), 1j == 1, bool(0j), bool(1e-300j))
print(sum([1j, 2, 3.5]), sorted([3, 1, 2], key=lambda v: abs(v * 1j)))
for bad in ['1+', 'j1', '1 + 2j', '', '1+2jj']:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
for expr in [lambda: z < w, lambda: z // 2, lambda: z % 2, lambda: divmod(z, 2), lambda: int(z), lambda: float(z),
             lambda: z / 0, lambda: 0j ** -1, lambda: complex('1', 2), lambda: complex(None), lambda: round(z)]:
    try:
        print(expr())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)

class Num:
    def __complex__(self):
        return 2 - 1j

print(complex(Num()), f'{z}', str(w), [z, w], (z,))
for spec in ['', '.2f', '.3e', '>12', '<14.1f', '^16.2f', '+.1f', '.3g', 'g', '10']:
    print(repr(spec), repr(format(1.5 - 2.25j, spec)), repr(format(3j, spec)))
print(f'{1+2j:.1f}', f'{z!r:>10}', '%s and %r' % (z, w))
