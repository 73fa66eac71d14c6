def classify(f):
    try:
        f()
        return "ok"
    except (TypeError, ValueError) as e:
        return "type/value: " + type(e).__name__
    except (KeyError, IndexError) as e:
        return "lookup: " + type(e).__name__
classify(lambda: int("x"))
classify(lambda: 1 + "a")
classify(lambda: [][0])
classify(lambda: {}[1])
classify(lambda: 0)
