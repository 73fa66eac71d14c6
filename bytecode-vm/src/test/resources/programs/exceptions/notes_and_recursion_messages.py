# Exception notes in traceback.format_exception_only, and CPython's wording of RecursionErrors
# raised while getting a repr or comparing self-containing lists.
import traceback

e = ValueError("x")
e.add_note("first note")
e.add_note("two\nlines")
print(traceback.format_exception_only(type(e), e))
e.__notes__ = [1, "z"]
print(traceback.format_exception_only(type(e), e))
try:
    raise KeyError("k")
except KeyError as err:
    err.add_note("while looking up k")
    print(traceback.format_exception_only(type(err), err))
    print(err.__notes__)


class R:
    def __repr__(self):
        return repr(self)


try:
    repr(R())
except RecursionError as err:
    print("repr:", err)

a = [1]
a.append(a)
b = [1]
b.append(b)
try:
    print(a == b)
except RecursionError as err:
    print("compare:", err)
print(a == a, repr(a))

print(slice(1, 2) < slice(1, 3), slice(1, 2) == slice(1, 2), slice(0, 5, 2) >= slice(0, 5, 1))
print(sorted([slice(3), slice(1, 2), slice(1)], key=lambda s: (s.start is None, s.stop)))
try:
    slice(None) < slice(1)
except TypeError as err:
    print("TypeError:", err)
