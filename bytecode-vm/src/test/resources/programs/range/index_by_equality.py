# range.index of an int computes its place; of anything else it looks by equality, as CPython's;
# issubclass goes through a tuple before it checks its first argument.
r = range(3, 30, 3)
print(r.index(9), range(3).index(True))
print(1.0 in range(3), range(3).count(1.0), range(3).index(1.0), range(0, 10, 2).index(4.0))
class Eq:
    def __eq__(self, other):
        return other == 6
print(r.index(Eq()))
for bad in (10, 'x', 2.5, None):
    try:
        r.index(bad)
    except ValueError as e:
        print('ValueError:', e)
print(issubclass(5, ()), issubclass(bool, (str, int)), issubclass(int, ((), object)))
for args in ((5, (int,)), (5, int), ('x', ())):
    try:
        print(issubclass(*args))
    except TypeError as e:
        print('TypeError:', e)
