import sys
def f():
    raise ValueError("x")
def g():
    try:
        f()
    except ValueError as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append((tb.tb_lineno, tb.tb_frame.f_code.co_name))
            tb = tb.tb_next
        print(lines, type(e.__traceback__).__name__)
        t, v, tb2 = sys.exc_info()
        print(t.__name__, v, tb2 is not None, tb2.tb_lineno)
        e2 = e.with_traceback(e.__traceback__)
        print(e2 is e)
g()
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, tb is not None, tb.tb_lineno if tb else None)
        return True
with CM():
    1 / 0
with CM():
    pass
print(ValueError("fresh").__traceback__)
try:
    raise KeyError(1)
except KeyError as k:
    print(k.__traceback__.tb_lineno, k.__traceback__.tb_next)
import contextlib
@contextlib.contextmanager
def cm():
    try:
        yield 1
    except ValueError as e:
        print("caught in cm", e)
with cm() as x:
    raise ValueError("boom")
print("after")
@contextlib.contextmanager
def cm2():
    yield
try:
    with cm2():
        raise KeyError("k")
except KeyError as e:
    print("propagated", e, e.__traceback__ is not None)
with contextlib.suppress(ZeroDivisionError):
    1/0
print("suppressed")
with contextlib.ExitStack() as st:
    st.enter_context(cm())
    raise ValueError("inside stack")
print("done")
def gen():
    try:
        yield 1
    except ValueError:
        yield "handled"
g = gen(); next(g)
try:
    raise ValueError("v")
except ValueError as e:
    print(g.throw(type(e), e, e.__traceback__))
