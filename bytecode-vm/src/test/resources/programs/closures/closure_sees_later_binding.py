def outer():
    def get():
        return value
    value = "set after def"
    return get
outer()()
def outer2():
    fs = [lambda: v for v in "ab"]
    return [f() for f in fs]
outer2()
