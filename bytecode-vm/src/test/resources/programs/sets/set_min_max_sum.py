s = {5, -3, 12, 8}
min(s)
max(s)
sum(s)
sorted(s)
sum({0.5, 1.5})
