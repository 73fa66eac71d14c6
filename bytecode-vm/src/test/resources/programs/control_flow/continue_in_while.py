i = 0
acc = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    acc += i
acc
i
