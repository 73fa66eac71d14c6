def try_unpack(v):
    try:
        a, b = v
        return (a, b)
    except ValueError as e:
        return str(e)
try_unpack([1, 2])
try_unpack([1])
try_unpack([1, 2, 3])
try_unpack("ab")
def star_fail():
    try:
        a, b, *c = [1]
    except ValueError as e:
        return str(e)
star_fail()
