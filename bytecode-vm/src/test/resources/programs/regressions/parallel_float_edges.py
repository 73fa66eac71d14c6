# Reductions split into blocks must still give CPython's answers where the
# order of float operations changes more than the rounding.
n = 10**5
sum([1e308] * n + [-1e308] * n)
sum([-1e308] * n + [1e308] * n)
sum([1.0] * n + [float('inf')] + [1.0] * n)
sum([1.0] * n + [float('nan')] + [1.0] * n)
sum(float(i) for i in range(3 * n)) == sum(float(i) for i in range(3 * n))
max([1.0] * 20000 + [float('nan'), 5.0] + [2.0] * 20000)
min([-1.0] * 20000 + [float('nan'), -5.0] + [2.0] * 20000)
max([float('nan')] + [1.0] * 20000 + [5.0])
max(((float('nan') if i == 9000 else float(i % 7)), i) for i in range(30000))
max(range(50000), key=lambda i: float('nan') if i == 8192 else i % 1000)
def overflow():
    return sum([0.5] * n + [10**400, -10**400] * (n // 2))
try:
    overflow()
except OverflowError as e:
    str(e)
sum([10**400, -10**400] * n + [0.5])
