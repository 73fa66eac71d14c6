def msg(f):
    try:
        f()
    except ValueError as e:
        return str(e)
msg(lambda: int("abc"))
msg(lambda: int("12", 2))
msg(lambda: float("x"))
msg(lambda: [1, 2].index(3))
msg(lambda: "abc".index("z"))
msg(lambda: max([]))
