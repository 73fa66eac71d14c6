pow(2, 10, mod=1000)
str(object=5)
try:
    sum([1, 2], begin=10)
except TypeError as e:
    m = str(e)
m
round(number=2.5)
pow(base=2, exp=3)
list(enumerate(iterable="ab", start=1))
try:
    len(obj=1)
except TypeError as e:
    m = str(e)
m
try:
    int("1", 10, 3)
except TypeError as e:
    m = str(e)
m
