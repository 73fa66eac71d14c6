# OSError(errno, strerror) makes the subclass of that errno, as CPython's does.
for n in (2, 17, 13, 1, 20, 21, 4, 11, 32, 104, 110, 3, 10, 999):
    e = OSError(n, "message")
    print(n, type(e).__name__, e.errno, e.strerror, str(e))
print(type(OSError(2)).__name__, type(OSError("x", "y")).__name__, type(OSError()).__name__)
e = OSError(2, "No such file or directory", "data.csv")
print(type(e).__name__, e.filename, str(e))
print(isinstance(e, FileNotFoundError), isinstance(e, OSError))
print(type(FileNotFoundError(13, "x")).__name__, type(IOError(2, "x")).__name__)
try:
    raise OSError(17, "exists")
except FileExistsError as x:
    print("caught", repr(x))
