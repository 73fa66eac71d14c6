import sys, io
old = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured")
sys.stdout = old
print("got:", buf.getvalue().strip())
sys.stdout.write("direct\n")
sys.stdout.flush()
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
class Tee:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
t = Tee()
sys.stdout = t
print("a", 1, sep="-")
sys.stdout.write("b\n")
sys.stdout = old
print(t.parts)
err = io.StringIO()
olderr = sys.stderr
sys.stderr = err
print("to err", file=sys.stderr)
sys.stderr = olderr
print(repr(err.getvalue()))
def compute():
    return sum(i * i for i in range(100000))
sys.stdout = io.StringIO()
r = compute()
print("hidden", r)
captured = sys.stdout.getvalue()
sys.stdout = old
print(captured.split(), r)
print(sys.__stdout__ is not None, sys.__stderr__ is not None)
