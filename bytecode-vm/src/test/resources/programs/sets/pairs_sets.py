pairs = {(a, b) for a in range(4) for b in range(4) if a < b}
len(pairs)
sorted(pairs)
{a + b for a, b in pairs}
{a * b for a, b in pairs}
