# expect: PurityError at 3:19 globals
def peek():
    return "x" in globals()
peek()
