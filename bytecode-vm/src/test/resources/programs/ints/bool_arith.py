True + True
True * 10
False - True
sum([True, False, True, True])
True // 2
-True
[x > 2 for x in range(5)].count(True)
True == 1
True is True
