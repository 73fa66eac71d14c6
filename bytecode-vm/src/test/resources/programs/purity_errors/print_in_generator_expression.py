# expect: PurityError at 3:32 print
def total(v):
    return sum(x for x in v if print(x) is None)
total([1, 2])
