v = [4, -2, 7, 0, 7, -2]
min(v)
max(v)
min(v, key=abs)
max(v, key=lambda x: -x)
max([[1, 2], [1, 3], [0, 9]])
min([], default="empty")
max(["aa", "b", "ccc"], key=len)
