# sort's and sorted()'s reverse is taken as an int (CPython's argument clinic), and str() of a
# SyntaxError made without arguments is its msg, None.
for r in (True, 0, 2, 'x', 1.5, None):
    data = [3, 1, 2]
    try:
        data.sort(reverse=r)
        print('sort', repr(r), data)
    except TypeError as e:
        print('sort', repr(r), 'TypeError:', e, data)
    try:
        print('sorted', repr(r), sorted([3, 1, 2], reverse=r))
    except TypeError as e:
        print('sorted', repr(r), 'TypeError:', e)
print(repr(str(SyntaxError())), repr(str(SyntaxError('m'))), repr(str(IndentationError())))
print(repr(SyntaxError()), SyntaxError().msg)
