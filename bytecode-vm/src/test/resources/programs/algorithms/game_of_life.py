def step(live):
    cand = {(r + dr, c + dc) for r, c in live for dr in (-1, 0, 1) for dc in (-1, 0, 1)}
    def n(p):
        return sum((p[0] + dr, p[1] + dc) in live for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0))
    return frozenset(p for p in cand if n(p) == 3 or (p in live and n(p) == 2))
blinker = frozenset({(1, 0), (1, 1), (1, 2)})
sorted(step(blinker))
step(step(blinker)) == blinker
glider = frozenset({(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)})
g = glider
for _ in range(4):
    g = step(g)
sorted(g)
