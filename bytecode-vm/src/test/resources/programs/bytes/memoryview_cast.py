# memoryview.cast: the same bytes read as items of a native format (Fluent Python's Vector.frombytes).
from array import array
import struct
data = struct.pack("<3d", 1.5, -2.25, 3.0)
m = memoryview(data).cast("d")
print(len(m), m[1], m.tolist(), list(m), m.format, m.itemsize, m.nbytes, m.shape, m[::2].tolist(), m[-1])
ints = memoryview(struct.pack("<4i", 1, -2, 3, -4)).cast("i")
print(ints.tolist(), ints.cast("B").tolist()[:8], memoryview(b"\x01\x02\x03\x04").cast("H").tolist())
octets = bytes([ord("d")]) + bytes(array("d", [3.0, 4.0]))
typecode = chr(octets[0])
memv = memoryview(octets[1:]).cast(typecode)
print(*memv, array(typecode, memv))
for bad in [lambda: memoryview(b"abc").cast("i"), lambda: memoryview(b"abcd").cast("x"), lambda: ints.cast("h")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(memoryview(b"\x00\x01").cast("?").tolist(), memoryview(b"ab").cast("c").tolist())
from array import array
a = array('I', [1, 2, 70000])
m = memoryview(a)
print(m.format, m.itemsize, len(m), m.tolist(), m[2], list(m[::-1]))
d = memoryview(array('d', [1.5, 2.5]))
print(d.tolist(), d.nbytes, memoryview(array('b', [-1, 2])).tolist(), memoryview(array('q', [-5])).tolist())
