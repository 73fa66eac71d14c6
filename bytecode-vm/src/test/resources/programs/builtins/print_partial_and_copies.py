# print writes the arguments before one whose str() raises; copy and deepcopy of bytearrays.
import copy


class Bad:
    def __str__(self):
        raise ValueError("boom")


try:
    print("before", 1, Bad(), "after")
except ValueError as e:
    print("<caught>", e)
b = bytearray(b"ab")
c = copy.copy(b)
d = copy.deepcopy([b, b])
c.append(99)
print(b, c, d, d[0] is d[1])


class BA(bytearray):
    pass


x = BA(b"q")
x.tag = 1
y = copy.deepcopy(x)
print(type(y).__name__, y, y.tag, y is x)
