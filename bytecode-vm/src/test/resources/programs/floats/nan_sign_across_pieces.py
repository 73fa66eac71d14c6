# A NaN's sign bit (inf - inf is -nan on x86) survives lists split into pieces, sums of their
# elements and values that travel between machines.
import math
inf = float('inf')
vals = [inf - inf for i in range(50000)]
print(sum(math.copysign(1.0, v) for v in vals))
flipped = [-(inf - inf) for i in range(20000)]
print(sum(math.copysign(1.0, v) for v in flipped))
mixed = [(inf - inf) if i % 3 else 0.5 for i in range(30000)]
print(sum(math.copysign(2.0, v) for v in mixed))
print(math.copysign(1.0, [x for x in vals][-1]), math.copysign(1.0, sum([inf - inf, 1.0])))
