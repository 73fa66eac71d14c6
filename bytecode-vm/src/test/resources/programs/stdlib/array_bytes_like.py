from array import array
import struct
print(bytes(array('I', [1, 2])))
print(bytearray(array('h', [1, -1])))
print(struct.unpack_from('<I', array('I', [1, 2]), 4))
import array, struct, hashlib
a = array.array('d', [1.5, -2.0])
print(bytes(a), len(bytearray(a)), memoryview(array.array('B', b'xy')).tobytes(), struct.unpack_from('<d', a, 8))
print(hashlib.md5(array.array('B', b'abc')).hexdigest(), b''.join([array.array('B', [65, 66])]))
b = array.array('B'); b.frombytes(array.array('B', [1, 2, 3])); print(b)
