# Small facts: NoneType(), the classes of module types, namedtuple's messages, sys's read-only facts.
import re
import sys
from collections import namedtuple

print(type(None)(), type(None)() is None)
try:
    type(None)(1)
except TypeError as e:
    print("TypeError:", e)
print(type(int | None), type(list[int]), type(re.compile("a")), type(re.match("a", "a")))
print(re.error, type(int | str).__name__)
P = namedtuple('P', 'x y z', defaults=[0])
Q = namedtuple('Q', 'x y')
for cls, args in ((P, (1, 2, 3, 4)), (Q, (1, 2, 3)), (P, (1,))):
    try:
        cls(*args)
    except TypeError as e:
        print("TypeError:", e)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.flags.optimize, sys.flags.verbose)
print(sys.flags.dev_mode, sys.implementation.name != '', sys.implementation.version.major)
