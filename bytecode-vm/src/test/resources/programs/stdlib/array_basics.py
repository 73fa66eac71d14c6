from array import array, typecodes
import array as array_module

a = array('d', [1, 2.5, True])
a
a.typecode, a.itemsize, len(a)
a[0], a[-1], a[1] * 2
a.append(4)
a.extend([5, 6])
a.extend(array('d', [7.0]))
a
a[2] = 10
a
a.insert(0, -1)
a.pop(), a.pop(0)
a.remove(10.0)
a
a.index(4.0), a.count(2.5), 2.5 in a, 99 in a
a.reverse()
a
a.tolist()
list(a), tuple(a), sum(a)
[x * 2 for x in a]
b = array('i', range(5))
b
b + array('i', [9]), b * 2, 2 * b
b == array('i', [0, 1, 2, 3, 4]), b == array('d', [0, 1, 2, 3, 4]), b == [0, 1, 2, 3, 4]
b != array('i', [0]), b < array('i', [1]), b >= array('i', [0, 1])
b[1:3] = array('i', [7, 8, 9])
b
b += array('i', [100])
b
array('B', [0, 255]), array('h', [-32768, 32767]), array('Q', [2**64 - 1])
array('f', [0.1, 1.5, 1e-45, 3.4e38, 1e40])
array('u', 'hello')
array('u', 'hi').tounicode()
array('l'), array('i', array('i', [1, 2])), array('d', array('i', [1, 2]))
typecodes
array_module.ArrayType is array
[array(t).itemsize for t in typecodes]
c = array('i', [3, 1, 2])
for i in range(len(c)):
    c[i] = c[i] * 10
c
sorted(c)
n = array('q', [0] * 10)
for i in range(10):
    n[i] += i * i
n
errors = []
for tc, v in [('b', 128), ('b', -129), ('b', 40000), ('B', -1), ('B', 256), ('h', 32768),
              ('H', -1), ('H', 65536), ('H', 2**31), ('i', 2**31), ('I', -1), ('I', 2**32),
              ('I', 2**64), ('l', 2**63), ('L', -5), ('L', 2**64), ('q', -2**63 - 1),
              ('Q', -1), ('Q', 2**64), ('i', 1.5), ('d', 'x'), ('u', 5), ('u', 'ab'),
              ('b', 2**70)]:
    try:
        array(tc, [v])
        errors.append('ok')
    except (OverflowError, TypeError) as e:
        errors.append(type(e).__name__ + ': ' + str(e))
errors
more = []
for f in [lambda: array('x'), lambda: array('d', 'ab'), lambda: array('i') + [1],
          lambda: array('i', [1]) + array('d'), lambda: array('i', [1]).remove(5),
          lambda: array('i', [1]).index(5), lambda: array('i').pop(),
          lambda: array('i', [1]).extend(array('d')), lambda: array('i', [1, 2, 3]).__setitem__(slice(0, 2), [5, 6])]:
    try:
        f()
        more.append('ok')
    except (ValueError, TypeError, IndexError) as e:
        more.append(type(e).__name__ + ': ' + str(e))
more
x = array('b', [1, 2])
try:
    x[0] = 500
except OverflowError as e:
    err = str(e)
err, x
