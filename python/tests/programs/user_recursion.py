import os
import fora
executor = fora.connect(os.environ["FORA_URL"])

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves

def quicksort(xs):
    if len(xs) <= 1:
        return xs
    p = xs[len(xs) // 2]
    return quicksort([x for x in xs if x < p]) + [x for x in xs if x == p] + quicksort([x for x in xs if x > p])

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

DATA = [(i * 7919) % 1009 for i in range(2000)]
with executor.remotely.downloadAll():
    a = ackermann(2, 3)
    moves = hanoi(10, "A", "B", "C", [])
    s = quicksort(DATA)
    parity = [is_even(n) for n in range(20)]
print(a, len(moves), moves[:3], s[:10], s == sorted(DATA), parity)
