# dir() of builtin types, functions and user classes, as CPython 3.11 lists them
for t in (int, float, complex, bool, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, memoryview, object, type, property, staticmethod, classmethod, super, BaseException, ValueError):
    pub = [a for a in dir(t) if not a.startswith('_')]
    dun = [a for a in dir(t) if a.startswith('__')]
    print(t.__name__, pub)
    print(t.__name__, len(dun), dun)
def f(): pass
print([a for a in dir(f)])
class C: pass
print(dir(C()))
print(dir(C))
