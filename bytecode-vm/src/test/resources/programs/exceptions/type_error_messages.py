def msg(f):
    try:
        f()
    except TypeError as e:
        return str(e)
msg(lambda: 1 + "a")
msg(lambda: "a" + 1)
msg(lambda: [1] + (2,))
msg(lambda: len(5))
msg(lambda: 3())
msg(lambda: "a" * "b")
msg(lambda: None < 1)
