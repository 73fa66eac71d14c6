big = 10 ** 25 + 7
big // 3
big % 3
-big // 3
-big % 3
big // -(10 ** 12)
big % -(10 ** 12)
divmod(-big, 10 ** 12)
