pairs = []
for i in range(4):
    for j in range(i):
        if (i + j) % 2 == 0:
            continue
        pairs = pairs + [(i, j)]
pairs
len(pairs)
sum(i * j for i, j in pairs)
