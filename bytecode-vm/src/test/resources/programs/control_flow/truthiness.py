[bool(v) for v in (0, 1, -1, 0.0, "", " ", [], [0], (), {}, None, range(0))]
def describe(v):
    return "truthy" if v else "falsy"
[describe(v) for v in ("", "x", 0, 0.1)]
[x for x in (0, "", [], 5, "a") if x]
"nonempty" if "0" else "empty"
