# warnings (filters, catch_warnings, error action), the builtins module, the OSError family, EOFError,
# int/ord of bytes, renaming a class.
import warnings, builtins
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('careful', RuntimeWarning)
    warnings.warn('plain')
print([(str(x.message), x.category.__name__) for x in w])
warnings.simplefilter('error', UserWarning)
try:
    warnings.warn('boom')
except UserWarning as e:
    print('raised', e)
print(builtins.len('abc'), issubclass(FileNotFoundError, OSError), issubclass(BrokenPipeError, ConnectionError), EOFError.__mro__[1].__name__, IOError is OSError)
print(int(b'42'), ord(b'a'))
class F: pass
F.__name__ = 'Renamed'; F.__module__ = 'yyy'; print(F, F.__name__, F.__module__, F.__qualname__)
try:
    raise EOFError('eof')
except EOFError as e:
    print(repr(e))
