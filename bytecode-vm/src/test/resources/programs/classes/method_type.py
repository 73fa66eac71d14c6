# types.MethodType binds a function to an instance, as CPython's; inspect.isawaitable.
import types
import inspect


class C:
    def __init__(self):
        self.n = 3


c = C()
m = types.MethodType(lambda self, x: (type(self).__name__, self.n, x), c)
print(m(5), m.__self__ is c, type(m) is types.MethodType)
c.double = types.MethodType(lambda self: self.n * 2, c)
print(c.double())
for bad in ((1, c), (len, None)):
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print("TypeError:", e)


class Aw:
    def __await__(self):
        yield


print(inspect.isawaitable(Aw()), inspect.isawaitable(1), inspect.isawaitable((x for x in ())))
