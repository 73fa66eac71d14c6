def fmt(value, *, width=8, fill=" ", **extra):
    s = str(value).rjust(width, fill)
    return s + "".join(f"[{k}={v}]" for k, v in extra.items())
fmt(42)
fmt(42, width=4, fill="0")
fmt("x", note="n", tag=1)
