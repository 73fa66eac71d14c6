def fold(v):
    acc = ()
    for x in v:
        acc = acc + (x * 2,)
    return acc
fold([1, 2, 3])
fold([])
acc = (0,)
acc += (1, 2)
acc
