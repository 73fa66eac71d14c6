def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad config") from e
def check(s):
    try:
        return parse(s)
    except RuntimeError as e:
        return (str(e), type(e.__cause__).__name__, str(e.__cause__), e.__suppress_context__)
check("12")
check("x")
