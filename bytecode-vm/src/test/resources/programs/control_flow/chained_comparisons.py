x = 5
1 < x < 10
1 < x > 3
10 > x >= 5 > 0
1 == 1.0 == True
[0 <= n < 3 for n in range(-1, 5)]
"a" < "b" < "c" < "b"
