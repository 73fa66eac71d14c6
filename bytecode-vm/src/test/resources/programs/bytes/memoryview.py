# memoryview over bytes and bytearray: slicing shares memory, writes go through to a bytearray.
buf = bytearray(b'hello world')
m = memoryview(buf)
print(len(m), m[0], m[-1], bytes(m[0:5]), m[6:].tobytes(), m.tolist()[:3], m.readonly, m.nbytes, m.format, m.itemsize)
m[0] = 72
m[6:11] = b'WORLD'
print(buf, m.hex(), m[::2].tobytes(), list(m[1:4]))
ro = memoryview(b'abc')
print(ro.readonly, ro == b'abc', b'abc' == ro, ro.tobytes(), hash(ro) == hash(b'abc'), bytes(ro[1:]))
try:
    ro[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    memoryview('text')
except TypeError as e:
    print('TypeError:', e)
with memoryview(b'xyz') as v:
    print(v.tobytes())
try:
    v.tobytes()
except ValueError as e:
    print('ValueError:', e)
