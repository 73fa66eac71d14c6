# Pieces that build and change objects of their own: nothing is shared, so splits stand.
class Acc:
    def __init__(self):
        self.items = []
        self.total = 0

    def add(self, x):
        self.items.append(x)
        self.total += x
        return self

def row(i):
    a = Acc()
    for j in range(i % 7 + 1):
        a.add(i * j)
    d = {}
    d[i] = a.total
    d.setdefault("n", len(a.items))
    return d["n"] + d[i]

values = [row(i) for i in range(30000)]
print(sum(values), values[:6])
print(max(row(i) for i in range(30000)))
