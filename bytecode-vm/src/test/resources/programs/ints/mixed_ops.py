a, b = 1234567, 89
(a + b, a - b, a * b, a // b, a % b)
(a ** 2) % b
-a // b * b + (-a % b)
a * b * a * b
(a - b) ** 3
