names = ["a", "b", "c"]
ages = [30, 20, 40]
[(i, n, a) for i, (n, a) in enumerate(zip(names, ages), 1)]
sorted(zip(ages, names))
max(zip(ages, names))[1]
