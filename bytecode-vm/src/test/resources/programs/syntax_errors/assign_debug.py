# expect: SyntaxError at 3:1 cannot assign to __debug__
y = 0
__debug__ = 1
