# Tuple displays of literals are constants, and equal constants are one object in a module, as
# CPython's compiler merges them: the same types and values only ((0, 0) is not (0.0, 0.0)).
a = (1, 2)
b = (1, 2)
print(a is b, a == b)
rows = [(1, 'x') for _ in range(3)]
print(rows[0] is rows[1] is rows[2])


def f():
    return (1, 2)


class C:
    t = (1, 2)


print(f() is a, C.t is a, f() is f())
nested = (1, (2, (3.0, None)), 'z')
again = (1, (2, (3.0, None)), 'z')
print(nested is again, nested[1] is again[1], nested[1][1] is (3.0, None))
print((0, 0) is (0.0, 0.0), (0, 0) == (0.0, 0.0))
print((1,) is (True,), (1,) == (True,))
print((-0.0,) is (0.0,), (-0.0,) == (0.0,))
print((0.0, -0.0), (False, 1), (1e300 * 10,))
x = 3
print((1, x) is (1, x), (1, x) == (1, x))
print(() is (), tuple() is ())
print(1.0 in (1, 2), 2 in (1.0, 2.0), (1, 2, 3).index(2))
