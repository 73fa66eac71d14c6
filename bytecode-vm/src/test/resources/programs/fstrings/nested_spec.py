x = 3.14159
w, p = 10, 3
f"{x:{w}.{p}f}|"
f"{x:{w}}|"
f"{x:>{w + 2}.{p - 1}f}|"
fill = "*"
f"{'mid':{fill}^{w}}"
[f"{x:.{k}f}" for k in range(4)]
