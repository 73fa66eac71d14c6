# Large sorts of ints, floats (with 0.0 and -0.0: stability) and strs by themselves.
xs = [((i * 7919) % 1003) * 0.5 - 200 for i in range(100000)] + [0.0, -0.0, 0.0, -0.0]
ys = sorted(xs)
[repr(y) for y in ys if y == 0][:8], ys[:3], ys[-3:]
zs = sorted(xs, reverse=True)
[repr(y) for y in zs if y == 0][:8]
ws = sorted([str(i * 37 % 1009) for i in range(5000)])
ws[:5], ws[-5:]
ns = sorted([(i * 7919) % 1003 - 500 for i in range(100000)], reverse=True)
ns[:3], ns[-3:]
