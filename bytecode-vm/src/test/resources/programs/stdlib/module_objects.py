# Modules as objects: errno, sys.modules[__name__], vars(module), staticmethod.__func__, utf-8-sig.
import errno
import math
import sys

print(errno.ENOENT, errno.EEXIST, errno.errorcode[2], errno.EACCES + 1)
try:
    raise OSError(errno.ENOENT, "missing")
except FileNotFoundError as e:
    print(e.errno == errno.ENOENT, e)


def handler_a():
    return "a"


me = sys.modules[__name__]
print(me.__name__, getattr(me, "handler_" + "a")(), hasattr(me, "nothing"))
me.added = 42
print(added)
print(len([k for k in vars(math) if not k.startswith("_")]) > 40, math.__dict__["pi"], vars(errno)["EPERM"])


class S:
    @staticmethod
    def s():
        return 1

    @classmethod
    def c(cls):
        return cls.__name__


print(S.__dict__["s"].__func__(), S.__dict__["c"].__func__(S), S.__dict__["s"].__wrapped__.__name__)
print(b"\xef\xbb\xbfx".decode("utf-8-sig"), "x".encode("utf-8-sig"), b"y".decode("utf-8-sig"))


class O:
    pass


print(hasattr(O(), "__weakref__"), O().__weakref__)
