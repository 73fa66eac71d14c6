words = ["a", "bbb", "cc"]
w = max(len(x) for x in words)
[f"{x:>{w}}" for x in words]
[f"{i:>{w}}:{x:<{w}}|" for i, x in enumerate(words)]
f"{'x':>{w}}" == "x".rjust(w)
f"{3.14159:{w}.{w - 1}f}"
