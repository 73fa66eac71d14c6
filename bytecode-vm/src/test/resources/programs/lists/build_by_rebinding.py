v = []
for i in range(6):
    v = v + [i * i]
v
w = []
for x in v:
    if x % 2 == 0:
        w = w + [x]
w
acc = []
for c in "abc":
    acc = [c] + acc
acc
