moves = {"N": (0, 1), "S": (0, -1), "E": (1, 0), "W": (-1, 0)}
moves["E"]
def walk(path):
    x, y = 0, 0
    for c in path:
        dx, dy = moves[c]
        x, y = x + dx, y + dy
    return (x, y)
walk("NNEESW")
walk("")
[walk(p) for p in ["N", "NS", "EEE"]]
