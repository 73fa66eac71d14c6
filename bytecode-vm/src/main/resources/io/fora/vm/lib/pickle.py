# SPDX-License-Identifier: Apache-2.0
"""Serialize and deserialize Python objects (pure-Python, for Fora).

An independent implementation of the pickle protocols 0-5 (PEP 307,
PEP 3154, PEP 574).  ``dumps`` produces the same bytes as CPython 3.11's C
pickler for builtin values, globals and instances reduced through the
default object protocol; ``loads`` reads every opcode of protocols 0-5.
"""

from struct import pack as _pack, unpack as _unpack
import importlib as _importlib

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8",
           "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2",
           "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8",
           "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP",
           "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1",
           "EXT2", "EXT4", "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET",
           "GLOBAL", "HIGHEST_PROTOCOL", "INST", "INT", "LIST", "LONG",
           "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE",
           "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER",
           "NONE", "OBJ", "PERSID", "POP", "POP_MARK", "PROTO", "PUT",
           "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS",
           "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE",
           "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1",
           "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)

try:
    _EOFError = EOFError
except NameError:           # Fora has no EOFError builtin
    class EOFError(Exception):
        """Read beyond end of file."""
    _EOFError = EOFError

try:
    _complex = complex
except NameError:           # Fora has no complex numbers
    _complex = None
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""

    __module__ = '_pickle'     # (as CPython's C implementation)


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the
    dump() method."""

    __module__ = '_pickle'     # (as CPython's C implementation)


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object,
    such as a security violation."""

    __module__ = '_pickle'     # (as CPython's C implementation)


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# ---------------------------------------------------------------------------
# Opcodes

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_BATCHSIZE = 1000
_FRAME_TARGET = 64 * 1024
_FRAME_HEADER = 9
_FRAME_PLACEHOLDER = b'\xfe' * 9


# ---------------------------------------------------------------------------
# copyreg support (Fora has no copyreg module of its own; use one if it is
# importable, otherwise provide the pieces pickle needs here)

def _mk_reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _mk_newobj(cls, *args):
    return cls.__new__(cls, *args)


def _mk_newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _mk_pickle_complex(c):
    return _complex, (c.real, c.imag)


try:
    import copyreg as _copyreg
except ImportError:
    _copyreg = None

if _copyreg is not None:
    _reconstructor = _copyreg._reconstructor
    # (aliases: Fora cannot read dunder-named attributes of modules)
    __newobj__ = getattr(_copyreg, '_newobj', None) or _copyreg.__newobj__
    __newobj_ex__ = (getattr(_copyreg, '_newobj_ex', None) or
                     _copyreg.__newobj_ex__)
    _dispatch_table_default = _copyreg.dispatch_table
    _extension_registry = _copyreg._extension_registry
    _inverted_registry = _copyreg._inverted_registry
    _extension_cache = _copyreg._extension_cache
else:
    _reconstructor = _mk_reconstructor
    __newobj__ = _mk_newobj
    __newobj_ex__ = _mk_newobj_ex
    for _f, _n in ((_reconstructor, '_reconstructor'),
                   (__newobj__, '__newobj__'),
                   (__newobj_ex__, '__newobj_ex__'),
                   (_mk_pickle_complex, 'pickle_complex')):
        try:
            _f.__name__ = _n
            _f.__qualname__ = _n
            _f.__module__ = 'copyreg'
        except (AttributeError, TypeError):
            pass
    _dispatch_table_default = {}
    if _complex is not None:
        _dispatch_table_default[_complex] = _mk_pickle_complex
    _extension_registry = {}
    _inverted_registry = {}
    _extension_cache = {}


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


try:
    _codecs_encode.__name__ = 'encode'
    _codecs_encode.__qualname__ = 'encode'
    _codecs_encode.__module__ = '_codecs'
except (AttributeError, TypeError):
    pass


class _GlobalStub:
    """A placeholder that pickles as a reference to a named global."""

    def __init__(self, module, name):
        self.module = module
        self.name = name


_FUNCTOOLS_PARTIAL = _GlobalStub('functools', 'partial')


class _PartialStub:
    """Pickles the way a functools.partial object does in CPython."""

    def __init__(self, func, args, kwargs):
        self.func = func
        self.args = args
        self.kwargs = kwargs

    def __reduce__(self):
        return (_FUNCTOOLS_PARTIAL, (self.func,),
                (self.func, self.args, self.kwargs, None))


# globals that are emitted under names that differ from what Fora reports
_SPECIAL_NAMES = {}     # id(obj) -> (module, qualname)
for _o, _m, _n in ((_reconstructor, 'copyreg', '_reconstructor'),
                   (__newobj__, 'copyreg', '__newobj__'),
                   (__newobj_ex__, 'copyreg', '__newobj_ex__'),
                   (_codecs_encode, '_codecs', 'encode'),
                   (_FUNCTOOLS_PARTIAL, 'functools', 'partial')):
    _SPECIAL_NAMES[id(_o)] = (_m, _n)
if _copyreg is None:
    _SPECIAL_NAMES[id(_mk_pickle_complex)] = ('copyreg', 'pickle_complex')

# globals the unpickler resolves without importing anything
_SPECIAL_LOOKUP = {
    ('copyreg', '_reconstructor'): _reconstructor,
    ('copyreg', '__newobj__'): __newobj__,
    ('copyreg', '__newobj_ex__'): __newobj_ex__,
    ('_codecs', 'encode'): _codecs_encode,
}


# ---------------------------------------------------------------------------
# builtins (Fora has no importable 'builtins' module)

class _Namespace:
    def __init__(self, name, d):
        self.__dict__.update(d)
        self.__name__ = name

    def __repr__(self):
        return "<module %r (built-in)>" % (self.__name__,)


def _collect_builtins():
    d = {
        'object': object, 'type': type, 'int': int, 'float': float,
        'bool': bool, 'str': str, 'bytes': bytes,
        'bytearray': bytearray, 'list': list, 'tuple': tuple, 'dict': dict,
        'set': set, 'frozenset': frozenset, 'range': range, 'slice': slice,
        'len': len, 'getattr': getattr, 'setattr': setattr,
        'isinstance': isinstance, 'repr': repr, 'abs': abs, 'min': min,
        'max': max, 'sum': sum, 'sorted': sorted, 'iter': iter,
        'next': next, 'hash': hash, 'id': id, 'ord': ord, 'chr': chr,
        'divmod': divmod, 'pow': pow, 'round': round, 'print': print,
        'hasattr': hasattr, 'callable': callable, 'map': map, 'zip': zip,
        'filter': filter, 'enumerate': enumerate, 'reversed': reversed,
        'any': any, 'all': all, 'format': format, 'hex': hex, 'oct': oct,
        'bin': bin, 'issubclass': issubclass, 'delattr': delattr,
        'property': property, 'staticmethod': staticmethod,
        'classmethod': classmethod, 'super': super,
        'Ellipsis': Ellipsis, 'NotImplemented': NotImplemented,
        'BaseException': BaseException, 'Exception': Exception,
        'ArithmeticError': ArithmeticError,
        'AssertionError': AssertionError, 'AttributeError': AttributeError,
        'EOFError': _EOFError, 'ImportError': ImportError,
        'IndexError': IndexError, 'KeyError': KeyError,
        'LookupError': LookupError, 'NameError': NameError,
        'NotImplementedError': NotImplementedError,
        'OverflowError': OverflowError, 'RuntimeError': RuntimeError,
        'StopIteration': StopIteration, 'TypeError': TypeError,
        'ValueError': ValueError, 'ZeroDivisionError': ZeroDivisionError,
    }
    # names some interpreters may lack are looked up one at a time
    for name, getter in (
            ('BufferError', lambda: BufferError),
            ('FloatingPointError', lambda: FloatingPointError),
            ('GeneratorExit', lambda: GeneratorExit),
            ('ModuleNotFoundError', lambda: ModuleNotFoundError),
            ('KeyboardInterrupt', lambda: KeyboardInterrupt),
            ('MemoryError', lambda: MemoryError),
            ('OSError', lambda: OSError),
            ('IOError', lambda: OSError),
            ('EnvironmentError', lambda: OSError),
            ('RecursionError', lambda: RecursionError),
            ('ReferenceError', lambda: ReferenceError),
            ('StopAsyncIteration', lambda: StopAsyncIteration),
            ('SyntaxError', lambda: SyntaxError),
            ('SystemError', lambda: SystemError),
            ('SystemExit', lambda: SystemExit),
            ('UnboundLocalError', lambda: UnboundLocalError),
            ('UnicodeError', lambda: UnicodeError),
            ('UnicodeDecodeError', lambda: UnicodeDecodeError),
            ('UnicodeEncodeError', lambda: UnicodeEncodeError),
            ('Warning', lambda: Warning),
            ('UserWarning', lambda: UserWarning),
            ('DeprecationWarning', lambda: DeprecationWarning),
            ('RuntimeWarning', lambda: RuntimeWarning),
            ('FileNotFoundError', lambda: FileNotFoundError),
            ('PermissionError', lambda: PermissionError),
            ('TimeoutError', lambda: TimeoutError),
            ('memoryview', lambda: memoryview)):
        try:
            d[name] = getter()
        except NameError:
            pass
    return d


_BUILTINS = _collect_builtins()
_builtins_module = None


def _import_module(name):
    global _builtins_module
    if name == 'builtins':
        if _builtins_module is None:
            try:
                _builtins_module = _importlib.import_module('builtins')
            except ImportError:
                _builtins_module = _Namespace('builtins', _BUILTINS)
        return _builtins_module
    if name == '_pickle':
        try:
            return _importlib.import_module('_pickle')
        except ImportError:
            return _importlib.import_module(__name__)
    return _importlib.import_module(name)


# ---------------------------------------------------------------------------
# Python 2 name compatibility (fix_imports)

_IMPORT_MAPPING = {
    '__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue',
    'SocketServer': 'socketserver', 'ConfigParser': 'configparser',
    'repr': 'reprlib', 'thread': '_thread', 'urlparse': 'urllib.parse',
    'UserDict': 'collections', 'UserList': 'collections',
    'UserString': 'collections', 'whichdb': 'dbm', 'anydbm': 'dbm',
    'StringIO': 'io', 'cStringIO': 'io', 'cPickle': 'pickle',
    '_abcoll': 'collections.abc', 'exceptions': 'builtins',
}

_NAME_MAPPING = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
    ('exceptions', 'StandardError'): ('builtins', 'Exception'),
}

_REVERSE_IMPORT_MAPPING = {
    'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
    'socketserver': 'SocketServer', 'configparser': 'ConfigParser',
    'reprlib': 'repr', '_thread': 'thread', 'urllib.parse': 'urlparse',
    'dbm': 'anydbm', 'collections.abc': '_abcoll',
    '_functools': 'functools', '_pickle': 'pickle',
}

_REVERSE_NAME_MAPPING = {
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('_functools', 'reduce'): ('__builtin__', 'reduce'),
    ('sys', 'intern'): ('__builtin__', 'intern'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
}

for _n in ('ArithmeticError', 'AssertionError', 'AttributeError',
           'BaseException', 'BufferError', 'BytesWarning',
           'DeprecationWarning', 'EOFError', 'EnvironmentError', 'Exception',
           'FloatingPointError', 'FutureWarning', 'GeneratorExit', 'IOError',
           'ImportError', 'ImportWarning', 'IndentationError', 'IndexError',
           'KeyError', 'KeyboardInterrupt', 'LookupError', 'MemoryError',
           'NameError', 'NotImplementedError', 'OSError', 'OverflowError',
           'PendingDeprecationWarning', 'ReferenceError', 'RuntimeError',
           'RuntimeWarning', 'StopIteration', 'SyntaxError', 'SyntaxWarning',
           'SystemError', 'SystemExit', 'TabError', 'TypeError',
           'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError',
           'UnicodeError', 'UnicodeTranslateError', 'UnicodeWarning',
           'UserWarning', 'ValueError', 'Warning', 'ZeroDivisionError'):
    _REVERSE_NAME_MAPPING[('builtins', _n)] = ('exceptions', _n)
    _NAME_MAPPING[('exceptions', _n)] = ('builtins', _n)
for _n in ('BrokenPipeError', 'ChildProcessError', 'ConnectionAbortedError',
           'ConnectionError', 'ConnectionRefusedError',
           'ConnectionResetError', 'FileExistsError', 'FileNotFoundError',
           'InterruptedError', 'IsADirectoryError', 'NotADirectoryError',
           'PermissionError', 'ProcessLookupError', 'TimeoutError'):
    _REVERSE_NAME_MAPPING[('builtins', _n)] = ('exceptions', 'OSError')
_REVERSE_NAME_MAPPING[('builtins', 'ModuleNotFoundError')] = (
    'exceptions', 'ImportError')


# ---------------------------------------------------------------------------
# helpers

def _raw_unicode_escape(s):
    """Encode like CPython's C pickler does for the UNICODE opcode."""
    try:
        b = s.encode('latin-1')
    except UnicodeEncodeError:
        b = None
    if b is not None:
        if not (b'\\' in b or b'\n' in b or b'\r' in b or b'\x00' in b
                or b'\x1a' in b):
            return b
    parts = []
    for ch in s:
        o = ord(ch)
        if o >= 0x10000:
            parts.append('\\U%08x' % o)
        elif o >= 256 or ch in '\\\n\r\x00\x1a':
            parts.append('\\u%04x' % o)
        else:
            parts.append(ch)
    return ''.join(parts).encode('latin-1')


_HEXDIGITS = '0123456789abcdefABCDEF'


def _raw_unicode_unescape(data):
    s = data.decode('latin-1')
    if '\\' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while True:
        j = s.find('\\', i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j])
        k = j
        while k < n and s[k] == '\\':
            k += 1
        nbs = k - j
        if nbs % 2 == 1 and k < n and (s[k] == 'u' or s[k] == 'U'):
            out.append('\\' * (nbs - 1))
            width = 4 if s[k] == 'u' else 8
            digits = s[k + 1:k + 1 + width]
            if len(digits) < width or any(c not in _HEXDIGITS
                                          for c in digits):
                raise UnpicklingError("truncated \\%sXXXX escape"
                                      % s[k])
            out.append(chr(int(digits, 16)))
            i = k + 1 + width
        else:
            out.append(s[j:k])
            i = k
    return ''.join(out)


_SIMPLE_ESCAPES = {'\\': '\\', "'": "'", '"': '"', 'a': '\x07',
                   'b': '\x08', 'f': '\x0c', 'n': '\n', 'r': '\r',
                   't': '\t', 'v': '\x0b'}


def _escape_decode(data):
    """Decode the body of a Python string literal (STRING opcode)."""
    s = data.decode('latin-1')
    if '\\' not in s:
        return data
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != '\\':
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = s[i]
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
            i += 1
        elif c == '\n':
            i += 1
        elif c == 'x':
            digits = s[i + 1:i + 3]
            if len(digits) < 2 or any(d not in _HEXDIGITS for d in digits):
                raise ValueError("invalid \\x escape at position %d" % (i - 1))
            out.append(chr(int(digits, 16)))
            i += 3
        elif '0' <= c <= '7':
            j = i
            while j < n and j < i + 3 and '0' <= s[j] <= '7':
                j += 1
            out.append(chr(int(s[i:j], 8) & 0xff))
            i = j
        else:
            out.append('\\')
            out.append(c)
            i += 1
    return ''.join(out).encode('latin-1')


def _decode_utf8(data):
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError:
        return data.decode('utf-8', 'surrogatepass')


def _slotnames(cls, _cache={}):
    try:
        return _cache[cls]
    except (KeyError, TypeError):
        pass
    names = []
    mro = getattr(cls, '__mro__', (cls,))
    for c in mro:
        try:
            cd = c.__dict__
        except AttributeError:
            continue
        if '__slots__' in cd:
            slots = cd['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ('__dict__', '__weakref__'):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = c.__name__.lstrip('_')
                    if stripped:
                        name = '_%s%s' % (stripped, name)
                names.append(name)
    try:
        _cache[cls] = names
    except TypeError:
        pass
    return names


_OBJ_REDUCE_EX = getattr(object, '__reduce_ex__', None)
_OBJ_REDUCE = getattr(object, '__reduce__', None)
_OBJ_GETSTATE = getattr(object, '__getstate__', None)
_MISSING = object()

_FunctionType = type(_mk_newobj)
_BuiltinFunctionType = type(len)
_NoneType = type(None)
_EllipsisType = type(Ellipsis)
_NotImplementedType = type(NotImplemented)


class _BoundMethodProbe:
    def m(self):
        pass


_MethodType = type(_BoundMethodProbe().m)

_BUILTIN_TYPES = {object, int, float, bool, str, bytes, bytearray,
                  list, tuple, dict, set, frozenset, type}
_NEWARGS_BASES = (int, float, str, bytes, tuple)
if _complex is not None:
    _BUILTIN_TYPES.add(_complex)
    _NEWARGS_BASES += (_complex,)
    _BUILTINS['complex'] = _complex

_UNPICKLABLE_TYPE_NAMES = {'generator', 'coroutine', 'async_generator',
                           'module', 'frame', 'code', 'cell', 'TextIOWrapper',
                           'BufferedReader', 'BufferedWriter', '_thread.lock',
                           'lock', 'list_iterator', 'dict_keys',
                           'dict_values', 'dict_items', 'mappingproxy'}


def _is_builtin_type(t):
    if t in _BUILTIN_TYPES:
        return True
    return getattr(t, '__module__', None) == 'builtins'


def _default_getstate(obj):
    """object.__getstate__() as of Python 3.11."""
    cls = type(obj)
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    names = _slotnames(cls)
    if not names:
        return d if d else None
    if d:
        state = {}
        for k, v in d.items():
            if k not in names:
                state[k] = v
        if not state:
            state = None
    else:
        state = None
    slots = {}
    for name in names:
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        slots[name] = value
    if slots:
        return (state, slots)
    return state


def _user_getstate(obj):
    gs = getattr(obj, '__getstate__', None)
    if gs is None:
        return None
    if _OBJ_GETSTATE is not None and \
            getattr(type(obj), '__getstate__', None) is _OBJ_GETSTATE:
        return None
    return gs


def _getstate(obj):
    gs = _user_getstate(obj)
    if gs is not None:
        return gs()
    return _default_getstate(obj)


def _reduce_newobj(obj):
    """object.__reduce_ex__(protocol) for protocol >= 2."""
    cls = type(obj)
    args = None
    kwargs = None
    gnex = getattr(obj, '__getnewargs_ex__', None)
    if gnex is not None:
        newargs = gnex()
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, "
                            "not '%.200s'" % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of "
                             "length 2, not %d" % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by "
                            "__getnewargs_ex__ must be a tuple, not '%.200s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by "
                            "__getnewargs_ex__ must be a dict, not '%.200s'"
                            % type(kwargs).__name__)
    else:
        gn = getattr(obj, '__getnewargs__', None)
        if gn is not None:
            args = gn()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, "
                                "not '%.200s'" % type(args).__name__)
        else:
            for base in _NEWARGS_BASES:
                if isinstance(obj, base):
                    args = (base(obj),)
                    break
    if not kwargs:
        newobj = __newobj__
        if args:
            newargs = (cls,) + tuple(args)
        else:
            newargs = (cls,)
    else:
        newobj = __newobj_ex__
        newargs = (cls, args, kwargs)
    state = _getstate(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return (newobj, newargs, state, listitems, dictitems)


def _reduce_copyreg(obj, proto):
    """copyreg._reduce_ex(obj, protocol) for protocols 0 and 1."""
    cls = obj.__class__
    base = object
    for b in getattr(cls, '__mro__', (cls, object)):
        if _is_builtin_type(b):
            base = b
            break
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % (cls.__name__,))
        if base is dict:
            # (Fora's dict() of a dict subclass iterates its keys)
            state = dict(obj.items())
        else:
            state = base(obj)
    args = (cls, base, state)
    gs = _user_getstate(obj)
    if gs is None:
        if getattr(obj, '__slots__', None):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        d = _default_getstate(obj)
    else:
        d = gs()
    if d:
        return _reconstructor, args, d
    return _reconstructor, args


def _default_reduce(obj, proto):
    """Reduce obj when its class does not override __reduce_ex__ or
    __reduce__ (the parts of object.__reduce_ex__ and the builtin types'
    __reduce__ methods that Fora does not provide)."""
    t = type(obj)
    tname = getattr(t, '__name__', '')
    if tname in _UNPICKLABLE_TYPE_NAMES:
        raise TypeError("cannot pickle %r object" % (tname,))
    if isinstance(obj, BaseException):
        args = getattr(obj, 'args', ())
        try:
            d = obj.__dict__
        except AttributeError:
            d = None
        if d:
            return (t, args, d)
        return (t, args)
    if isinstance(obj, (set, frozenset)):
        return (t, (list(obj),), _getstate(obj))
    if t is _MethodType:
        return (getattr, (obj.__self__, obj.__func__.__name__))
    if t is _BuiltinFunctionType:
        s = getattr(obj, '__self__', None)
        if s is not None and type(s).__name__ != 'module':
            return (getattr, (s, obj.__name__))
        return getattr(obj, '__qualname__', obj.__name__)
    if obj is Ellipsis:
        return 'Ellipsis'
    if obj is NotImplemented:
        return 'NotImplemented'
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_copyreg(obj, proto)


def _getattribute(obj, dotted):
    parent = None
    for sub in dotted:
        parent = obj
        obj = getattr(obj, sub)
    return obj, parent


def _whichmodule(obj, name):
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    if _BUILTINS.get(name) is obj:
        return 'builtins'
    return '__main__'


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers (bytes or bytearray)."""

    def __init__(self, buffer):
        if isinstance(buffer, PickleBuffer):
            buffer = buffer._obj
        if not isinstance(buffer, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(buffer).__name__)
        self._obj = buffer

    @property
    def readonly(self):
        return isinstance(self._obj, bytes)

    def raw(self):
        if self._obj is None:
            raise ValueError("operation forbidden on released PickleBuffer "
                             "object")
        return self._obj

    def release(self):
        self._obj = None

    def __bytes__(self):
        return bytes(self._obj)


# ---------------------------------------------------------------------------
# Pickler

# two-byte opcode+argument strings for small arguments (bytes((a, b)) and
# int.to_bytes are comparatively slow in Fora)
_BININT1_TAB = [b'K' + bytes((i,)) for i in range(256)]
_BINPUT_TAB = [b'q' + bytes((i,)) for i in range(256)]
_BINGET_TAB = [b'h' + bytes((i,)) for i in range(256)]
_SHORT_BINUNICODE_TAB = [b'\x8c' + bytes((i,)) for i in range(256)]
_SHORT_BINBYTES_TAB = [b'C' + bytes((i,)) for i in range(256)]

_NOFILE = object()
_NOT_NAME = object()


class Pickler:
    """Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)

    Writes a pickled representation of objects to a binary file."""

    __module__ = '_pickle'     # (as CPython's C implementation)

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        protocol = int(protocol)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d"
                             % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        if file is _NOFILE:
            self._file_write = None
        else:
            try:
                self._file_write = file.write
            except AttributeError:
                raise TypeError("file must have a 'write' attribute")
        self.memo = {}
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3
        self._buf = None
        self._framing = False
        self._frame_start = -1
        self._modnames = {}
        self._strtab = {}

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self.memo.clear()
        self._strtab.clear()

    def _canon_key(self, k):
        # CPython interns identifier strings (attribute names, names and
        # identifier-like constants in code), so equal dict keys such as the
        # attribute names of many instances are one object there and pickle
        # as memo references.  Fora does not intern them: give each dict key
        # that is an identifier a single representative object.  (Keys made
        # at run time, e.g. str(n), are not interned by CPython either and
        # are left alone unless they are identifiers.)
        c = self._strtab.get(k)
        if c is None:
            if k.isidentifier() and k.isascii():
                c = k
            else:
                c = _NOT_NAME
            self._strtab[k] = c
        if c is _NOT_NAME:
            return k
        return c

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, '_file_write'):
            raise PicklingError("Pickler.__init__() was not called by %s."
                                "__init__()" % (type(self).__name__,))
        data = self._dumpbytes(obj)
        self._file_write(data)

    def _dumpbytes(self, obj):
        buf = bytearray()
        self._buf = buf
        self._pers_func = getattr(self, 'persistent_id', None)
        self._reducer_override = getattr(self, 'reducer_override', None)
        dt = getattr(self, 'dispatch_table', None)
        self._dispatch_table = _dispatch_table_default if dt is None else dt
        proto = self.proto
        if proto >= 2:
            buf += bytes((0x80, proto))
        if proto >= 4:
            self._framing = True
            self._frame_start = len(buf)
            buf += _FRAME_PLACEHOLDER
        try:
            self.save(obj)
            buf += b'.'
            if self._framing:
                self._commit_frame()
        finally:
            self._framing = False
            self._frame_start = -1
            self._buf = None
            self._pers_func = None
            self._reducer_override = None
        return bytes(buf)

    # -- output helpers ---------------------------------------------------

    def _commit_frame(self):
        buf = self._buf
        start = self._frame_start
        n = len(buf) - start - _FRAME_HEADER
        if n >= 4:
            buf[start:start + _FRAME_HEADER] = b'\x95' + n.to_bytes(8, 'little')
        else:
            del buf[start:start + _FRAME_HEADER]
        self._frame_start = -1

    def _write_large(self, header, data):
        buf = self._buf
        if self._framing and len(data) >= _FRAME_TARGET:
            self._commit_frame()
            buf += header
            buf += data
            self._frame_start = len(buf)
            buf += _FRAME_PLACEHOLDER
        else:
            buf += header
            buf += data

    def memoize(self, obj):
        """Store an object in the memo."""
        if self.fast:
            return
        memo = self.memo
        idx = len(memo)
        memo[id(obj)] = (idx, obj)
        if self.proto >= 4:
            self._buf += b'\x94'
        elif self.bin:
            if idx < 256:
                self._buf += _BINPUT_TAB[idx]
            else:
                self._buf += b'r' + _pack('<I', idx)
        else:
            self._buf += b'p' + str(idx).encode('ascii') + b'\n'

    def _memo_get(self, idx):
        if self.bin:
            if idx < 256:
                self._buf += _BINGET_TAB[idx]
            else:
                self._buf += b'j' + _pack('<I', idx)
        else:
            self._buf += b'g' + str(idx).encode('ascii') + b'\n'

    # -- the main entry point ----------------------------------------------

    def save(self, obj, save_persistent_id=True):
        if self._framing and \
                len(self._buf) - self._frame_start >= _FRAME_TARGET + 9:
            self._commit_frame()
            self._frame_start = len(self._buf)
            self._buf += _FRAME_PLACEHOLDER

        if save_persistent_id and self._pers_func is not None:
            pid = self._pers_func(obj)
            if pid is not None:
                self._save_pers(pid)
                return

        t = type(obj)
        if t is str:
            x = self.memo.get(id(obj))
            if x is None:
                self.save_str(obj)
            else:
                self._memo_get(x[0])
            return
        if t is int:
            if self.bin and 0 <= obj <= 0xff:
                self._buf += _BININT1_TAB[obj]
            else:
                self.save_long(obj)
            return
        f = _ATOM_DISPATCH.get(t)
        if f is not None:
            f(self, obj)
            return

        x = self.memo.get(id(obj))
        if x is not None:
            self._memo_get(x[0])
            return

        if t is bytes:
            self.save_bytes(obj)
            return

        if self._reducer_override is not None:
            rv = self._reducer_override(obj)
            if rv is not NotImplemented:
                self._save_reduce_value(obj, rv)
                return

        f = _DISPATCH.get(t)
        if f is not None:
            f(self, obj)
            return

        reduce = self._dispatch_table.get(t) if self._dispatch_table else None
        if reduce is not None:
            rv = reduce(obj)
        elif isinstance(obj, type):
            self.save_global(obj)
            return
        elif isinstance(obj, _GlobalStub):
            self._save_global_name(obj, obj.module, obj.name, None, True)
            return
        else:
            rex = getattr(t, '__reduce_ex__', None)
            if rex is not None and rex is not _OBJ_REDUCE_EX:
                rv = obj.__reduce_ex__(self.proto)
            else:
                red = getattr(t, '__reduce__', None)
                if red is not None and red is not _OBJ_REDUCE:
                    rv = obj.__reduce__()
                else:
                    rv = _default_reduce(obj, self.proto)
        self._save_reduce_value(obj, rv)

    def _save_reduce_value(self, obj, rv):
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self.save_reduce(rv, obj)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._buf += b'Q'
        else:
            s = str(pid)
            try:
                data = s.encode('ascii')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be "
                                    "ASCII strings")
            self._buf += b'P' + data + b'\n'

    # -- reduce ---------------------------------------------------------------

    def save_reduce(self, rv, obj=None):
        n = len(rv)
        if n < 2 or n > 6:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        func = rv[0]
        args = rv[1]
        state = rv[2] if n > 2 else None
        listitems = rv[3] if n > 3 else None
        dictitems = rv[4] if n > 4 else None
        state_setter = rv[5] if n > 5 else None
        if not callable(func) and not isinstance(func, _GlobalStub):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if listitems is not None and not hasattr(listitems, '__next__'):
            raise PicklingError("fourth element of the tuple returned by "
                                "__reduce__ must be an iterator, not %s"
                                % type(listitems).__name__)
        if dictitems is not None and not hasattr(dictitems, '__next__'):
            raise PicklingError("fifth element of the tuple returned by "
                                "__reduce__ must be an iterator, not %s"
                                % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by "
                                "__reduce__ must be a function, not %s"
                                % type(state_setter).__name__)

        proto = self.proto
        save = self.save
        use_newobj = use_newobj_ex = False
        if proto >= 2:
            name = getattr(func, '__name__', None)
            if type(name) is str:
                if name == '__newobj_ex__':
                    use_newobj_ex = True
                elif name == '__newobj__':
                    use_newobj = True

        if use_newobj_ex:
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple "
                                    "must be exactly 3, not %d" % len(args))
            cls, a, kw = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument "
                                    "tuple must be a class, not %.200s"
                                    % type(cls).__name__)
            if not isinstance(a, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument "
                                    "tuple must be a tuple, not %.200s"
                                    % type(a).__name__)
            if not isinstance(kw, dict):
                raise PicklingError("third item from NEWOBJ_EX argument "
                                    "tuple must be a dict, not %.200s"
                                    % type(kw).__name__)
            if proto >= 4:
                save(cls)
                save(a)
                save(kw)
                self._buf += b'\x92'
            else:
                new = self._class_new(cls)
                stub = _PartialStub(new, (cls,) + a, kw)
                save(stub)
                save(())
                self._buf += b'R'
        elif use_newobj:
            if len(args) < 1:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not "
                                    "a type")
            if obj is not None and obj.__class__ is not cls:
                raise PicklingError("args[0] from __newobj__ args has the "
                                    "wrong class")
            save(cls)
            save(args[1:])
            self._buf += b'\x81'
        else:
            save(func)
            save(args)
            self._buf += b'R'

        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                self._buf += b'0'
                self._memo_get(x[0])
                return
            self.memoize(obj)

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                self._buf += b'b'
            else:
                save(state_setter)
                save(obj)
                save(state)
                self._buf += b'\x86R0'

    def _class_new(self, cls):
        """A stand-in for cls.__new__ that pickles like CPython's."""
        owner = object
        for c in getattr(cls, '__mro__', (cls,)):
            if '__new__' in c.__dict__:
                owner = c
                break
        return _NewStub(owner)

    # -- atoms ----------------------------------------------------------------

    def save_none(self, obj):
        self._buf += b'N'

    def save_bool(self, obj):
        if self.proto >= 2:
            self._buf += b'\x88' if obj else b'\x89'
        else:
            self._buf += b'I01\n' if obj else b'I00\n'

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self._buf += _BININT1_TAB[obj]
                    return
                if obj <= 0xffff:
                    self._buf += b'M' + _pack('<H', obj)
                    return
                if obj <= 0x7fffffff:
                    self._buf += b'J' + _pack('<i', obj)
                    return
            elif obj >= -0x80000000:
                self._buf += b'J' + _pack('<i', obj)
                return
        elif -0x80000000 <= obj <= 0x7fffffff:
            self._buf += b'I' + str(obj).encode('ascii') + b'\n'
            return
        if self.proto >= 2:
            if obj < 0:
                n = ((-obj).bit_length() >> 3) + 1
                data = obj.to_bytes(n, 'little', signed=True)
                if n > 1 and data[-1] == 0xff and (data[-2] & 0x80):
                    data = data[:-1]
            else:
                n = (obj.bit_length() >> 3) + 1
                data = obj.to_bytes(n, 'little', signed=True)
            n = len(data)
            if n < 256:
                self._buf += bytes((0x8a, n)) + data
            else:
                self._buf += b'\x8b' + n.to_bytes(4, 'little') + data
        else:
            self._buf += b'L' + repr(obj).encode('ascii') + b'L\n'

    def save_float(self, obj):
        if self.bin:
            self._buf += b'G' + _pack('>d', obj)
        else:
            self._buf += b'F' + repr(obj).encode('ascii') + b'\n'

    # -- strings ---------------------------------------------------------------

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce((bytes, ()), obj)
            else:
                self.save_reduce((_codecs_encode,
                                  (obj.decode('latin-1'), _LATIN1)), obj)
            return
        n = len(obj)
        if n < 256:
            header = _SHORT_BINBYTES_TAB[n]
        elif n <= 0xffffffff:
            header = b'B' + _pack('<I', n)
        else:
            header = b'\x8e' + n.to_bytes(8, 'little')
        self._write_large(header, obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce((bytearray, ()), obj)
            else:
                self.save_reduce((bytearray, (bytes(obj),)), obj)
            return
        self._write_large(b'\x96' + len(obj).to_bytes(8, 'little'), obj)
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with "
                                "protocol >= 5")
        data = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            n = len(data)
            if obj.readonly:
                if n < 256:
                    header = bytes((0x43, n))
                elif n <= 0xffffffff:
                    header = b'B' + n.to_bytes(4, 'little')
                else:
                    header = b'\x8e' + n.to_bytes(8, 'little')
            else:
                header = b'\x96' + n.to_bytes(8, 'little')
            self._write_large(header, data)
            self.memoize(obj)
        else:
            self._buf += b'\x97'
            if obj.readonly:
                self._buf += b'\x98'

    def save_str(self, obj):
        if self.bin:
            try:
                data = obj.encode('utf-8')
            except UnicodeEncodeError:
                data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n < 256 and self.proto >= 4:
                buf = self._buf
                buf += _SHORT_BINUNICODE_TAB[n]
                buf += data
                if self.fast:
                    return
                memo = self.memo
                memo[id(obj)] = (len(memo), obj)
                buf += b'\x94'
                return
            elif n > 0xffffffff and self.proto >= 4:
                header = b'\x8d' + n.to_bytes(8, 'little')
            elif n > 0xffffffff:
                raise OverflowError("cannot serialize a string larger than "
                                    "4GiB")
            else:
                header = b'X' + _pack('<I', n)
            self._write_large(header, data)
        else:
            self._buf += b'V' + _raw_unicode_escape(obj) + b'\n'
        self.memoize(obj)

    # -- containers ------------------------------------------------------------

    def save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self._buf += b')' if self.bin else b'(t'
            return
        save = self.save
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            x = self.memo.get(id(obj))
            if x is not None:
                self._buf += b'0' * n
                self._memo_get(x[0])
                return
            self._buf += (b'\x85', b'\x86', b'\x87')[n - 1]
            self.memoize(obj)
            return
        self._buf += b'('
        for element in obj:
            save(element)
        x = self.memo.get(id(obj))
        if x is not None:
            if self.bin:
                self._buf += b'1'
            else:
                self._buf += b'0' * (n + 1)
            self._memo_get(x[0])
            return
        self._buf += b't'
        self.memoize(obj)

    def save_list(self, obj):
        if self.bin:
            self._buf += b']'
        else:
            self._buf += b'(l'
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_appends(iter(obj))
            return
        save = self.save
        buf = self._buf
        n = len(obj)
        if n == 1:
            save(obj[0])
            buf += b'a'
            return
        total = 0
        while True:
            buf += b'('
            stop = total + _BATCHSIZE
            if stop > len(obj):
                stop = len(obj)
            while total < stop:
                save(obj[total])
                total += 1
            buf += b'e'
            if total >= len(obj):
                break

    def _batch_appends(self, items):
        save = self.save
        buf = self._buf
        if not self.bin:
            for x in items:
                save(x)
                buf += b'a'
            return
        while True:
            first = next(items, _MISSING)
            if first is _MISSING:
                return
            second = next(items, _MISSING)
            if second is _MISSING:
                save(first)
                buf += b'a'
                return
            buf += b'('
            save(first)
            save(second)
            n = 2
            if n < _BATCHSIZE:
                for x in items:
                    save(x)
                    n += 1
                    if n == _BATCHSIZE:
                        break
            buf += b'e'
            if n != _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self._buf += b'}'
        else:
            self._buf += b'(d'
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_setitems(iter(obj.items()))
            return
        save = self.save
        buf = self._buf
        canon = self._canon_key
        if len(obj) == 1:
            for k, v in obj.items():
                if type(k) is str:
                    k = canon(k)
                save(k)
                save(v)
            buf += b's'
            return
        strtab = self._strtab
        items = iter(obj.items())
        while True:
            buf += b'('
            i = 0
            for k, v in items:
                if type(k) is str:
                    c = strtab.get(k)
                    if c is None:
                        k = canon(k)
                    elif c is not _NOT_NAME:
                        k = c
                save(k)
                save(v)
                i += 1
                if i == _BATCHSIZE:
                    break
            buf += b'u'
            if i != _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        save = self.save
        buf = self._buf
        canon = self._canon_key
        if not self.bin:
            for item in items:
                if not isinstance(item, tuple) or len(item) != 2:
                    raise TypeError("dict items iterator must return "
                                    "2-tuples")
                k = item[0]
                if type(k) is str:
                    k = canon(k)
                save(k)
                save(item[1])
                buf += b's'
            return
        while True:
            first = next(items, _MISSING)
            if first is _MISSING:
                return
            if not isinstance(first, tuple) or len(first) != 2:
                raise TypeError("dict items iterator must return 2-tuples")
            second = next(items, _MISSING)
            if second is _MISSING:
                k = first[0]
                if type(k) is str:
                    k = canon(k)
                save(k)
                save(first[1])
                buf += b's'
                return
            buf += b'('
            k = first[0]
            if type(k) is str:
                k = canon(k)
            save(k)
            save(first[1])
            item = second
            n = 1
            while True:
                if not isinstance(item, tuple) or len(item) != 2:
                    raise TypeError("dict items iterator must return "
                                    "2-tuples")
                k = item[0]
                if type(k) is str:
                    k = canon(k)
                save(k)
                save(item[1])
                n += 1
                if n == _BATCHSIZE:
                    break
                item = next(items, _MISSING)
                if item is _MISSING:
                    break
            buf += b'u'
            if n != _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce((set, (list(obj),)), obj)
            return
        self._buf += b'\x8f'
        self.memoize(obj)
        if not obj:
            return
        save = self.save
        buf = self._buf
        it = iter(obj)
        while True:
            buf += b'('
            i = 0
            for item in it:
                save(item)
                i += 1
                if i == _BATCHSIZE:
                    break
            buf += b'\x90'
            if i != _BATCHSIZE:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce((frozenset, (list(obj),)), obj)
            return
        self._buf += b'('
        save = self.save
        for item in obj:
            save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            self._buf += b'1'
            self._memo_get(x[0])
            return
        self._buf += b'\x91'
        self.memoize(obj)

    # -- globals ---------------------------------------------------------------

    def save_type(self, obj):
        if obj is _NoneType:
            self.save_reduce((type, (None,)), obj)
        elif obj is _EllipsisType:
            self.save_reduce((type, (Ellipsis,)), obj)
        elif obj is _NotImplementedType:
            self.save_reduce((type, (NotImplemented,)), obj)
        else:
            self.save_global(obj)

    def save_global(self, obj, name=None):
        special = _SPECIAL_NAMES.get(id(obj))
        if special is not None:
            self._save_global_name(obj, special[0], special[1], None, True)
            return
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        dotted = name.split('.')
        if '<locals>' in dotted:
            raise AttributeError("Can't pickle local object %r" % (name,))
        module_name = _whichmodule(obj, name)
        try:
            module = _import_module(module_name)
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, dotted)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s "
                                "failed" % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object "
                                "as %s.%s" % (obj, module_name, name))
        self._save_global_name(obj, module_name, name, dotted,
                               parent is module)

    def _save_global_name(self, obj, module_name, name, dotted, toplevel):
        # module names are shared objects in CPython (interned); keep one
        # string object per module name so repeats become memo references
        module_name = self._modnames.setdefault(module_name, module_name)
        proto = self.proto
        if proto >= 2 and _extension_registry:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self._buf += bytes((0x82, code))
                elif code <= 0xffff:
                    self._buf += b'\x83' + code.to_bytes(2, 'little')
                else:
                    self._buf += b'\x84' + code.to_bytes(4, 'little')
                return
        if proto >= 4:
            self.save(module_name)
            self.save(self._canon_key(name))
            self._buf += b'\x93'
        elif not toplevel:
            module = _import_module(module_name)
            parent = _getattribute(module, dotted[:-1])[0]
            self.save_reduce((getattr, (parent, dotted[-1])))
        else:
            if self.fix_imports:
                r = _REVERSE_NAME_MAPPING.get((module_name, name))
                if r is not None:
                    module_name, name = r
                else:
                    module_name = _REVERSE_IMPORT_MAPPING.get(module_name,
                                                              module_name)
            enc = 'utf-8' if proto >= 3 else 'ascii'
            try:
                data = (b'c' + module_name.encode(enc) + b'\n' +
                        name.encode(enc) + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' "
                                    "using pickle protocol %i"
                                    % (module_name, name, proto)) from None
            self._buf += data
        self.memoize(obj)

    def save_function(self, obj):
        self.save_global(obj)


class _NewStub:
    """cls.__new__ as CPython pickles it: getattr(owner, '__new__')."""

    def __init__(self, owner):
        self.owner = owner

    def __reduce__(self):
        return (getattr, (self.owner, '__new__'))


_LATIN1 = 'latin1'

_ATOM_DISPATCH = {
    _NoneType: Pickler.save_none,
    bool: Pickler.save_bool,
    int: Pickler.save_long,
    float: Pickler.save_float,
}

_DISPATCH = {
    dict: Pickler.save_dict,
    list: Pickler.save_list,
    tuple: Pickler.save_tuple,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    bytearray: Pickler.save_bytearray,
    PickleBuffer: Pickler.save_picklebuffer,
    type: Pickler.save_type,
    _FunctionType: Pickler.save_function,
}


# ---------------------------------------------------------------------------
# Unpickler

class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding="ASCII", errors="strict",
    buffers=None)

    Reads a pickled object representation from a binary file."""

    __module__ = '_pickle'     # (as CPython's C implementation)

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        if file is _NOFILE:
            self._file_read = None
            self._file_readline = None
        else:
            try:
                self._file_read = file.read
                self._file_readline = file.readline
            except AttributeError:
                raise TypeError("file must have 'read' and 'readline' "
                                "attributes")
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports
        self._data = b''
        self._pos = 0
        self.stack = []
        self.metastack = []

    def load(self):
        """Read a pickled object representation from the open file."""
        if not hasattr(self, '_file_read'):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (type(self).__name__,))
        if self._file_read is not None:
            self._data = b''
            self._pos = 0
        self.metastack = []
        self.stack = []
        self.proto = 0
        self._pers_load = getattr(self, 'persistent_load', None)
        dispatch = _LOAD_DISPATCH
        try:
            while True:
                data = self._data
                pos = self._pos
                if pos < len(data):
                    op = data[pos]
                    self._pos = pos + 1
                else:
                    b = self._read_more(1, True)
                    op = b[0]
                f = dispatch[op]
                if f is None:
                    if 0x20 <= op <= 0x7e and op != 0x27 and op != 0x5c:
                        raise UnpicklingError("invalid load key, '%s'."
                                              % chr(op))
                    raise UnpicklingError("invalid load key, '\\x%02x'."
                                          % op)
                f(self)
        except _Stop as stopinst:
            return stopinst.value
        except IndexError:
            if not self.stack:
                if self.metastack:
                    raise UnpicklingError("unexpected MARK found") from None
                raise UnpicklingError("unpickling stack underflow") from None
            raise
        finally:
            if self._file_read is not None:
                self._data = b''
                self._pos = 0

    # -- input helpers ---------------------------------------------------------

    def _read(self, n):
        pos = self._pos
        end = pos + n
        data = self._data
        if end <= len(data):
            self._pos = end
            return data[pos:end]
        return self._read_more(n, False)

    def _read_more(self, n, opcode):
        data = self._data
        pos = self._pos
        if self._file_read is None:
            if opcode:
                raise _EOFError("Ran out of input")
            raise UnpicklingError("pickle data was truncated")
        if pos < len(data):
            raise UnpicklingError("pickle exhausted before end of frame")
        self._data = b''
        self._pos = 0
        b = self._file_read(n)
        if len(b) < n:
            if opcode and not b:
                raise _EOFError("Ran out of input")
            raise UnpicklingError("pickle data was truncated")
        return b

    def _readline(self):
        data = self._data
        pos = self._pos
        i = data.find(b'\n', pos)
        if i >= 0:
            self._pos = i + 1
            return data[pos:i + 1]
        if self._file_read is None:
            raise UnpicklingError("pickle data was truncated")
        if pos < len(data):
            raise UnpicklingError("pickle exhausted before end of frame")
        self._data = b''
        self._pos = 0
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def _pop_mark(self):
        items = self.stack
        try:
            self.stack = self.metastack.pop()
        except IndexError:
            raise UnpicklingError("could not find MARK") from None
        return items

    # -- globals -----------------------------------------------------------------

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            r = _NAME_MAPPING.get((module, name))
            if r is not None:
                module, name = r
            elif module in _IMPORT_MAPPING:
                module = _IMPORT_MAPPING[module]
        special = _SPECIAL_LOOKUP.get((module, name))
        if special is not None:
            return special
        mod = _import_module(module)
        try:
            if self.proto >= 4:
                return _getattribute(mod, name.split('.'))[0]
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r"
                                 % (name, mod)) from None

    def _get_extension(self, code):
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = _extension_cache.get(code, _MISSING)
        if obj is _MISSING:
            obj = self.find_class(*key)
            _extension_cache[code] = obj
        self.stack.append(obj)

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    # -- opcode handlers -----------------------------------------------------------

    def load_proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        size = int.from_bytes(self._read(8), 'little')
        if self._file_read is None:
            if self._pos + size > len(self._data):
                raise UnpicklingError("pickle data was truncated")
            return
        if self._pos < len(self._data):
            raise UnpicklingError("beginning of a new frame before end of "
                                  "current frame")
        data = self._file_read(size)
        if len(data) < size:
            raise UnpicklingError("pickle data was truncated")
        self._data = data
        self._pos = 0

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be "
                                  "ASCII strings") from None
        self.stack.append(self._persistent_load(pid))

    def load_binpersid(self):
        if self._pers_load is None:
            self._persistent_load(None)
        pid = self.stack.pop()
        self.stack.append(self._persistent_load(pid))

    def _persistent_load(self, pid):
        if self._pers_load is None:
            raise UnpicklingError("A load persistent id instruction was "
                                  "encountered,\nbut no persistent_load "
                                  "function was specified.")
        return self._pers_load(pid)

    def load_none(self):
        self.stack.append(None)

    def load_false(self):
        self.stack.append(False)

    def load_true(self):
        self.stack.append(True)

    def load_int(self):
        data = self._readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            try:
                val = int(data[:-1].decode('ascii'))
            except (ValueError, UnicodeDecodeError):
                raise ValueError("invalid literal for int() with base 10: %r"
                                 % (data[:-1],)) from None
        self.stack.append(val)

    def load_binint(self):
        self.stack.append(int.from_bytes(self._read(4), 'little',
                                         signed=True))

    def load_binint1(self):
        self.stack.append(self._read(1)[0])

    def load_binint2(self):
        self.stack.append(int.from_bytes(self._read(2), 'little'))

    def load_long(self):
        val = self._readline()[:-1]
        if val and val[-1] == 0x4c:
            val = val[:-1]
        self.stack.append(int(val.decode('ascii')))

    def load_long1(self):
        n = self._read(1)[0]
        self.stack.append(int.from_bytes(self._read(n), 'little',
                                         signed=True))

    def load_long4(self):
        n = int.from_bytes(self._read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.stack.append(int.from_bytes(self._read(n), 'little',
                                         signed=True))

    def load_float(self):
        self.stack.append(float(self._readline()[:-1].decode('ascii')))

    def load_binfloat(self):
        self.stack.append(_unpack('>d', self._read(8))[0])

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be "
                                  "quoted")
        self.stack.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n = int.from_bytes(self._read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.stack.append(self._decode_string(self._read(n)))

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.stack.append(self._decode_string(self._read(n)))

    def load_binbytes(self):
        n = int.from_bytes(self._read(4), 'little')
        self.stack.append(self._read(n))

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.stack.append(self._read(n))

    def load_binbytes8(self):
        n = int.from_bytes(self._read(8), 'little')
        self.stack.append(self._read(n))

    def load_bytearray8(self):
        n = int.from_bytes(self._read(8), 'little')
        self.stack.append(bytearray(self._read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.stack.append(buf)

    def load_readonly_buffer(self):
        buf = self.stack[-1]
        if isinstance(buf, PickleBuffer):
            buf = buf.raw()
        if isinstance(buf, bytearray):
            self.stack[-1] = bytes(buf)

    def load_unicode(self):
        self.stack.append(_raw_unicode_unescape(self._readline()[:-1]))

    def load_binunicode(self):
        n = int.from_bytes(self._read(4), 'little')
        self.stack.append(_decode_utf8(self._read(n)))

    def load_binunicode8(self):
        n = int.from_bytes(self._read(8), 'little')
        self.stack.append(_decode_utf8(self._read(n)))

    def load_short_binunicode(self):
        pos = self._pos
        data = self._data
        if pos < len(data):
            n = data[pos]
            end = pos + 1 + n
            if end <= len(data):
                self._pos = end
                self.stack.append(_decode_utf8(data[pos + 1:end]))
                return
        n = self._read(1)[0]
        self.stack.append(_decode_utf8(self._read(n)))

    def load_tuple(self):
        items = self._pop_mark()
        self.stack.append(tuple(items))

    def load_empty_tuple(self):
        self.stack.append(())

    def load_tuple1(self):
        stack = self.stack
        stack[-1] = (stack[-1],)

    def load_tuple2(self):
        stack = self.stack
        b = stack.pop()
        stack[-1] = (stack[-1], b)

    def load_tuple3(self):
        stack = self.stack
        c = stack.pop()
        b = stack.pop()
        stack[-1] = (stack[-1], b, c)

    def load_empty_list(self):
        self.stack.append([])

    def load_empty_dict(self):
        self.stack.append({})

    def load_empty_set(self):
        self.stack.append(set())

    def load_frozenset(self):
        items = self._pop_mark()
        self.stack.append(frozenset(items))

    def load_list(self):
        items = self._pop_mark()
        self.stack.append(items)

    def load_dict(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        d = {}
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
        self.stack.append(d)

    def _instantiate(self, klass, args):
        if not args and isinstance(klass, type) and \
                not hasattr(klass, '__getinitargs__'):
            value = klass.__new__(klass)
        else:
            value = klass(*args)
        self.stack.append(value)

    def load_inst(self):
        module = self._readline()[:-1].decode('ascii')
        name = self._readline()[:-1].decode('ascii')
        klass = self.find_class(module, name)
        self._instantiate(klass, tuple(self._pop_mark()))

    def load_obj(self):
        args = self._pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, tuple(args))

    def load_newobj(self):
        stack = self.stack
        args = stack.pop()
        cls = stack.pop()
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type "
                                  "object")
        stack.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        stack = self.stack
        kwargs = stack.pop()
        args = stack.pop()
        cls = stack.pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, "
                                  "not %s" % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, "
                                  "not %s" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, "
                                  "not %s" % type(kwargs).__name__)
        stack.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._readline()[:-1].decode('utf-8')
        name = self._readline()[:-1].decode('utf-8')
        self.stack.append(self.find_class(module, name))

    def load_stack_global(self):
        stack = self.stack
        name = stack.pop()
        module = stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        stack.append(self.find_class(module, name))

    def load_ext1(self):
        self._get_extension(self._read(1)[0])

    def load_ext2(self):
        self._get_extension(int.from_bytes(self._read(2), 'little'))

    def load_ext4(self):
        self._get_extension(int.from_bytes(self._read(4), 'little',
                                           signed=True))

    def load_reduce(self):
        stack = self.stack
        args = stack.pop()
        func = stack[-1]
        if type(args) is not tuple and not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        elif self.metastack:
            self._pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")

    def load_pop_mark(self):
        self._pop_mark()

    def load_dup(self):
        self.stack.append(self.stack[-1])

    def _memo_lookup(self, i):
        try:
            self.stack.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d"
                                  % i) from None

    def load_get(self):
        self._memo_lookup(int(self._readline()[:-1].decode('ascii')))

    def load_binget(self):
        pos = self._pos
        data = self._data
        if pos < len(data):
            self._pos = pos + 1
            i = data[pos]
        else:
            i = self._read(1)[0]
        try:
            self.stack.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d"
                                  % i) from None

    def load_long_binget(self):
        self._memo_lookup(int.from_bytes(self._read(4), 'little'))

    def load_put(self):
        i = int(self._readline()[:-1].decode('ascii'))
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self.stack[-1]

    def load_binput(self):
        i = self._read(1)[0]
        self.memo[i] = self.stack[-1]

    def load_long_binput(self):
        i = int.from_bytes(self._read(4), 'little')
        self.memo[i] = self.stack[-1]

    def load_memoize(self):
        memo = self.memo
        memo[len(memo)] = self.stack[-1]

    def load_append(self):
        stack = self.stack
        value = stack.pop()
        lst = stack[-1]
        if type(lst) is list:
            lst.append(value)
            return
        extend = getattr(lst, 'extend', None)
        if extend is not None:
            extend([value])
        else:
            lst.append(value)

    def load_appends(self):
        items = self._pop_mark()
        lst = self.stack[-1]
        if type(lst) is list:
            lst.extend(items)
            return
        extend = getattr(lst, 'extend', None)
        if extend is not None:
            extend(items)
        else:
            append = lst.append
            for item in items:
                append(item)

    def load_setitem(self):
        stack = self.stack
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value

    def load_setitems(self):
        items = self._pop_mark()
        d = self.stack[-1]
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self._pop_mark()
        s = self.stack[-1]
        if isinstance(s, set):
            s.update(items)
        else:
            add = s.add
            for item in items:
                add(item)

    def load_build(self):
        stack = self.stack
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for k, v in state.items():
                inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def load_stop(self):
        try:
            value = self.stack.pop()
        except IndexError:
            raise UnpicklingError("unpickling stack underflow") from None
        raise _Stop(value)


_LOAD_DISPATCH = [None] * 256
for _code, _name in (
        (MARK, 'load_mark'), (STOP, 'load_stop'), (POP, 'load_pop'),
        (POP_MARK, 'load_pop_mark'), (DUP, 'load_dup'),
        (FLOAT, 'load_float'), (INT, 'load_int'), (BININT, 'load_binint'),
        (BININT1, 'load_binint1'), (LONG, 'load_long'),
        (BININT2, 'load_binint2'), (NONE, 'load_none'),
        (PERSID, 'load_persid'), (BINPERSID, 'load_binpersid'),
        (REDUCE, 'load_reduce'), (STRING, 'load_string'),
        (BINSTRING, 'load_binstring'),
        (SHORT_BINSTRING, 'load_short_binstring'),
        (UNICODE, 'load_unicode'), (BINUNICODE, 'load_binunicode'),
        (APPEND, 'load_append'), (BUILD, 'load_build'),
        (GLOBAL, 'load_global'), (DICT, 'load_dict'),
        (EMPTY_DICT, 'load_empty_dict'), (APPENDS, 'load_appends'),
        (GET, 'load_get'), (BINGET, 'load_binget'), (INST, 'load_inst'),
        (LONG_BINGET, 'load_long_binget'), (LIST, 'load_list'),
        (EMPTY_LIST, 'load_empty_list'), (OBJ, 'load_obj'),
        (PUT, 'load_put'), (BINPUT, 'load_binput'),
        (LONG_BINPUT, 'load_long_binput'), (SETITEM, 'load_setitem'),
        (TUPLE, 'load_tuple'), (EMPTY_TUPLE, 'load_empty_tuple'),
        (SETITEMS, 'load_setitems'), (BINFLOAT, 'load_binfloat'),
        (PROTO, 'load_proto'), (NEWOBJ, 'load_newobj'),
        (EXT1, 'load_ext1'), (EXT2, 'load_ext2'), (EXT4, 'load_ext4'),
        (TUPLE1, 'load_tuple1'), (TUPLE2, 'load_tuple2'),
        (TUPLE3, 'load_tuple3'), (NEWTRUE, 'load_true'),
        (NEWFALSE, 'load_false'), (LONG1, 'load_long1'),
        (LONG4, 'load_long4'), (BINBYTES, 'load_binbytes'),
        (SHORT_BINBYTES, 'load_short_binbytes'),
        (SHORT_BINUNICODE, 'load_short_binunicode'),
        (BINUNICODE8, 'load_binunicode8'), (BINBYTES8, 'load_binbytes8'),
        (EMPTY_SET, 'load_empty_set'), (ADDITEMS, 'load_additems'),
        (FROZENSET, 'load_frozenset'), (NEWOBJ_EX, 'load_newobj_ex'),
        (STACK_GLOBAL, 'load_stack_global'), (MEMOIZE, 'load_memoize'),
        (FRAME, 'load_frame'), (BYTEARRAY8, 'load_bytearray8'),
        (NEXT_BUFFER, 'load_next_buffer'),
        (READONLY_BUFFER, 'load_readonly_buffer')):
    _LOAD_DISPATCH[_code[0]] = getattr(Unpickler, _name)


# ---------------------------------------------------------------------------
# shorthands

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    return Pickler(_NOFILE, protocol, fix_imports=fix_imports,
                   buffer_callback=buffer_callback)._dumpbytes(obj)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if not isinstance(data, bytes):
        data = bytes(data)
    u = Unpickler(_NOFILE, fix_imports=fix_imports, buffers=buffers,
                  encoding=encoding, errors=errors)
    u._data = data
    u._pos = 0
    return u.load()


# names the C accelerator module would provide
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads

# CPython's versions of these come from its _pickle accelerator module, unless the program
# blocked it (sys.modules['_pickle'] = None) and so has the pure-Python pickle
import sys as _sys
_accelerated = _sys.modules.get('_pickle', 0) is not None
for _f in (dump, dumps, load, loads):
    try:
        _f.__module__ = '_pickle' if _accelerated else 'pickle'
    except (AttributeError, TypeError):
        pass
if not _accelerated:
    for _c in (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler):
        _c.__module__ = 'pickle'
