rows = [(1, 2, 3), (4, 5, 6, 7), (8, 9)]
heads = ()
for h, *t in rows:
    heads = heads + ((h, t),)
heads
[last for *_, last in rows]
