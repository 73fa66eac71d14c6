def apply(f, *args, **kw):
    return f(*args, **kw)
apply(max, 3, 9, 2)
apply(sorted, [3, 1, 2], reverse=True)
apply(int, "ff", base=16)
apply(lambda **k: sorted(k), z=1, a=2)
