def mk(step):
    try:
        return range(0, 10, step)
    except ValueError as e:
        return str(e)
mk(2)
mk(0)
mk(-1)
