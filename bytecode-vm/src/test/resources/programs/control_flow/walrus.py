v = [5, 12, 3, 18, 7]
[y for x in v if (y := x * 2) > 10]
if (n := len(v)) > 3:
    msg = f"long: {n}"
msg
n
def first_big(xs):
    i = 0
    while (x := xs[i]) < 10:
        i += 1
    return x
first_big(v)
