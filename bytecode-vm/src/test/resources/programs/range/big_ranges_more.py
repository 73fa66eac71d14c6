# Ranges beyond 64 bits: indexing, slicing, membership, equality, hashing, len's OverflowError.
r = range(10**20)
r[5], 10**19 in r, 10**20 in r, -1 in r, r[-1], r[10**19:10**19 + 3], list(r[:3]), r[::10**19], len(r[::10**19])
list(range(2**63 - 3, 2**63)), list(range(2**63 + 2, 2**63 - 1, -1))
range(2**64, 2**64 + 10, 3), list(range(2**64, 2**64 + 10, 3)), range(10**20) == range(0, 10**20, 1), range(10**20, 10**20) == range(0)
hash(range(10**20)) == hash(range(0, 10**20)), hash(range(0)) == hash(range(5, 5)), hash(range(3, 4)) == hash(range(3, 4, 7))
r.start, r.stop, r.step, bool(range(10**20, 10**20)), list(reversed(range(2**64, 2**64 + 3)))
range(10**20).index(10**19), range(10**20).count(7), 1.0 in range(10**20)
range(10**12)[5 * 10**11:][:3], len(range(10**12)[5 * 10**11:]), range(-2**63, 2**63 - 1)[2**63]
def f():
    try:
        return len(range(10**20))
    except OverflowError as e:
        return str(e)
f()
def g():
    try:
        return range(10**20)[10**20]
    except IndexError as e:
        return str(e)
g()
sum(range(2**64, 2**64 + 2000)), max(range(2**64, 2**64 + 2000)), [x for x in range(2**64, 2**64 + 3)]
