def edit(a, b):
    prev = tuple(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = (i,)
        for j, cb in enumerate(b, 1):
            row = row + (min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb)),)
        prev = row
    return prev[-1]
edit("kitten", "sitting")
edit("flaw", "lawn")
edit("", "abc")
edit("same", "same")
