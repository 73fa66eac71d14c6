# sys.getsizeof answers what CPython 3.11 answers on a 64-bit machine for the builtin types.
import sys
for v in [0, 1, 2**30, 2**100, -5, True, False, 1.5, None, '', 'abc', 'é', '€', b'', b'abc', bytearray(), (), (1, 2), [], [1, 2, 3], {}, set(), range(5)]:
    print(repr(v), sys.getsizeof(v))

class Sized:
    def __sizeof__(self):
        return 100

print(sys.getsizeof(Sized()) >= 100)
