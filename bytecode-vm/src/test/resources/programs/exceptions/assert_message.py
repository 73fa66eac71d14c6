def check(x):
    try:
        assert x > 0, f"expected positive, got {x}"
        return "passed"
    except AssertionError as e:
        return str(e)
check(5)
check(-2)
def check2():
    try:
        assert False
    except AssertionError as e:
        return (str(e), e.args)
check2()
