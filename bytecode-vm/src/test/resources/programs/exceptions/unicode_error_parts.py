# UnicodeDecodeError/UnicodeEncodeError: the five args, their attributes and CPython's message, made by hand or by a codec.
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(str(e)); print(e.start, e.end, e.reason, e.encoding, e.object)
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")
print(str(e), repr(e))
e = UnicodeEncodeError("ascii", "h\xe9llo\u20ac\U0001F600", 1, 2, "ordinal not in range(128)")
print(str(e), e.object, e.start)
print(UnicodeEncodeError("ascii", "\u20ac", 0, 1, "x"), UnicodeEncodeError("ascii", "ab\U0001F600", 2, 3, "x"), UnicodeEncodeError("ascii", "abc", 0, 3, "x"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as x:
    print(x, x.start, x.end, x.reason, x.args[0] == "utf-8" if len(x.args) == 5 else len(x.args))
