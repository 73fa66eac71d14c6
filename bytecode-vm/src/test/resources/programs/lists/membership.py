v = [1, "two", 3.0, (4,), [5]]
1 in v
"two" in v
3 in v
(4,) in v
[5] in v
6 not in v
True in [1]
