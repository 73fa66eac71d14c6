from io import StringIO
import io

s = StringIO()
s.write('hello\n')
s.write('world\n')
s.tell()
s.getvalue()
s.seek(0)
s.readline()
s.read()
s.read()
s.seek(0)
s.readlines()
s.seek(3)
s.write('LO')
s.getvalue()
s.tell()
s.truncate()
s.getvalue()
s.seek(0, 2)
s.writelines(['a', 'b\n', 'c'])
s.getvalue()
s.seek(10)
s.write('!')
s.getvalue()
r = StringIO('line1\nline2\nline3')
[line for line in r]
r.seek(0)
r.read(3), r.read(4), r.readline(2), r.readline()
r.seek(0)
r.readlines(7)
r.tell()
s.readable(), s.writable(), s.seekable(), s.closed
s.close()
s.closed
try:
    s.getvalue()
except ValueError as e:
    err = str(e)
err
try:
    StringIO().write(5)
except TypeError as e:
    err = str(e)
err
try:
    StringIO('x').seek(-1)
except ValueError as e:
    err = str(e)
err
try:
    StringIO('x').seek(1, 1)
except OSError as e:
    err = str(e)
err
u = StringIO('a\r\nb\rc\n', newline=None)
u.getvalue()
u.readlines()
w = StringIO(newline='')
w.write('x\r\ny\rz\n')
w.seek(0)
w.readlines()
c = StringIO('init')
c.write('AB')
c.getvalue()
e = StringIO('abc')
e.__enter__() is e
e.__exit__(None, None, None)
e.closed
t = StringIO('xyz')
t.truncate(1)
t.getvalue(), t.tell()
issubclass(io.StringIO, io.TextIOBase)
def emit(out):
    for i in range(3):
        print(i, 'x', sep=':', end=';', file=out) if False else out.write('%d:x;' % i)
    return out.getvalue()
emit(StringIO())
