# The types module: the types of code, cells, coroutines, tracebacks..., new_class, prepare_class,
# resolve_bases and DynamicClassAttribute, as CPython has them.
import types
print(sorted(n for n in dir(types) if not n.startswith('_')))
from types import TracebackType, CoroutineType, CodeType
from typing import Optional, Type
class CM:
    def __enter__(self): return self
    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]) -> bool:
        print("exit", exc_type.__name__ if exc_type else None, isinstance(tb, TracebackType) if tb else None)
        return True
with CM():
    raise KeyError(1)
def f(): pass
print(isinstance(f.__code__, types.CodeType), types.CellType.__name__)
C = types.new_class('C', (object,), {}, lambda ns: ns.update(x=1))
print(C, C.x, types.prepare_class('D', (C,)))
class M(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw): return {'made': name}
E = types.new_class('E', (), {'metaclass': M})
print(E.made, type(E).__name__)
class P:
    @types.DynamicClassAttribute
    def v(self): return 42
print(P().v)
try: P.v
except AttributeError: print("AttributeError on class")
