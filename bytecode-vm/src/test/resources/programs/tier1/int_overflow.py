# Int arithmetic in hot loops crosses 2**63: the answers stay exact (compiled code leaves for the interpreter).
def grow(n):
    x = 1
    i = 0
    while i < n:
        x = x * 3 + i
        i = i + 1
    return x

def near_edge(k):
    big = 2**62
    total = 0
    for i in range(k):
        total = total + big
    return total

def neg_edge(x):
    return -x

def floor_edge(a, b):
    return a // b, a % b

def shifts(a, n):
    out = []
    for i in range(n):
        out.append(a << i)
    return out

def absolute(x):
    return abs(x)

for n in (10, 39, 40, 41, 60):
    print(n, grow(n))
print(near_edge(1), near_edge(2), near_edge(3), near_edge(5))
print(neg_edge(5), neg_edge(-2**63), neg_edge(2**63 - 1))
print(floor_edge(-2**63, -1), floor_edge(-7, 2), floor_edge(7, -2), floor_edge(-2**63, 7))
print(shifts(3, 66)[60:])
print(shifts(-1, 65)[62:])
print(absolute(-2**63), absolute(-5), absolute(True), absolute(-2.5))

def mixed(n):
    s = 0
    for i in range(n):
        s += i * i * i * i * i
    return s
print(mixed(10), mixed(7000), mixed(9000))

def counts(n):
    c = 0
    x = 2**63 - 5
    while c < n:
        x += 1
        c += 1
    return x, type(x).__name__
print(counts(3), counts(4), counts(5), counts(10))
