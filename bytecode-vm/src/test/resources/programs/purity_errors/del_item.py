# expect: PurityError at 4:5 del
d = {"a": 1, "b": 2}
def drop(k):
    del d[k]
    return d
drop("a")
