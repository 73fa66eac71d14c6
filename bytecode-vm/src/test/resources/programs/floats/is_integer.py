[x.is_integer() for x in [1.0, 1.5, -0.0, 1e20, 0.1]]
(2.0 ** 60).is_integer()
float("inf") == float("inf")
[(x / 2).is_integer() for x in range(5)]
(0.5 * 4).is_integer()
