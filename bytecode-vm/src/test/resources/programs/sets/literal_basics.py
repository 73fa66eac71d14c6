s = {3, 1, 2, 3, 1}
s
len(s)
2 in s
4 not in s
set()
{1}
