# Calls between compiled functions, recursion, globals that change while a loop runs, and exceptions
# raised deep inside compiled code.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)], fib(25))

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

print(is_even(10), is_odd(7), is_even(301))

def step(x):
    return x + 1

def other(x):
    return x * 100

def drive(n):
    global step
    total = 0
    for i in range(n):
        total = total + step(i)
        if i == 5:
            step = other
    return total

print(drive(10))
step = lambda x: x - 1
print(drive(3))

def deep(n):
    if n == 0:
        return 1 // n
    return deep(n - 1) + 1

try:
    deep(20)
except ZeroDivisionError as e:
    print('caught', e)

def recurse(n):
    return recurse(n + 1) + 1

try:
    recurse(0)
except RecursionError as e:
    print('RecursionError', str(e)[:30])

def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps = steps + 1
    return steps

print(max(collatz(i) for i in range(1, 3000)))
print(sum(collatz(i) for i in range(1, 2000)))

def count_primes(n):
    c = 0
    for p in range(2, n):
        x = 2
        prime = True
        while x * x <= p:
            if p % x == 0:
                prime = False
                break
            x += 1
        if prime:
            c += 1
    return c

print(count_primes(5000))

def ranges(a, b, c):
    out = []
    for i in range(a, b, c):
        out.append(i)
    return out

print(ranges(10, 0, -3), ranges(0, 10, 4), ranges(5, 5, 1), ranges(-5, 5, 5))
try:
    ranges(0, 5, 0)
except ValueError as e:
    print('ValueError', e)

def lookups(xs, n):
    t = 0
    for i in range(n):
        t += xs[i % len(xs)] * i
    return t

print(lookups([1, 2, 3], 10), lookups((5, -5), 7), lookups([1.5, 2], 4))

def fails_late(n):
    t = 0
    for i in range(n):
        t += 10 // (5 - i)
    return t

print(fails_late(4))
print(fails_late(8))
