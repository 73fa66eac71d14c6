def parse_all(items):
    good = ()
    bad = ()
    for s in items:
        try:
            good = good + (int(s),)
        except ValueError:
            bad = bad + (s,)
            continue
        finally:
            pass
    return good, bad
parse_all(["1", "x", "22", "3.5", "-4"])
parse_all([])
parse_all(["0x1", " 7 "])
