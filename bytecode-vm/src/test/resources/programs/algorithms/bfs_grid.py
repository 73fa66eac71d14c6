grid = ("S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E")
def find(ch):
    return next((r, c) for r, row in enumerate(grid) for c, x in enumerate(row) if x == ch)
def bfs(start, goal):
    frontier = (start,)
    seen = frozenset({start})
    dist = 0
    while frontier:
        if goal in frontier:
            return dist
        nxt = ()
        for r, c in frontier:
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                p = (r + dr, c + dc)
                if 0 <= p[0] < len(grid) and 0 <= p[1] < len(grid[0]) and grid[p[0]][p[1]] != "#" and p not in seen:
                    seen = seen | {p}
                    nxt = nxt + (p,)
        frontier = nxt
        dist += 1
    return -1
find("S"), find("E")
bfs(find("S"), find("E"))
