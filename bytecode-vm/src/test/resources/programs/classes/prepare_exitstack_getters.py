# A metaclass's __prepare__; ExitStack chaining the exceptions its callbacks raise; operator's
# getters as classes; dict views' .mapping; co_firstlineno of a decorated function; posixpath;
# typing: get_origin of X | Y, issubclass against a runtime-checkable Protocol, AnyStr.
import operator
import posixpath
import typing
from contextlib import ExitStack
from typing import Protocol, runtime_checkable


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"marker": True, "flavour": kw.get("flavour", "plain")}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)


class A(metaclass=Meta, flavour="sweet"):
    x = 1


class B(A):
    y = 2


print(A.marker, A.flavour, "marker" in A.__dict__, B.flavour, B.y)


class Logging(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("set", key)
        super().__setitem__(key, value)


class LogMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Logging()


class C(metaclass=LogMeta):
    a = 1

    def m(self):
        return self.a


print(C().m())


class Raiser:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise OSError(self.n)


try:
    with ExitStack() as stack:
        stack.enter_context(Raiser("x1"))
        stack.enter_context(Raiser("x2"))
        raise KeyError("body")
except OSError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
try:
    with ExitStack() as stack:
        stack.callback(print, "callback ran")
        stack.enter_context(Raiser("only"))
except OSError as e:
    print(repr(e), e.__context__)

ig, ag, mc = operator.itemgetter(1, 0), operator.attrgetter("real", "imag"), operator.methodcaller("split", ",", maxsplit=1)
print(repr(ig), repr(operator.itemgetter("k")), repr(ag), repr(operator.attrgetter("a.b")), repr(mc))
print(ig("ab"), ag(3 + 4j), mc("a,b,c"), type(ig).__name__, isinstance(ig, operator.itemgetter))
print(sorted([(2, "b"), (1, "c"), (2, "a")], key=operator.itemgetter(0, 1)), operator.attrgetter("imag")(2j))
try:
    operator.attrgetter(5)
except TypeError as e:
    print("TypeError:", e)

d = {"a": 1}
print(d.keys().mapping, d.items().mapping["a"], d.values().mapping == d)


def deco(f):
    return f


@deco
@deco
def g():
    pass


def h():
    pass


print(g.__code__.co_firstlineno - h.__code__.co_firstlineno)
print(posixpath.join("a", "b"), posixpath.splitext("x.tar.gz"), posixpath.basename("/p/q.py"))
print(typing.get_origin(int | str), typing.get_args(int | str), typing.get_origin(list[int]), repr(typing.AnyStr))


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class File:
    def close(self):
        pass


class NotClosable:
    close = None


print(isinstance(File(), Closable), issubclass(File, Closable), issubclass(NotClosable, Closable), issubclass(int, Closable))
