for k in range(5):
    pass
k
for ch in "xyz":
    pass
ch
total = 0
for a, b in [(1, 2), (3, 4)]:
    total += a * b
(a, b, total)
