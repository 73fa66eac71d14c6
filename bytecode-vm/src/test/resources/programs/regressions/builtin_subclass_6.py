class D(dict):
    def __missing__(self, k):
        return f"missing:{k}"
d = D(a=1)
d["a"], d["zz"], d.get("zz"), "zz" in d, repr(d)
