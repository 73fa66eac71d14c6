# closed StringIO and BytesIO: which operations fail and how CPython words it (StringIO's own methods without the period); BytesIO.getbuffer is a memoryview
import io
for cls, arg in ((io.StringIO, 'x'), (io.BytesIO, b'x')):
    s = cls(arg)
    s.close()
    for m in ('read', 'getvalue', 'write', 'seek', 'tell', 'readline', '__iter__', 'truncate', 'readable', 'writable',
              'seekable', 'flush', 'isatty', 'readlines', '__next__', '__enter__'):
        try:
            f = getattr(s, m)
            f(arg) if m == 'write' else (f(0) if m == 'seek' else f())
            print(cls.__name__, m, 'ok')
        except Exception as e:
            print(cls.__name__, m, type(e).__name__, e)
b = io.BytesIO(b"abc")
m = b.getbuffer()
print(type(m).__name__, m.nbytes, bytes(m), m[0])
m[0] = 65
print(b.getvalue())
del m
b.write(b"zz")
print(b.getvalue())
