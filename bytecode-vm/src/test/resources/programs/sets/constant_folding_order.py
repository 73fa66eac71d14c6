# CPython folds operations on number constants at compile time (within 128 bits for *, ** and <<):
# a set display of folded constants is built from a frozenset constant, which fixes its order.
s = {-1, -2, 2 ** 64 + 7}
print(s)
print({1, 2 ** 70, 3 * 5, -(2 ** 65), 1 << 100})
print({2 ** 200, 7, 1 << 200})
x = 2 ** 64
y = 2 ** 64
print(x is y, x == y)
print(1 / 3, 7 // 2, 7 % 3, -7 // 2, 2 ** -1, 2.5 * 4, 1 + 2j, (1 + 2j) * 3, ~5, -(-3), +True, -True, True + True)
def f():
    return 10 ** 6 * 3 + 1
print(f(), f.__code__.co_consts if False else '')
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print('zde', e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print('ovf', e)
try:
    print(1 << -1)
except ValueError as e:
    print('ve', e)
print({0.5 + 0.25, 1e300 * 10, 3})
print(2 ** 127 * 2, (1 << 128) + 1, 10 ** 40)
