# Loops that build results: folded and split when it is safe, always CPython's answer, including
# the loop variable after the loop and what was accumulated before an exception.
import math

total = 0.0
for i in range(30000):
    total += math.sin(i) / (i + 1)
print(total, i)

squares = []
for k in range(20000):
    if k % 3 == 0:
        squares.append(k * k)
print(len(squares), squares[:4], squares[-1], k)

def in_function(n):
    acc = 0
    for j in range(n):
        acc += j ** 2 % 7
    names = []
    for j in range(n):
        names.append(str(j)[-1])
    return acc, len(names), "".join(names[:12]), j

print(in_function(25000))

# the element reads the accumulator: left as a loop
running = []
total2 = 0
for v in range(5000):
    total2 += v
    running.append(total2)
print(total2, running[-3:])

# an element raises: what was added before stays, the loop variable is where it stopped
partial = 0
try:
    for d in range(10, -10, -1):
        partial += 100 // d
except ZeroDivisionError as e:
    print("stopped at", d, "with", partial, e)

# nothing to loop over: the variable keeps its old value
w = "old"
empty = 0
for w in range(0):
    empty += w
print(w, empty)

# += on a list extends it in place, as CPython does
alias = []
keep = alias
for x in range(3000):
    alias += [x]
print(len(keep), keep is alias)

# a float accumulator that starts as an int
t = 0
for x in range(10000):
    t += x * 0.1
print(t)

# a global read by the element's function: the loop stays as written
seen = 0
def peek(x):
    return seen + x
for x in range(3000):
    seen += peek(x) % 5
print(seen)
