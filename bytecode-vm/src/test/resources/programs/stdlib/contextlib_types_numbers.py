# contextlib (contextmanager, suppress, ExitStack, nullcontext, closing, as a decorator), types,
# the numbers tower with registered builtins, sys.exc_info/exception and traceback.
import contextlib, types, numbers, traceback, sys, fractions, decimal
@contextlib.contextmanager
def tag(name):
    print('<' + name + '>')
    try:
        yield name.upper()
    finally:
        print('</' + name + '>')
with tag('b') as t:
    print('inside', t)
try:
    with tag('i'):
        raise ValueError('oops')
except ValueError as e:
    print('propagated', e)
with contextlib.suppress(KeyError):
    {}['x']
print('suppressed')
with contextlib.ExitStack() as stack:
    for n in 'xy':
        stack.enter_context(tag(n))
    stack.callback(print, 'callback ran')
with contextlib.nullcontext(5) as v:
    print(v)
class Res:
    def close(self): print('closed')
with contextlib.closing(Res()):
    pass
@tag('deco')
def f(): print('body')
f()
ns = types.SimpleNamespace(a=1, b='x'); ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[1]), isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
mp = types.MappingProxyType({'k': 1}); print(mp['k'], list(mp), len(mp))
print([isinstance(x, numbers.Number) for x in (1, 2.5, 1j, fractions.Fraction(1, 2), decimal.Decimal(1), 'x')])
print(isinstance(3, numbers.Integral), isinstance(2.0, numbers.Integral), isinstance(fractions.Fraction(1, 3), numbers.Rational), isinstance(True, numbers.Real))
try:
    1 / 0
except ZeroDivisionError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]), traceback.format_exc().splitlines()[-1], sys.exception().args)
print(sys.exc_info(), traceback.format_exception_only(ValueError('bad')))
