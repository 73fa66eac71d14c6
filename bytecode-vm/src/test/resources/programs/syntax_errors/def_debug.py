# expect: SyntaxError at 3:1 cannot assign to __debug__
x = 2
def __debug__():
    pass
