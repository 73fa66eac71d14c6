# PEP 562: a module's own __getattr__ answers the names it does not define (here the program's
# module, read through sys.modules); a container whose __contains__ is None is no container.
import sys


def __getattr__(name):
    if name.startswith("lazy_"):
        return name[5:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


me = sys.modules[__name__]
print(me.lazy_thing, hasattr(me, "lazy_x"), hasattr(me, "other"), getattr(me, "other", "default"))
try:
    me.other
except AttributeError as e:
    print("AttributeError:", e)


class NotContainer:
    __contains__ = None

    def __iter__(self):
        return iter([1])


try:
    1 in NotContainer()
except TypeError as e:
    print("TypeError:", e)
