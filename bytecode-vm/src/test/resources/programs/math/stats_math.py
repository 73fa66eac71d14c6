import math
data = [2, 4, 4, 4, 5, 5, 7, 9]
mean = math.fsum(data) / len(data)
mean
sd = math.sqrt(math.fsum((x - mean) ** 2 for x in data) / len(data))
sd
math.floor(mean), math.ceil(sd + 0.5)
