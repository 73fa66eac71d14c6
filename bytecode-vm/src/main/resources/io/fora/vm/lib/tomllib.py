# SPDX-License-Identifier: Apache-2.0
"""tomllib for Fora: a TOML 1.0.0 reader with CPython 3.11's results and error messages.

loads(s, /, *, parse_float=float) and load(fp, /, *, parse_float=float) (fp a binary file object
such as io.BytesIO). Tables are dicts, arrays are lists, dates and times are datetime.date,
datetime.time and datetime.datetime (offset date-times carry a datetime.timezone). Errors raise
TOMLDecodeError (a ValueError) whose message ends with "(at line L, column C)" or
"(at end of document)", at the positions CPython reports.
"""

import re as _re
from datetime import date as _date, datetime as _datetime, time as _time, \
    timedelta as _timedelta, timezone as _timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    b = fp.read()
    try:
        s = b.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(s, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    # the spec allows reading "\r\n" as "\n" everywhere, strings included
    src = s.replace("\r\n", "\n")
    if parse_float is not float:
        parse_float = _checked_parse_float(parse_float)
    if _ASTRAL.search(src) is not None:
        return _loads_astral(src, parse_float)
    return _Parser(src, parse_float).document()


# Fora's re rebuilds index maps of the whole subject on every call when the text holds a
# character outside the BMP. Such a document is parsed with each of those characters replaced by
# a private-use character that it does not otherwise contain (one character for one, so every
# position is unchanged), and the strings of the result are mapped back.
_ASTRAL = _re.compile("[\U00010000-\U0010FFFF]")


def _loads_astral(src, parse_float):
    lowered = src.lower()
    forward = {}
    back = {}
    code = 0xE000
    for ch in sorted(set(_ASTRAL.findall(src))):
        while True:
            p = chr(code)
            code += 1
            if (p not in src and ("\\u%04x" % ord(p)) not in lowered
                    and ("\\u%08x" % ord(p)) not in lowered):
                break
        forward[ord(ch)] = p
        back[ord(p)] = ch
    try:
        data = _Parser(src.translate(forward), parse_float).document()
    except TOMLDecodeError as exc:
        msg = str(exc)
        for code, ch in back.items():
            msg = msg.replace(repr(chr(code))[1:-1], repr(ch)[1:-1])
        raise TOMLDecodeError(msg.translate(back)) from exc.__cause__
    return _restore(data, back)


def _restore(value, back):
    if isinstance(value, str):
        return value.translate(back)
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            out[k.translate(back)] = _restore(v, back)
        return out
    if isinstance(value, list):
        return [_restore(v, back) for v in value]
    return value


def _checked_parse_float(parse_float):
    def checked(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return checked


# ---------------------------------------------------------------------------------------------
# character classes and value patterns

_CTRL = "".join(chr(i) for i in range(32)) + "\x7f"
_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_KEY_START = _BARE | frozenset("\"'")
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_ILLEGAL_LINE = frozenset(_CTRL) - frozenset("\t")          # basic/literal strings, comments
_ILLEGAL_MULTI = frozenset(_CTRL) - frozenset("\t\n")       # multi-line strings

_WS_RUN = _re.compile("[ \t]*")
_WS_NL_RUN = _re.compile("[ \t\n]*")
_BARE_RUN = _re.compile("[A-Za-z0-9_-]*")
# where a basic string's plain run stops: a quote, a backslash or a control character
_BASIC_STOP = _re.compile('["\\\\\x00-\x08\x0a-\x1f\x7f]')
_MULTI_STOP = _re.compile('["\\\\\x00-\x08\x0b-\x1f\x7f]')
_ILLEGAL_LINE_RE = _re.compile("[\x00-\x08\x0a-\x1f\x7f]")
_ILLEGAL_MULTI_RE = _re.compile("[\x00-\x08\x0b-\x1f\x7f]")

_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
_NUMBER = _re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"((?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)")
_LOCAL_TIME = _re.compile(_TIME)
_DATETIME = _re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")

_ESCAPES = {
    "\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f", "\\r": "\r",
    '\\"': '"', "\\\\": "\\",
}

_tz_cache = {}


def _offset_tz(sign, hours, minutes):
    key = (sign, hours, minutes)
    tz = _tz_cache.get(key)
    if tz is None:
        k = 1 if sign == "+" else -1
        tz = _timezone(_timedelta(hours=k * int(hours), minutes=k * int(minutes)))
        _tz_cache[key] = tz
    return tz


def _micros(frac):
    return int(frac.ljust(6, "0")) if frac else 0


# ---------------------------------------------------------------------------------------------
# which keys may still be written: tables declared with a header, and frozen inline values

_FROZEN = 0      # an inline table or array: nothing may be added below it
_EXPLICIT = 1    # a table opened by a header or by dotted keys: no header may open it again


class _Marks:
    """Flags on key paths. A node is [own flags, flags for the whole subtree, children]."""

    def __init__(self):
        self.root = dict()
        self.pending = []

    def _node(self, key):
        cont = self.root
        node = None
        for k in key:
            node = cont.get(k)
            if node is None:
                node = cont[k] = [set(), set(), dict()]
            cont = node[2]
        return node

    def set(self, key, flag, recursive):
        self._node(key)[1 if recursive else 0].add(flag)

    def add_pending(self, key, flag):
        self.pending.append((key, flag))

    def finalize_pending(self):
        for key, flag in self.pending:
            self.set(key, flag, False)
        self.pending = []

    def unset_all(self, key):
        cont = self.root
        for k in key[slice(0, -1)]:
            node = cont.get(k)
            if node is None:
                return
            cont = node[2]
        cont.pop(key[-1], None)

    def has(self, key, flag):
        n = len(key)
        if n == 0:
            return False
        cont = self.root
        last = n - 1
        i = 0
        while i < n:
            node = cont.get(key[i])
            if node is None:
                return False
            if i == last:
                return flag in node[0] or flag in node[1]
            if flag in node[1]:
                return True
            cont = node[2]
            i += 1
        return False


def _nest(data, key, lists):
    """The table at key under data, made as needed; None where a value is in the way."""
    cont = data
    for k in key:
        if k not in cont:
            cont[k] = dict()
        cont = cont[k]
        if lists and isinstance(cont, list):
            cont = cont[-1]
        if not isinstance(cont, dict):
            return None
    return cont


# ---------------------------------------------------------------------------------------------
# the parser

class _Parser:
    """A TOML document being read: src, and self.pos, where the next read starts."""

    def __init__(self, src, parse_float):
        self.src = src
        self.parse_float = parse_float
        self.pos = 0

    def error(self, pos, msg):
        src = self.src
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            if line == 1:
                col = pos + 1
            else:
                col = pos - src.rindex("\n", 0, pos)
            where = "line %d, column %d" % (line, col)
        return TOMLDecodeError("%s (at %s)" % (msg, where))

    def skip_ws(self):
        self.pos = _WS_RUN.match(self.src, self.pos).end()

    def document(self):
        src = self.src
        n = len(src)
        data = dict()
        self.marks = _Marks()
        header = ()
        while True:
            self.skip_ws()
            pos = self.pos
            if pos >= n:
                break
            c = src[pos]
            if c == "\n":
                self.pos = pos + 1
                continue
            if c in _KEY_START:
                self.key_value_statement(data, header)
                self.skip_ws()
            elif c == "[":
                self.marks.finalize_pending()
                if src.startswith("[[", pos):
                    header = self.array_table_header(data)
                else:
                    header = self.table_header(data)
                self.skip_ws()
            elif c != "#":
                raise self.error(pos, "Invalid statement")
            self.skip_comment()
            pos = self.pos
            if pos >= n:
                break
            if src[pos] != "\n":
                raise self.error(pos, "Expected newline or end of document after a statement")
            self.pos = pos + 1
        return data

    # -- statements ---------------------------------------------------------------------------

    def key_value_statement(self, data, header):
        key = self.key()
        value = self.equals_value()
        pos = self.pos
        stem = key[-1]
        marks = self.marks
        nk = len(key)
        if nk > 1:
            for i in range(1, nk):
                sub = header + key[slice(0, i)]
                if marks.has(sub, _EXPLICIT):
                    raise self.error(pos, f"Cannot redefine namespace {sub}")
                marks.add_pending(sub, _EXPLICIT)
            full_parent = header + key[slice(0, -1)]
        else:
            full_parent = header
        if marks.has(full_parent, _FROZEN):
            raise self.error(pos, f"Cannot mutate immutable namespace {full_parent}")
        table = _nest(data, full_parent, True)
        if table is None:
            raise self.error(pos, "Cannot overwrite a value")
        if stem in table:
            raise self.error(pos, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            marks.set(header + key, _FROZEN, True)
        table[stem] = value

    def table_header(self, data):
        src = self.src
        self.pos += 1
        self.skip_ws()
        key = self.key()
        pos = self.pos
        marks = self.marks
        if marks.has(key, _EXPLICIT) or marks.has(key, _FROZEN):
            raise self.error(pos, f"Cannot declare {key} twice")
        marks.set(key, _EXPLICIT, False)
        if _nest(data, key, True) is None:
            raise self.error(pos, "Cannot overwrite a value")
        if not src.startswith("]", pos):
            raise self.error(pos, "Expected ']' at the end of a table declaration")
        self.pos = pos + 1
        return key

    def array_table_header(self, data):
        src = self.src
        self.pos += 2
        self.skip_ws()
        key = self.key()
        pos = self.pos
        marks = self.marks
        if marks.has(key, _FROZEN):
            raise self.error(pos, f"Cannot mutate immutable namespace {key}")
        marks.unset_all(key)
        marks.set(key, _EXPLICIT, False)
        table = _nest(data, key[slice(0, -1)], True)
        if table is None:
            raise self.error(pos, "Cannot overwrite a value")
        last = key[-1]
        if last in table:
            arr = table[last]
            if not isinstance(arr, list):
                raise self.error(pos, "Cannot overwrite a value")
            arr.append(dict())
        else:
            table[last] = [dict()]
        if not src.startswith("]]", pos):
            raise self.error(pos, "Expected ']]' at the end of an array declaration")
        self.pos = pos + 2
        return key

    def skip_comment(self):
        src = self.src
        pos = self.pos
        if pos < len(src) and src[pos] == "#":
            self.pos = self.skip_to(pos + 1, "\n", _ILLEGAL_LINE_RE, False)

    def skip_to(self, pos, expect, illegal, must_find):
        src = self.src
        end = src.find(expect, pos)
        if end < 0:
            end = len(src)
            if must_find:
                raise self.error(end, f"Expected {expect!r}")
        m = illegal.search(src, pos, end)
        if m is not None:
            raise self.error(m.start(), f"Found invalid character {src[m.start()]!r}")
        return end

    # -- keys ---------------------------------------------------------------------------------

    def equals_value(self):
        # after a key: '=', white space, a value
        src = self.src
        pos = self.pos
        if pos >= len(src) or src[pos] != "=":
            raise self.error(pos, "Expected '=' after a key in a key/value pair")
        self.pos = _WS_RUN.match(src, pos + 1).end()
        return self.value()

    def key(self):
        src = self.src
        ws = _WS_RUN.match
        part = self.key_part()
        self.pos = ws(src, self.pos).end()
        if self.pos >= len(src) or src[self.pos] != ".":
            return (part,)
        parts = [part]
        while self.pos < len(src) and src[self.pos] == ".":
            self.pos = ws(src, self.pos + 1).end()
            parts.append(self.key_part())
            self.pos = ws(src, self.pos).end()
        return tuple(parts)

    def key_part(self):
        src = self.src
        pos = self.pos
        c = src[pos] if pos < len(src) else None
        if c in _BARE:
            m = _BARE_RUN.match(src, pos)
            self.pos = m.end()
            return m.group()
        if c == "'":
            return self.literal_string()
        if c == '"':
            self.pos = pos + 1
            return self.basic_string(False)
        raise self.error(pos, "Invalid initial character for a key part")

    # -- values -------------------------------------------------------------------------------

    def value(self):
        src = self.src
        pos = self.pos
        c = src[pos] if pos < len(src) else None
        if c == '"':
            if src.startswith('"""', pos):
                return self.multiline_string(False)
            self.pos = pos + 1
            return self.basic_string(False)
        if c == "'":
            if src.startswith(_TRIPLE_APOS, pos):
                return self.multiline_string(True)
            return self.literal_string()
        if c == "t":
            if src.startswith("true", pos):
                self.pos = pos + 4
                return True
        elif c == "f":
            if src.startswith("false", pos):
                self.pos = pos + 5
                return False
        elif c == "[":
            return self.array()
        elif c == "{":
            return self.inline_table()
        if c is not None and c in "0123456789":
            m = _DATETIME.match(src, pos)
            if m is not None:
                value = self.datetime_value(m, pos)
                self.pos = m.end()
                return value
            m = _LOCAL_TIME.match(src, pos)
            if m is not None:
                self.pos = m.end()
                return _time(int(m.group(1)), int(m.group(2)), int(m.group(3)), _micros(m.group(4)))
        m = _NUMBER.match(src, pos)
        if m is not None:
            self.pos = m.end()
            if m.group(1):
                return self.parse_float(m.group())
            return int(m.group(), 0)
        return self.special_float(pos)

    def special_float(self, pos):
        src = self.src
        word = src[pos:pos + 3]
        if word == "inf" or word == "nan":
            self.pos = pos + 3
            return self.parse_float(word)
        word = src[pos:pos + 4]
        if word in ("-inf", "+inf", "-nan", "+nan"):
            self.pos = pos + 4
            return self.parse_float(word)
        raise self.error(pos, "Invalid value")

    def datetime_value(self, m, pos):
        day = int(m.group(3))
        year = int(m.group(1))
        if year < 1 or (day > 28 and day > _month_days(year, int(m.group(2)))):
            self.bad_datetime(m, pos)
        return _datetime_of(m)

    def bad_datetime(self, m, pos):
        try:
            _datetime_of(m)
        except ValueError as exc:
            raise self.error(pos, "Invalid date or datetime") from exc

    def skip_array_space(self):
        src = self.src
        while True:
            before = self.pos
            self.pos = _WS_NL_RUN.match(src, before).end()
            self.skip_comment()
            if self.pos == before:
                return

    def array(self):
        src = self.src
        items = []
        self.pos += 1
        self.skip_array_space()
        if src.startswith("]", self.pos):
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip_array_space()
            pos = self.pos
            c = src[pos] if pos < len(src) else ""
            if c == "]":
                self.pos = pos + 1
                return items
            if c != ",":
                raise self.error(pos, "Unclosed array")
            self.pos = pos + 1
            self.skip_array_space()
            if src.startswith("]", self.pos):
                self.pos += 1
                return items

    def inline_table(self):
        src = self.src
        table = dict()
        marks = None
        self.pos += 1
        self.skip_ws()
        if src.startswith("}", self.pos):
            self.pos += 1
            return table
        while True:
            key = self.key()
            value = self.equals_value()
            pos = self.pos
            stem = key[-1]
            if marks is not None and marks.has(key, _FROZEN):
                raise self.error(pos, f"Cannot mutate immutable namespace {key}")
            inner = _nest(table, key[slice(0, -1)], False) if len(key) > 1 else table
            if inner is None:
                raise self.error(pos, "Cannot overwrite a value")
            if stem in inner:
                raise self.error(pos, f"Duplicate inline table key {stem!r}")
            inner[stem] = value
            self.skip_ws()
            pos = self.pos
            c = src[pos] if pos < len(src) else ""
            if c == "}":
                self.pos = pos + 1
                return table
            if c != ",":
                raise self.error(pos, "Unclosed inline table")
            if isinstance(value, (dict, list)):
                if marks is None:
                    marks = _Marks()
                marks.set(key, _FROZEN, True)
            self.pos = pos + 1
            self.skip_ws()

    # -- strings ------------------------------------------------------------------------------

    def literal_string(self):
        start = self.pos + 1
        end = self.skip_to(start, "'", _ILLEGAL_LINE_RE, True)
        self.pos = end + 1
        return self.src[slice(start, end)]

    def multiline_string(self, literal):
        src = self.src
        pos = self.pos + 3
        if src.startswith("\n", pos):
            pos += 1
        if literal:
            quote = "'"
            end = self.skip_to(pos, _TRIPLE_APOS, _ILLEGAL_MULTI_RE, True)
            text = src[slice(pos, end)]
            pos = end + 3
        else:
            quote = '"'
            self.pos = pos
            text = self.basic_string(True)
            pos = self.pos
        # up to two quotes right before the closing delimiter belong to the string
        if not src.startswith(quote, pos):
            self.pos = pos
            return text
        pos += 1
        if not src.startswith(quote, pos):
            self.pos = pos
            return text + quote
        self.pos = pos + 1
        return text + quote + quote

    def basic_string(self, multiline):
        # self.pos is just past the opening quote(s)
        src = self.src
        stop = _MULTI_STOP if multiline else _BASIC_STOP
        pos = self.pos
        start = pos
        parts = None
        while True:
            m = stop.search(src, pos)
            if m is None:
                raise self.error(len(src), "Unterminated string")
            pos = m.start()
            c = src[pos]
            if c == '"':
                if not multiline or src.startswith('"""', pos):
                    text = src[slice(start, pos)]
                    self.pos = pos + (3 if multiline else 1)
                    if parts is None:
                        return text
                    parts.append(text)
                    return "".join(parts)
                pos += 1
                continue
            if c == "\\":
                if parts is None:
                    parts = []
                parts.append(src[slice(start, pos)])
                self.pos = pos
                parts.append(self.escape(multiline))
                pos = self.pos
                start = pos
                continue
            raise self.error(pos, f"Illegal character {c!r}")

    def escape(self, multiline):
        src = self.src
        pos = self.pos
        code = src[slice(pos, pos + 2)]
        pos += 2
        if multiline and (code == "\\ " or code == "\\\t" or code == "\\\n"):
            # a line-ending backslash: skip white space and newlines up to the next text
            if code != "\\\n":
                pos = _WS_RUN.match(src, pos).end()
                if pos >= len(src):
                    self.pos = pos
                    return ""
                if src[pos] != "\n":
                    raise self.error(pos, "Unescaped '\\' in a string")
                pos += 1
            self.pos = _WS_NL_RUN.match(src, pos).end()
            return ""
        self.pos = pos
        if code == "\\u":
            return self.hex_char(4)
        if code == "\\U":
            return self.hex_char(8)
        text = _ESCAPES.get(code)
        if text is None:
            raise self.error(pos, "Unescaped '\\' in a string")
        return text

    def hex_char(self, size):
        pos = self.pos
        digits = self.src[slice(pos, pos + size)]
        if len(digits) != size or not _HEX_DIGITS.issuperset(digits):
            raise self.error(pos, "Invalid hex value")
        pos += size
        code = int(digits, 16)
        if not (0 <= code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF):
            raise self.error(pos, "Escaped character is not a Unicode scalar value")
        self.pos = pos
        return chr(code)


_TRIPLE_APOS = "'" * 3


def _month_days(year, month):
    if month == 2:
        return 29 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _datetime_of(m):
    g = m.groups()
    year = int(g[0])
    month = int(g[1])
    day = int(g[2])
    if g[3] is None:
        return _date(year, month, day)
    if g[8]:
        tz = _offset_tz(g[8], g[9], g[10])
    elif g[7]:
        tz = _timezone.utc
    else:
        tz = None
    return _datetime(year, month, day, int(g[3]), int(g[4]), int(g[5]), _micros(g[6]), tz)
