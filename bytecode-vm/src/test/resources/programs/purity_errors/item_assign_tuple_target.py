# expect: PurityError at 4:4 item
d = {"k": 0}
n = 0
n, d["k"] = 1, 2
(n, d)
