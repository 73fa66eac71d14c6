# traceback's frame-by-frame API: extract_tb, walk_tb, format_tb, format_list, extract_stack,
# format_stack, TracebackException; print_exc and print_exception to a given file.
import io
import traceback


def inner(x):
    if x > 2:
        raise ValueError("bad value %d" % x)
    inner(x + 1)


def outer():
    inner(0)


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    for fs in traceback.extract_tb(tb):
        print(fs.lineno, fs.name, fs.line, len(fs), tuple(fs)[1:3])
    print([ln.split(",", 1)[1] for ln in traceback.format_tb(tb)])
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    print([fs.name for fs in traceback.extract_tb(tb, limit=2)], [fs.name for fs in traceback.extract_tb(tb, limit=-1)])
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), list(te.format_exception_only()), len(te.stack))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue().splitlines()[-1], buf.getvalue().splitlines()[0])
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    traceback.print_exception(type(e), e, e.__traceback__, file=buf)
    print(len(buf.getvalue().splitlines()))


def where():
    return [f.name for f in traceback.extract_stack()]


print(where()[-2:])


def deep(n):
    if n == 0:
        return traceback.format_stack()
    return deep(n - 1)


print([s.split(",", 1)[1] for s in deep(3)][-4:])
print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 9, "g", None)]))
summary = traceback.StackSummary.from_list([("a.py", 1, "f", "pass")] * 6)
print(summary.format())
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("k") from z
except KeyError as k:
    te = traceback.TracebackException.from_exception(k)
    print(te.__cause__.exc_type.__name__, te.__suppress_context__, str(te.__cause__))
    print([line for line in te.format() if not line.startswith("  ")][-1])
    print(list(traceback.TracebackException.from_exception(k).format(chain=False))[-1])
