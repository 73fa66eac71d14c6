v = [1, 2, 3]
str(v)
",".join(map(str, v))
list(map(int, "4 5 6".split()))
[str(x).zfill(3) for x in v]
