# expect: PurityError at 5:9 nonlocal
def make():
    n = 0
    def inc():
        nonlocal n
        n = n + 1
        return n
    return inc
make()()
