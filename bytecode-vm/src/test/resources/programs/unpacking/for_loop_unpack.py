pairs = [(1, "a"), (2, "b"), (3, "c")]
out = ()
for n, s in pairs:
    out = out + (s * n,)
out
total = 0
for i, (n, s) in enumerate(pairs):
    total += i * n
total
[a + b for a, (b, _) in zip([10, 20], pairs)]
