# The standard library's colorsys module as a program uses it (Fora's copy is in Python, in io/fora/vm/lib).
import colorsys
vals = [0.0, 0.1, 0.2, 0.25, 1/3, 0.5, 0.6, 2/3, 0.75, 0.9, 1.0]
cols = []
for r in vals[::2]:
    for g in vals[1::3]:
        for b in vals[::3]:
            cols.append((r, g, b))
cols += [(1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0), (0.5, 0.5, 0.5), (0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (0.2, 0.4, 0.4), (0.4, 0.2, 0.4), (0.4, 0.4, 0.2)]
for c in cols:
    y = colorsys.rgb_to_yiq(*c)
    hl = colorsys.rgb_to_hls(*c)
    hs = colorsys.rgb_to_hsv(*c)
    print(c, y, colorsys.yiq_to_rgb(*y))
    print(' ', hl, colorsys.hls_to_rgb(*hl))
    print(' ', hs, colorsys.hsv_to_rgb(*hs))
for h in [0.0, 0.05, 1/6, 0.2, 0.3, 0.5, 0.7, 5/6, 0.95, 1.0, 1.2, -0.1]:
    for s in [0.0, 0.3, 1.0]:
        for v in [0.2, 0.5, 0.8]:
            print(h, s, v, colorsys.hsv_to_rgb(h, s, v), colorsys.hls_to_rgb(h, v, s))
print(colorsys.yiq_to_rgb(1.0, 0.6, 0.6), colorsys.yiq_to_rgb(0.0, -0.6, 0.6))
print(colorsys.rgb_to_hsv(2, 1, 0), colorsys.rgb_to_hls(3, 1, 2), colorsys.hsv_to_rgb(0.5, 1, 1))
