# An OSError made with a file name keeps (errno, strerror) as its args; the names stay attributes.
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, str(e), repr(e))
e2 = OSError(1, "Operation not permitted", "a", None, "b")
print(e2.args, e2.filename, e2.filename2, str(e2), repr(e2))
e3 = OSError(1, "two")
print(e3.args, e3.filename, str(e3))
e4 = OSError("just a message")
print(e4.args, e4.errno, str(e4))
try:
    raise FileNotFoundError(2, "gone", "f.py")
except OSError as x:
    print(x.args, x, type(x).__name__)
