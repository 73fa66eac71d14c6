# The last line of a traceback names an exception's class with its module unless that is
# builtins or __main__, and with its qualified name; a failing __str__ is reported, not raised.
import json
import statistics
import traceback


class Outer:
    class Inner(Exception):
        pass


class Bad(Exception):
    def __str__(self):
        raise ValueError("no")


def last_line(f):
    try:
        f()
    except Exception as e:
        return traceback.format_exception_only(type(e), e)[-1].rstrip()


def raise_inner():
    raise Outer.Inner("deep")


def raise_bad():
    raise Bad("x")


print(last_line(lambda: json.loads('{"x": 1,}')))
print(last_line(lambda: statistics.mean([])))
print(last_line(raise_inner))
print(last_line(raise_bad))
print(last_line(lambda: 1 / 0))
print(json.JSONDecodeError.__module__, json.JSONDecodeError.__qualname__, Outer.Inner.__qualname__)
json.loads("[1, 2,]")
