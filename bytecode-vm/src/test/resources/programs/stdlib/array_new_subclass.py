# array is set up in __new__ as CPython's: a subclass's own __init__ or __new__ need not call array's __init__; its argument errors; a bytes initializer for every typecode
from array import array
class A(array):
    def __init__(self, *a, **k):
        print('init', a)
a = A('i', [1,2])
print(a, a.typecode, a.itemsize)
class B(array):
    def __new__(cls, n):
        return array.__new__(cls, 'd')
    def __init__(self, n):
        array.extend(self, [0.5] * n)
b = B(3)
print(b, len(b), type(b).__name__)
print(array.__new__(array, 'i'), array('u', 'hi'), array('b', b'\x01\x02'), array('d', array('i', [1, 2])))
for bad in [lambda: array(), lambda: array('z'), lambda: array(1), lambda: array('i', 'x'), lambda: array('u', b'x')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
c = array('i', range(5)); c.append(7); c[1:3] = array('i', [9]); print(c, c.tolist(), c * 2)
print(array('u', 'hi'.encode('utf-32-le')), array('h', b'\x01\x00\x02\x00'))
try: array('i', [1], 2)
except TypeError as e: print(e)
try: array('i', x=1)
except TypeError as e: print(e)
