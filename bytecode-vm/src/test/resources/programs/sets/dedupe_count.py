v = [4, 8, 15, 16, 23, 42, 8, 4, 4]
set(v)
len(set(v))
sorted(set(v), reverse=True)
len(v) - len(set(v))
