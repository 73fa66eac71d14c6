def classify(a, b, c):
    if a:
        if b:
            if c:
                return "abc"
            return "ab"
        elif c:
            return "ac"
        return "a"
    return "none" if not (b or c) else "other"
[classify(a, b, c) for a in (0, 1) for b in (0, 1) for c in (0, 1)]
classify(1, 1, 1)
classify(0, 0, 0)
classify("", "b", "")
