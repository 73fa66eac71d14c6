n = 2 ** 200
s = str(n)
s
len(s)
int(s) == n
int(s[:10])
str(-n)[:5]
