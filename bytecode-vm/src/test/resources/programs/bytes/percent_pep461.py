# bytes % args as PEP 461 and CPython: bytes keys, %s/%b of bytes-like values or __bytes__, %r/%a as ascii(), %c of a byte
class B:
    def __bytes__(self):
        return b"BB"
class Bad:
    def __bytes__(self):
        return "x"
cases = [
    lambda: b"%r|%a" % (b"q", b"q"),
    lambda: b"%a" % [b"x", "y"],
    lambda: b"%r" % ("\u00e9",),
    lambda: b"%(a)s" % {b"a": b"x"},
    lambda: b"%(a)s" % {"a": b"x"},
    lambda: b"%s %b" % (b"ab", bytearray(b"cd")),
    lambda: b"%s" % memoryview(b"mv"),
    lambda: b"%s" % B(),
    lambda: b"%s" % 5,
    lambda: b"%s" % "str",
    lambda: b"%b" % Bad(),
    lambda: b"%c%c" % (65, b"z"),
    lambda: b"%c" % 256,
    lambda: b"%c" % "a",
    lambda: b"%c" % b"ab",
    lambda: b"%5s|%-5s|" % (b"ab", b"cd"),
    lambda: b"%.1s" % b"xyz",
    lambda: b"%d %x %05.2f %e" % (3, 255, 2.5, 1e10),
    lambda: b"%d" % (1, 2),
    lambda: b"%d %d" % (1,),
    lambda: bytearray(b"%s!") % b"ba",
    lambda: b"%%%s" % b"q",
    lambda: b"%y" % 1,
    lambda: b"%(x)s %(y)d" % {b"x": b"X", b"y": 3},
    lambda: b"%s" % (b"\xff\x00",),
    lambda: b"%c" % True,
    lambda: b"%r" % 5,
]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
