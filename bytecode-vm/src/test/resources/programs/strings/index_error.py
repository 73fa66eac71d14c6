def idx(s, sub):
    try:
        return s.index(sub)
    except ValueError as e:
        return "ValueError: " + str(e)
idx("abc", "c")
idx("abc", "d")
"abc".rfind("z")
