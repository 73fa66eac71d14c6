# A memo table shared by the elements of a sum: filled in program order whatever the schedule.
memo = {}

def collatz(n):
    steps = 0
    m = n
    while m != 1:
        if m in memo:
            steps += memo[m]
            break
        m = m // 2 if m % 2 == 0 else 3 * m + 1
        steps += 1
    memo[n] = steps
    return steps

total = sum(collatz(n) for n in range(1, 30000))
print(total, len(memo), list(memo)[:5], list(memo)[-3:])
