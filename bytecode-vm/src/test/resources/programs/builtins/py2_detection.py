# Code that tells Python 2 from 3 by whether xrange is defined (pyaes, six-style modules):
# CPython 3 has no xrange, so the except branch runs
try:
    xrange
    PY2 = True
except NameError:
    PY2 = False
print("PY2:", PY2)

try:
    _range = xrange
except NameError:
    _range = range
print(_range is range, list(_range(3)))


def to_bytes(data):
    try:
        xrange(1)
        return bytes(ord(c) for c in data)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


print(to_bytes("abc"))

# a module that defines xrange itself is seen, guarded or not
xrange = lambda n: list(range(n))[::-1]
try:
    print(xrange(4))
except NameError:
    print("not defined")

import builtins
print(getattr(builtins, "None", "missing"), getattr(builtins, "True", "missing"), getattr(builtins, "False", "missing"))
print(builtins.len is len, builtins.range is range)
