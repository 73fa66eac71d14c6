# sys.__stdout__ (and a saved sys.stdout) write to the real output even after sys.stdout was
# replaced: a wrapper that delegates to the original does not recurse.
import sys
import io
import contextlib


class Brackets:
    def __init__(self, inner):
        self.inner = inner

    def write(self, s):
        return self.inner.write("[" + s + "]")

    def flush(self):
        pass


saved = sys.stdout
sys.stdout = Brackets(sys.__stdout__)
print("wrapped", 1)
sys.stdout.write("direct\n")
sys.stdout = saved
print("restored")

sys.stdout = Brackets(saved)
print("via saved")
sys.stdout = sys.__stdout__
print("plain again")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
    print("escaped", file=sys.__stdout__)
    saved.write("escaped too\n")
print(repr(buf.getvalue()))
