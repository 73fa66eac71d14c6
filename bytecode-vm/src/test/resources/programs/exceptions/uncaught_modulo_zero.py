7 % 3
-7 % 3
7 // -3
[10 % k for k in range(1, 4)]
10 % 0
