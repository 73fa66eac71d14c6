# an exception raised while another is handled takes it as context even if it had one (raise e of an earlier exception), cycles cut
try:
    try:
        raise ValueError("A")
    except ValueError as a:
        try:
            raise TypeError("B")
        except TypeError:
            raise a
except ValueError as e:
    print(repr(e.__context__))
    print(repr(e.__context__.__context__) if e.__context__ else "-")
e = ValueError("v")
for h in (KeyError("first"), IndexError("second")):
    try:
        try:
            raise h
        except Exception:
            raise e
    except ValueError:
        print(repr(e.__context__))
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError(2) from None
except ValueError as v:
    print(repr(v.__context__), v.__suppress_context__, repr(v.__cause__))
def g():
    try:
        raise OSError("o")
    except OSError as x:
        raise RuntimeError("r") from x
try:
    g()
except RuntimeError as r:
    print(repr(r.__cause__), repr(r.__context__))
try:
    try:
        1/0
    except ZeroDivisionError as z:
        raise z
except ZeroDivisionError as z2:
    print(z2.__context__)
