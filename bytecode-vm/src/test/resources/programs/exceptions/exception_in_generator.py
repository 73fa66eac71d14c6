def gen():
    yield 1
    raise ValueError("gen failed")
def consume():
    got = ()
    try:
        for x in gen():
            got = got + (x,)
    except ValueError as e:
        return (got, str(e))
consume()
def gen2():
    for i in range(3):
        if i == 2:
            raise KeyError(i)
        yield i
def consume2():
    try:
        return list(gen2())
    except KeyError as e:
        return ("KeyError", e.args)
consume2()
