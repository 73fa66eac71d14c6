def label(n, unit="item"):
    return f"{n} {unit}{'' if n == 1 else 's'}"
label(1)
label(3)
label(0, "box")
[label(k, "cat") for k in range(3)]
