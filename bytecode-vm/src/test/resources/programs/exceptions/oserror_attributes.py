e = OSError(2, "No such file")
print(e.args, str(e), e.errno, e.strerror, e.filename)
e2 = OSError(13, "Permission denied", "/etc/x")
print(str(e2), e2.filename, repr(OSError("plain")), OSError("plain").errno)
class MyErr(OSError): pass
try:
    raise MyErr(5, "I/O", "f.txt")
except OSError as x:
    print(type(x).__name__, x, x.errno)
print(str(OSError(1, "a", None, None, "b")), str(OSError(1, "a", "p", None, "q")))
