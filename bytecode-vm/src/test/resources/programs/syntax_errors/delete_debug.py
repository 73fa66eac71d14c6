# expect: SyntaxError at 2:5 cannot delete __debug__
del __debug__
