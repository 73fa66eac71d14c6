def total(*args):
    return sum(args)
total()
total(1, 2, 3)
total(*range(5))
def first_rest(first, *rest):
    return (first, rest)
first_rest(1)
first_rest(1, 2, 3)
first_rest(*"abc")
