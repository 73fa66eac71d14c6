r = range(0, 100, 7)
49 in r
50 in r
-7 in r
98 in r
105 in r
3.0 in range(5)
