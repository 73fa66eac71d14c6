[1 < 2.5, 2.5 < 3, -1 < False, True < 2]
(1, 2) < (1, 2.5)
"10" < "9"
10 < 9
[x for x in range(10) if 2 < x <= 5 or x == 9]
