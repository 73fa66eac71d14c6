xs = [(k * 7919) % 10007 for k in range(30000)]
sorted(xs, key=lambda v: (v % 100, -v))[:6]
sorted(xs, key=lambda v: -v, reverse=True)[:4]
