def f(x=5): return x
print(hasattr(f,'__call__'), f.__call__(3), hasattr(len,'__call__'), hasattr(int,'__call__'), hasattr(f,'__get__'))
class A: pass
a = A()
print(f.__get__(a, A)() is a, type(f.__get__(None, A)).__name__)
for b in (bytearray(b'z'),):
    try: float(b)
    except ValueError as e: print(e)
    try: int(b)
    except ValueError as e: print(e)
print(callable(f), hasattr(lambda: 1, '__call__'), hasattr(A(), '__call__'), hasattr(print, '__call__'))
class B:
    def m(self, k=1): return ("m", k)
b = B()
print(b.m.__call__(2), hasattr(b.m, "__call__"), [].append.__call__ is not None)
