def side(x):
    return x
0 and side(1)
1 and side(2)
0 or side(3)
"" or [] or None or "last"
"first" or side(1)
[] and 1/0
not 0
not [1]
