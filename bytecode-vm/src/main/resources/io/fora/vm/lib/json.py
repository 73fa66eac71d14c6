# SPDX-License-Identifier: Apache-2.0
"""json for Fora: dumps and loads with CPython 3.11's output, parsing and error messages.

dumps/JSONEncoder: skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent (int or
str), separators, default, cls; loads/JSONDecoder: object_hook, object_pairs_hook, parse_float,
parse_int, parse_constant, strict, cls; JSONDecodeError (a ValueError) with CPython's message
"MSG: line L column C (char P)". The decoder follows CPython's C scanner (which is what CPython
uses): numbers are ASCII digits only.

dump and load write to and read from a file-like object (io.StringIO, sys.stdout; open() is
refused). Limits: iterencode() builds the whole list of chunks before
returning an iterator over it (an error is raised by the call, not halfway through iteration);
loads accepts bytes only through their .decode('utf-8') and does not detect UTF-16/32.
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
            '\t': '\\t'}


def _escape_char(ch):
    # \uXXXX (two of them, a surrogate pair, beyond the BMP) for a character with no short escape
    n = ord(ch)
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff))


def py_encode_basestring(s):
    """The JSON representation of str s (non-ASCII characters kept)."""
    out = ['"']
    start = 0
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch < ' ' or ch == '"' or ch == '\\':
            if start < i:
                out.append(s[start:i])
            esc = _ESCAPES.get(ch)
            out.append(esc if esc is not None else _escape_char(ch))
            start = i + 1
        i += 1
    if start < n:
        out.append(s[start:])
    out.append('"')
    return ''.join(out)


def py_encode_basestring_ascii(s):
    """The ASCII-only JSON representation of str s."""
    out = ['"']
    start = 0
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch < ' ' or ch > '~' or ch == '"' or ch == '\\':
            if start < i:
                out.append(s[start:i])
            esc = _ESCAPES.get(ch)
            out.append(esc if esc is not None else _escape_char(ch))
            start = i + 1
        i += 1
    if start < n:
        out.append(s[start:])
    out.append('"')
    return ''.join(out)


# the escaping per character, done in Java (as CPython's C accelerator does it)
from _json import encode_basestring as c_encode_basestring
from _json import encode_basestring_ascii as c_encode_basestring_ascii
from _json import scanstring_fast as _scanstring_fast
from _json import encode_fast as _encode_fast
from _json import scan_fast as _scan_fast

encode_basestring = c_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON encoder: override default() to serialise other types."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        else:
            self.item_separator = ', '
            self.key_separator = ': '
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % type(o).__name__)

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return c_encode_basestring_ascii(o)
            return c_encode_basestring(o)
        if self.indent is None and type(self).iterencode is JSONEncoder.iterencode:
            # in one go, in Java (as CPython's C encoder does it when there is no indent)
            return _encode_fast(o, self.default, self.ensure_ascii, self.check_circular, self.allow_nan,
                                self.key_separator, self.item_separator, self.sort_keys, self.skipkeys)
        return ''.join(self._chunks(o, True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, as an iterator over pieces of it."""
        return iter(self._chunks(o, _one_shot))

    def _chunks(self, o, one_shot):
        state = _EncodeState(self, one_shot)
        state.encode(o, 0)
        return state.out


class _EncodeState(object):
    # One encoding run: the settings, the output pieces and the ids of the containers being
    # encoded (for check_circular).

    def __init__(self, encoder, one_shot):
        self.markers = {} if encoder.check_circular else None
        self.encode_str = c_encode_basestring_ascii if encoder.ensure_ascii else c_encode_basestring
        self.allow_nan = encoder.allow_nan
        self.default = encoder.default
        indent = encoder.indent
        # CPython encodes with its C encoder in one go without indent, with Python code otherwise;
        # only their messages for out-of-range floats differ.
        self.short_float_error = one_shot and indent is None
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.key_separator = encoder.key_separator
        self.item_separator = encoder.item_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.out = []

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == PosInf:
            text = 'Infinity'
        elif o == NegInf:
            text = '-Infinity'
        else:
            return repr(float(o))
        if not self.allow_nan:
            if self.short_float_error:
                raise ValueError('Out of range float values are not JSON compliant')
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(float(o)))
        return text

    def atom(self, o):
        # The text of a scalar, or None when o is not one.
        if isinstance(o, str):
            return self.encode_str(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return repr(int(o))
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def enter(self, o):
        markers = self.markers
        if markers is not None:
            markerid = id(o)
            if markerid in markers:
                raise ValueError('Circular reference detected')
            markers[markerid] = o

    def leave(self, o):
        if self.markers is not None:
            self.markers.pop(id(o))

    def encode(self, o, level):
        text = self.atom(o)
        if text is not None:
            self.out.append(text)
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level)
        elif isinstance(o, dict):
            self.encode_dict(o, level)
        else:
            self.enter(o)
            self.encode(self.default(o), level)
            self.leave(o)

    def encode_list(self, lst, level):
        out = self.out
        if not lst:
            out.append('[]')
            return
        self.enter(lst)
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator = self.item_separator + newline_indent
            out.append('[' + newline_indent)
        else:
            newline_indent = None
            separator = self.item_separator
            out.append('[')
        first = True
        for value in lst:
            if first:
                first = False
            else:
                out.append(separator)
            self.encode(value, level)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append(']')
        self.leave(lst)

    def encode_dict(self, dct, level):
        out = self.out
        if not dct:
            out.append('{}')
            return
        self.enter(dct)
        out.append('{')
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            item_separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
        if self.sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = repr(int(key))
            elif self.skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, not %s'
                                % type(key).__name__)
            if first:
                first = False
            else:
                out.append(item_separator)
            out.append(self.encode_str(key))
            out.append(self.key_separator)
            self.encode(value, level)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append('}')
        self.leave(dct)


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialise obj to a JSON formatted str."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None and not sort_keys
            and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialise obj as a JSON formatted stream to fp (an object with a .write(str) method)."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None and not sort_keys
            and not kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                       check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                       separators=separators, default=default, sort_keys=sort_keys,
                       **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


# ---------------------------------------------------------------------------------------------
# Decoding

class JSONDecodeError(ValueError):
    """A ValueError with the position of the problem: msg, doc, pos, lineno, colno."""

    __module__ = "json.decoder"  # where CPython defines it: tracebacks print json.decoder.JSONDecodeError

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        super().__init__(errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_WS = ' \t\n\r'
_HEX = {}
for _i, _c in enumerate('0123456789abcdef'):
    _HEX[_c] = _i
    _HEX[_c.upper()] = _i
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                   't': '\t'}


def _constant(name):
    return _CONSTANTS[name]


class _Stop(Exception):
    # No JSON value starts at pos.
    def __init__(self, pos):
        super().__init__(pos)
        self.pos = pos


def _skip_ws(s, i, n):
    while i < n and s[i] in _WS:
        i += 1
    return i


def _hex4(s, start):
    # The value of the 4 hex digits at s[start:start+4], or -1.
    value = 0
    for k in range(start, start + 4):
        d = _HEX.get(s[k])
        if d is None:
            return -1
        value = value * 16 + d
    return value


def scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at end - 1: (str, index after it)."""
    found = _scanstring_fast(s, end, strict)
    if found is not None:
        return found
    return py_scanstring(s, end, strict)


def py_scanstring(s, end, strict=True):
    """scanstring in Python: what reports a malformed string's error."""
    n = len(s)
    if end < 0 or n < end:
        raise ValueError('end is out of bounds')
    begin = end - 1
    chunks = []
    while True:
        c = ''
        nxt = end
        while nxt < n:
            c = s[nxt]
            if c == '"' or c == '\\':
                break
            if strict and c <= '\x1f':
                raise JSONDecodeError('Invalid control character at', s, nxt)
            nxt += 1
        if not (c == '"' or c == '\\') or nxt >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if nxt != end:
            chunks.append(s[end:nxt])
        nxt += 1
        if c == '"':
            end = nxt
            break
        if nxt == n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        c = s[nxt]
        if c != 'u':
            end = nxt + 1
            esc = _SIMPLE_ESCAPES.get(c)
            if esc is None:
                raise JSONDecodeError('Invalid \\escape', s, end - 2)
            chunks.append(esc)
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, nxt - 1)
        uni = _hex4(s, nxt)
        if uni < 0:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, end - 5)
        if 0xd800 <= uni <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            uni2 = _hex4(s, end + 2)
            if uni2 < 0:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        chunks.append(chr(uni))
    return ''.join(chunks), end


def _is_digit(ch):
    return '0' <= ch <= '9'


class _Scanner(object):
    # The parser of one decoder: scan(s, idx) answers (value, index after it) or raises _Stop.

    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant

    def scan(self, s, idx):
        n = len(s)
        if idx < 0:
            raise ValueError('idx cannot be negative')
        if idx >= n:
            raise _Stop(idx)
        ch = s[idx]
        if ch == '"':
            return scanstring(s, idx + 1, self.strict)
        if ch == '{':
            return self.parse_object(s, idx + 1, n)
        if ch == '[':
            return self.parse_array(s, idx + 1, n)
        if ch == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if ch == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if ch == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if ch == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        if ch == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        if ch == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        return self.parse_number(s, idx, n)

    def parse_number(self, s, start, n):
        idx = start
        if s[idx] == '-':
            idx += 1
            if idx >= n:
                raise _Stop(start)
        ch = s[idx]
        if '1' <= ch <= '9':
            idx += 1
            while idx < n and _is_digit(s[idx]):
                idx += 1
        elif ch == '0':
            idx += 1
        else:
            raise _Stop(start)
        is_float = False
        if idx < n - 1 and s[idx] == '.' and _is_digit(s[idx + 1]):
            is_float = True
            idx += 2
            while idx < n and _is_digit(s[idx]):
                idx += 1
        if idx < n - 1 and (s[idx] == 'e' or s[idx] == 'E'):
            e_start = idx
            idx += 1
            if idx < n - 1 and (s[idx] == '-' or s[idx] == '+'):
                idx += 1
            while idx < n and _is_digit(s[idx]):
                idx += 1
            if _is_digit(s[idx - 1]):
                is_float = True
            else:
                idx = e_start
        numstr = s[start:idx]
        if is_float:
            return self.parse_float(numstr), idx
        return self.parse_int(numstr), idx

    def parse_object(self, s, idx, n):
        pairs = []
        idx = _skip_ws(s, idx, n)
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes', s, idx)
                key, idx = scanstring(s, idx + 1, self.strict)
                idx = _skip_ws(s, idx, n)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
                value, idx = self.scan(s, idx)
                pairs.append((key, value))
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx + 1
        obj = {}
        for key, value in pairs:
            obj[key] = value
        if self.object_hook is not None:
            obj = self.object_hook(obj)
        return obj, idx + 1

    def parse_array(self, s, idx, n):
        values = []
        idx = _skip_ws(s, idx, n)
        if idx >= n or s[idx] != ']':
            while True:
                value, idx = self.scan(s, idx)
                values.append(value)
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
        return values, idx + 1


class JSONDecoder(object):
    """Simple JSON decoder: decode(s) answers the Python value of the JSON document s."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        n = len(s)
        obj, end = self.raw_decode(s, _skip_ws(s, 0, n))
        end = _skip_ws(s, end, n)
        if end != n:
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value that starts at s[idx]: (value, index after it)."""
        if (self.object_hook is None and self.object_pairs_hook is None and self.parse_float is float
                and self.parse_int is int and self.parse_constant is _constant and type(s) is str):
            # a well-formed document with the default hooks is read in Java; anything else here
            found = _scan_fast(s, idx, self.strict)
            if found is not None:
                return found
        try:
            return _Scanner(self).scan(s, idx)
        except _Stop as err:
            raise JSONDecodeError('Expecting value', s, err.pos) from None


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialise s (a str holding a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif hasattr(s, 'decode') and type(s).__name__ in ('bytes', 'bytearray'):
        s = s.decode('utf-8', 'surrogatepass')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, not %s'
                        % type(s).__name__)
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialise fp (an object with a .read() method holding a JSON document) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
