[isinstance(x, int) for x in (1, True, 1.0, "1")]
[type(x) is int for x in (1, True)]
isinstance(True, bool)
True + 1.5
True * 3
sum([True, 2, 3.0])
