# Random nested builtin values (seeded; Fora's random matches CPython's):
# pickled bytes checksums for protocols 0-5 and round trips.
# (str dict keys are two-digit numbers: see the note on 1-char strings.)
import pickle, random
rnd = random.Random(1)
pool = []
def gen(d):
    r = rnd.random()
    if d > 4 or r < 0.3:
        c = rnd.randrange(9)
        if c == 0: return rnd.randrange(-2**70, 2**70) >> rnd.randrange(70)
        if c == 1: return rnd.random() * 10 ** rnd.randrange(-5, 5)
        if c == 2: return ''.join(chr(rnd.choice([65, 97, 0xe9, 0x1234, 0x1f600, 10, 92])) for _ in range(rnd.randrange(6)))
        if c == 3: return bytes(rnd.randrange(256) for _ in range(rnd.randrange(5)))
        if c == 4: return rnd.choice([None, True, False])
        if c == 5 and pool: return rnd.choice(pool)
        if c == 6: return bytearray(b'ab' * rnd.randrange(3))
        return rnd.randrange(-300, 70000)
    c = rnd.randrange(6)
    n = rnd.randrange(6)
    if c == 0: v = [gen(d + 1) for _ in range(n)]
    elif c == 1: v = tuple(gen(d + 1) for _ in range(n))
    elif c == 2: v = {rnd.randrange(100): gen(d + 1) for _ in range(n)}
    elif c == 3: v = {str(rnd.randrange(10, 50)): gen(d + 1) for _ in range(n)}
    elif c == 4: v = frozenset(rnd.randrange(20) for _ in range(n))
    else: v = set(rnd.randrange(20) for _ in range(n))
    pool.append(v)
    return v

for i in range(250):
    pool.clear()
    o = gen(0)
    for p in range(6):
        a = pickle.dumps(o, p)
        print(i, p, len(a), sum(a) % 1000003, a[-20:])
        b = pickle.loads(a)
        if b != o: print('RT', i, p)
