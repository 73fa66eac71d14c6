[format(x, "b") for x in [0, 5, 255]]
[format(x, "o") for x in [0, 8, 64]]
[format(x, "x") for x in [0, 255, 2 ** 64]]
format(2 ** 63 - 1, "#x")
format(-255, "#b")
[format(x, "b").count("1") for x in range(10)]
