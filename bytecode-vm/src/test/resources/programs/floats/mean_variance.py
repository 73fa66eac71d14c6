data = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
mean = sum(data) / len(data)
mean
var = sum((x - mean) ** 2 for x in data) / len(data)
var
var ** 0.5
