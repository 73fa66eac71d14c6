a = set(range(0, 20, 2))
b = set(range(0, 20, 3))
c = set(range(0, 20, 5))
a & b & c
(a | b) - c
a ^ b ^ c
sorted(a | b | c)
