import sys, io, contextlib
sys.stdout.write("hello %d\n" % 5)
print("x", file=sys.stdout)
sys.stdout.flush()
buf = io.StringIO()
print("into buf", file=buf)
print(repr(buf.getvalue()))
buf2 = io.StringIO()
with contextlib.redirect_stdout(buf2):
    print("captured")
    sys.stdout.write("w\n")
print(repr(buf2.getvalue()))
print(sys.version_info[:2] >= (3, 8), sys.maxsize, sys.byteorder, sys.platform)
sys.setrecursionlimit(5000); print(sys.getrecursionlimit())
buf3 = io.StringIO()
def work(i):
    print("piece", i)
    return i * i
with contextlib.redirect_stdout(buf3):
    total = sum([work(i) for i in range(3000)])
print(total, buf3.getvalue().count("\n"), buf3.getvalue()[:30].split("\n")[:3])
with contextlib.redirect_stdout(sys.stdout):
    print("to stdout itself")
eb = io.StringIO()
with contextlib.redirect_stderr(eb):
    print("e1", file=sys.stderr)
    sys.stderr.write("e2\n")
print(repr(eb.getvalue()))
