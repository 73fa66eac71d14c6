def lcs(a, b):
    prev = (0,) * (len(b) + 1)
    for ca in a:
        row = (0,)
        for j, cb in enumerate(b):
            row = row + ((prev[j] + 1) if ca == cb else max(prev[j + 1], row[j]),)
        prev = row
    return prev[-1]
lcs("ABCBDAB", "BDCABA")
lcs("kitten", "sitting")
lcs("", "abc")
