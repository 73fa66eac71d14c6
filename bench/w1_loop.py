# W1 (accumulating-loop form): the same sum as examples/sum_sin.py, written as a loop.
import math

total = 0.0
for i in range(10**8):
    total += math.sin(i)
print(total)
