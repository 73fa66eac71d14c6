# pprint breaks long bytes and bytearrays into chunks, as CPython's does.
import pprint
pprint.pprint(b"bytes" * 10, width=40)
pprint.pprint([b"ab" * 30, bytearray(b"xyz" * 20)], width=30)
pprint.pprint({'k': b'\x00\x01' * 20}, width=25)
pprint.pprint(b"abc", width=2)
print(pprint.pformat(bytearray(b"0123456789" * 8), width=50))
