[("even" if n % 2 == 0 else "odd") for n in range(5)]
x = 5
"pos" if x > 0 else "neg" if x < 0 else "zero"
x = 0
"pos" if x > 0 else "neg" if x < 0 else "zero"
(lambda v: v if v else "empty")("")
