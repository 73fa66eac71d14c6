# expect: PurityError at 3:5 item
def set_first(v, x):
    v[0] = x
    return v
set_first([1, 2], 9)
