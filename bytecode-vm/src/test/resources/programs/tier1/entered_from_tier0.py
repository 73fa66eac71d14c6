# Functions called once whose while loop runs long: tier 0 runs their first iterations, then the
# loop goes on in compiled code from its header, compiled for the values found there. Whatever
# happens later in the loop (a type that changes, an exception, a return from inside, a global
# rebound) must give CPython's answer.
import math


class Scale:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


def local_instance(n):
    h = Scale(0.5)
    t = 0.0
    x = n
    while x > 0:
        t = t + h(x)
        x = x - 1
    return t


def int_then_float(n):
    t = 0
    i = 0
    while i < n:
        if i == 500:
            t = t + 0.5  # the total becomes a float long after the loop was compiled for an int
        t = t + i
        i += 1
    return t


def big_ints(n):
    t = 1
    i = 0
    while i < n:
        t = t * 3  # past 2**63 after 40 iterations: exact big ints from then on
        i += 1
    return t % 1000003


def raises_later(n):
    i = 0
    t = 0
    while i < n:
        t += 100 // (700 - i)  # ZeroDivisionError at i == 700
        i += 1
    return t


def returns_inside(xs):
    i = 0
    while True:
        if xs[i] > 900:
            return i, xs[i]
        i += 1


def nested(n):
    total = 0
    a = 0
    while a < n:
        b = 0
        while b < a:
            total += a ^ b
            b += 1
        a += 1
    return total


LIMIT = 10**9


def reads_a_global(n):
    global LIMIT
    i = 0
    t = 0
    while i < n:
        if i == 300:
            LIMIT = 5  # rebound while the loop runs
        t += min(i, LIMIT)
        i += 1
    return t


def unbound_until_late(n):
    i = 0
    while i < n:
        if i == 800:
            late = i * 2
        i += 1
    return late


def in_try(n):
    t = 0.0
    try:
        i = 0
        while i < n:
            t += math.sqrt(i)
            i += 1
    except ValueError:
        return -1
    return round(t, 6)


def strings(n):
    s = ""
    i = 0
    while i < n:
        s += chr(97 + i % 26)
        i += 1
    return s[-5:], len(s)


def recursive(n, depth):
    t = 0
    i = 0
    while i < n:
        t += i
        i += 1
    if depth > 0:
        t += recursive(n // 2, depth - 1)
    return t


print(local_instance(100000))
print(int_then_float(2000))
print(big_ints(100))
try:
    raises_later(1000)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(returns_inside(list(range(1000))))
print(nested(120))
print(reads_a_global(1000))
print(unbound_until_late(1000))
try:
    unbound_until_late(10)
except UnboundLocalError as e:
    print("UnboundLocalError")
print(in_try(5000))
print(strings(1000))
print(recursive(1000, 5))
