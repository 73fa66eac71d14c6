d = {"a": 1}
def lookup(k):
    try:
        return d[k]
    except KeyError as e:
        return ("missing", e.args, str(e))
lookup("a")
lookup("b")
lookup(3)
