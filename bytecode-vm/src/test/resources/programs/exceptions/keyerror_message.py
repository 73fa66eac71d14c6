def k(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        return (str(e), e.args[0])
k("b")
k(3)
k((1, 2))
k("it's")
