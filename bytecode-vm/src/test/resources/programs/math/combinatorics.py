import math
[math.comb(5, k) for k in range(6)]
[[math.comb(n, k) for k in range(n + 1)] for n in range(5)]
sum(math.comb(10, k) for k in range(11)) == 2 ** 10
math.perm(10, 3) == math.factorial(10) // math.factorial(7)
