xs = [i * 0.1 for i in range(11)]
xs
[round(x, 1) for x in xs]
xs[3] == 0.3
sum(xs)
