acc = set()
for i in range(10):
    acc = acc | {i * 3 % 10}
acc
acc == set(range(10))
