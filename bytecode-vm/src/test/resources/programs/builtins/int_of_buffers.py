# int() of bytes-like objects reads their bytes as digits, as CPython does for any buffer.
from array import array

print(int(b" 42 "), int(bytearray(b"-7")), int(memoryview(b"123")))
print(int(memoryview(b"xx12")[2:]), int(array("b", [49, 50])))
for bad in (memoryview(b"1x"), bytearray(b""), memoryview(b"")):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(object())
except TypeError as e:
    print("TypeError:", e)
