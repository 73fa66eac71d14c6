d = {"x": 1, "y": 2}
[(k, v) for k, v in d.items()]
(k1, v1), (k2, v2) = d.items()
(k1, v1, k2, v2)
a, b = d
(a, b)
