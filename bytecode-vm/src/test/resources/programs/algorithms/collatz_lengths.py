def collatz_len(n):
    steps = 1
    while n != 1:
        n = 3 * n + 1 if n % 2 else n // 2
        steps += 1
    return steps
[collatz_len(n) for n in range(1, 11)]
max(range(1, 1000), key=collatz_len)
collatz_len(837799)
