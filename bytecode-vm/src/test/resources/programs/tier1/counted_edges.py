# Counting while loops (folded when they run long enough) with bounds near the ends of 64-bit
# ints: tier 1 asks whether the loop is long enough in place, without big ints.


def sq(i):
    return i * i % 1000003


def total(i, n, acc):
    while i < n:
        acc += sq(i)
        i += 1
    return acc, i


def stepped(i, n, acc):
    while i < n:
        acc += sq(i)
        i = i + 3
    return acc, i


def stop_at(i):
    if i == -(2**63) + 3:
        raise ZeroDivisionError("element " + str(i))
    return 1


def huge(i, n):
    acc = 0
    while i < n:
        acc += stop_at(i)
        i += 1
    return acc


for a, b in [(0, 10), (0, 5000), (5000, 0), (2**62, 2**62 + 3000), (2**63 - 5, 2**63 - 1),
             (-(2**63), -(2**63) + 4000), (-5, 5), (2**63 - 10, 2**63 + 10), (-(2**64), -(2**64) + 2500)]:
    print(a, b, total(a, b, 0), stepped(a, b, 0))
for k in range(3):
    print(total(k * 1000, k * 1000 + 2100, 0.5))
try:
    print(huge(-(2**63), 2**63 - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def range_ends(i, n):
    r = range(i, n, 1)
    return r[-1], r[0], len(r) if n - i < 2**63 else "too long for len"


print(range_ends(-(2**63), 2**63 - 1), range_ends(0, 2**63 - 1), range_ends(-5, 2**62))
