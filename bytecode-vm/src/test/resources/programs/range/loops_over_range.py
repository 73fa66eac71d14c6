total = 0
for i in range(1, 11):
    total += i * i
total
evens = [i for i in range(20) if i % 2 == 0]
evens
[j for j in range(10, 0, -2)]
