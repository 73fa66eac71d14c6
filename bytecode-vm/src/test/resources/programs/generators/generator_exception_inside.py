def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield float("inf")
list(safe_div([(1, 2), (1, 0), (9, 3)]))
def checked(v):
    for x in v:
        if x < 0:
            raise ValueError(f"negative: {x}")
        yield x
def run(v):
    try:
        return list(checked(v))
    except ValueError as e:
        return str(e)
run([1, 2])
run([1, -2, 3])
