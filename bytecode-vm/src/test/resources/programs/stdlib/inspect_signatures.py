import inspect, functools
def sample(a, b: int = 2, *args, c, d="x", **kw) -> str:
    "Sample.\n\n    Indented body.\n    "
    return "s"
sig = inspect.signature(sample)
print(sig, list(sig.parameters), sig.parameters["b"].default, sig.return_annotation, sig.parameters["c"].kind)
print(inspect.isfunction(sample), inspect.isclass(int), inspect.isgeneratorfunction(sample))
def gen(): yield 1
async def co(): pass
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(co), inspect.isgenerator(gen()), inspect.ismethod(sample))
def posonly(x, y, /, z, *, w=3): pass
print(inspect.signature(posonly), inspect.signature(lambda *a, **k: 0), inspect.signature(lambda: 0))
class K:
    def __init__(self, p, q=5): pass
    def m(self, x, y=1): pass
    def __call__(self, z): pass
print(inspect.signature(K), inspect.signature(K(1).m), inspect.signature(K.m), inspect.signature(K(1)))
b = sig.bind(1, 2, 3, c=4, e=5)
print(b.arguments, b.args, b.kwargs)
b2 = inspect.signature(K.m).bind(None, 7); b2.apply_defaults(); print(b2)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError", e)
print(inspect.getdoc(sample), repr(inspect.cleandoc("  a\n    b\n  c")))
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def wrapped(m, n=1): pass
print(inspect.signature(wrapped), inspect.unwrap(wrapped).__name__, inspect.signature(functools.partial(sample, 1, c=3)))
print([n for n, v in inspect.getmembers(K, inspect.isfunction)], inspect.getfullargspec(sample))
print(sample.__code__.co_varnames, sample.__code__.co_argcount, sample.__kwdefaults__, gen.__code__.co_flags & 32)
p = inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=1)
print(p, repr(p), p.kind.description, inspect.Signature([p]))
