# A global counter and a list changed by both calls of fork groups: sequential order, every time.
calls = 0
log = []

def walk(lo, hi):
    global calls
    calls += 1
    if hi - lo < 64:
        log.append(lo)
        return sum(range(lo, hi))
    mid = (lo + hi) // 2
    return walk(lo, mid) + walk(mid, hi)

print(walk(0, 100000), calls, len(log), log[:4], log == sorted(log))
