it = iter([1])
next(it)
def grab():
    try:
        return next(it)
    except StopIteration as e:
        return ("StopIteration", e.args)
grab()
