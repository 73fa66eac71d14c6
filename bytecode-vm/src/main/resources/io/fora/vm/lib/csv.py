# csv for Fora: reading and writing CSV (CPython 3.11's module, in Python).
"""CSV file reading and writing (pure-Python implementation for Fora)."""

import re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3


class Error(Exception):
    pass


_field_limit = [128 * 1024]


def field_size_limit(*args):
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d"
                        % len(args))
    old = _field_limit[0]
    if args:
        new = args[0]
        if not isinstance(new, int):
            raise TypeError("limit must be an integer")
        _field_limit[0] = new
    return old


# ---------------------------------------------------------------------------
# Internal (validated) dialect object, equivalent of _csv.Dialect

_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator",
          "quotechar", "quoting", "skipinitialspace", "strict")


def _tname(v):
    return type(v).__name__


def _check_char(name, v, default):
    if v is None and default is not None and False:
        return default
    if not isinstance(v, str):
        raise TypeError('"%s" must be string, not %s' % (name, _tname(v)))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


def _check_char_or_none(name, v):
    if v is None:
        return None
    if not isinstance(v, str):
        raise TypeError('"%s" must be string or None, not %s'
                        % (name, _tname(v)))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


_UNSET = object()


class _Dialect(object):
    def __init__(self, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for "
                                "this function" % k)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            # a plain _Dialect with no overrides can be reused as is
        vals = {}
        for a in _ATTRS:
            v = kwargs.get(a, _UNSET)
            if v is _UNSET and dialect is not None:
                v = getattr(dialect, a, _UNSET)
            vals[a] = v

        def get(name, default):
            v = vals[name]
            return default if v is _UNSET else v

        delim = vals["delimiter"]
        if delim is _UNSET:
            delim = ","
        delim = _check_char("delimiter", delim, ",")
        doublequote = bool(get("doublequote", True))
        escapechar = _check_char_or_none("escapechar", get("escapechar", None))
        lt = get("lineterminator", "\r\n")
        if not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        qc = vals["quotechar"]
        if qc is _UNSET:
            qc = '"'
        qc = _check_char_or_none("quotechar", qc)
        quoting = vals["quoting"]
        quoting_given = quoting is not _UNSET
        if not quoting_given:
            quoting = QUOTE_MINIMAL
        if not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        quoting = int(quoting)
        skip = bool(get("skipinitialspace", False))
        strict = bool(get("strict", False))
        if qc is None and not quoting_given:
            quoting = QUOTE_NONE
        if quoting != QUOTE_NONE and qc is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if lt == "" and False:
            pass
        object.__setattr__(self, "_d_delimiter", delim)
        object.__setattr__(self, "_d_doublequote", doublequote)
        object.__setattr__(self, "_d_escapechar", escapechar)
        object.__setattr__(self, "_d_lineterminator", lt)
        object.__setattr__(self, "_d_quotechar", qc)
        object.__setattr__(self, "_d_quoting", quoting)
        object.__setattr__(self, "_d_skipinitialspace", skip)
        object.__setattr__(self, "_d_strict", strict)

    delimiter = property(lambda self: self._d_delimiter)
    doublequote = property(lambda self: self._d_doublequote)
    escapechar = property(lambda self: self._d_escapechar)
    lineterminator = property(lambda self: self._d_lineterminator)
    quotechar = property(lambda self: self._d_quotechar)
    quoting = property(lambda self: self._d_quoting)
    skipinitialspace = property(lambda self: self._d_skipinitialspace)
    strict = property(lambda self: self._d_strict)

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects "
                                 "is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'"
                             % name)


_dialects = {}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


# ---------------------------------------------------------------------------
# Reader

_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

_EOL = None  # sentinel "character" meaning end of an input line


class _Reader(object):

    def __init__(self, iterable, dialect, fmtparams):
        self._input = iter(iterable)
        self.dialect = _Dialect(dialect, **fmtparams)
        self.line_num = 0
        self._reset()

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        s = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            s = float(s)
        self._fields.append(s)

    def _add_char(self, c):
        if len(self._field) >= _field_limit[0]:
            raise Error("field larger than field limit (%d)" % _field_limit[0])
        self._field.append(c)

    def _process(self, c):
        d = self.dialect
        st = self._state
        if st == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            st = self._state = _START_FIELD
        if st == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
            return
        if st == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_FIELD
            return
        if st == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            st = _IN_FIELD
        if st == _IN_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                # note: state deliberately unchanged (may be AFTER_ESCAPED_CRNL)
                self._add_char(c)
            return
        if st == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    self._state = _QUOTE_IN_QUOTED_FIELD
                else:
                    self._state = _IN_FIELD
            else:
                self._add_char(c)
            return
        if st == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
            return
        if st == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'"
                            % (d.delimiter, d.quotechar))
            return
        if st == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")
            return

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            process = self._process
            for c in line:
                process(c)
            process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields


def reader(iterable, dialect=None, **fmtparams):
    return _Reader(iterable, dialect, fmtparams)


# ---------------------------------------------------------------------------
# Writer

def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__'))


class _Writer(object):

    def __init__(self, fileobj, dialect, fmtparams):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = _Dialect(dialect, **fmtparams)

    def _append(self, out, field, quoted, first):
        d = self.dialect
        buf = []
        if not first:
            out.append(d.delimiter)
        lt = d.lineterminator
        for c in field:
            want_escape = False
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar
                    or c in lt):
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            buf.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    buf.append(d.escapechar)
            buf.append(c)
        if quoted:
            out.append(d.quotechar)
            out.extend(buf)
            out.append(d.quotechar)
        else:
            out.extend(buf)

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %.200s" % type(row).__name__)
        out = []
        nfields = 0
        for field in it:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif d.quoting == QUOTE_ALL:
                quoted = True
            else:
                quoted = False
            if field is None:
                s = ""
            elif isinstance(field, str):
                s = field
            else:
                s = str(field)
            self._append(out, s, quoted, nfields == 0)
            nfields += 1
        if nfields > 0 and not "".join(out):
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            out = []
            self._append(out, "", True, True)
        out.append(d.lineterminator)
        return self._write("".join(out))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(fileobj, dialect=None, **fmtparams):
    return _Writer(fileobj, dialect, fmtparams)


# ---------------------------------------------------------------------------
# Dialect classes

class Dialect:
    """Describe a CSV dialect."""
    _name = ""
    _valid = False
    # placeholders
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


# ---------------------------------------------------------------------------
# Dict reader / writer

class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # read the header line if needed
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        nf = len(names)
        nr = len(row)
        if nf < nr:
            d[self.restkey] = row[nf:]
        elif nf > nr:
            for key in names[nr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


# ---------------------------------------------------------------------------
# Sniffer (simplified)

class Sniffer:
    """Deduce the format of a CSV file (simplified heuristics)."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample,
                                                                delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        matches = []
        for restr in (r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
                      r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
                      r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
                      r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)'):
            regexp = re.compile(restr, re.DOTALL | re.MULTILINE)
            matches = regexp.findall(data)
            if matches:
                break
        if not matches:
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        groupindex = regexp.groupindex
        for m in matches:
            n = groupindex['quote'] - 1
            key = m[n]
            if key:
                quotes[key] = quotes.get(key, 0) + 1
            try:
                n = groupindex['delim'] - 1
                key = m[n]
            except KeyError:
                continue
            if key and (delimiters is None or key in delimiters):
                delims[key] = delims.get(key, 0) + 1
            try:
                n = groupindex['space'] - 1
            except KeyError:
                continue
            if m[n]:
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        dq_regexp = re.compile(
            r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)"
            % {'delim': re.escape(delim), 'quote': quotechar}, re.MULTILINE)
        doublequote = bool(dq_regexp.search(data))
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        lines = [l for l in data.split('\n') if l]
        if not lines:
            return ('', 0)
        best = None
        bestscore = -1
        cands = delimiters if delimiters is not None else \
            [chr(i) for i in range(127) if not chr(i).isalnum()
             and chr(i) not in '\n\r"\'']
        for ch in cands:
            counts = [l.count(ch) for l in lines]
            if not counts or counts[0] == 0:
                continue
            consistent = sum(1 for c in counts if c == counts[0])
            score = consistent / len(counts)
            if score > bestscore or (score == bestscore and ch in self.preferred
                                     and (best not in self.preferred or
                                          self.preferred.index(ch) <
                                          self.preferred.index(best))):
                best, bestscore = ch, score
        if best is None:
            return ('', 0)
        skip = all(l.count(best) == l.count(best + ' ') for l in lines[:10])
        return (best, skip)

    def has_header(self, sample):
        rdr = reader(StringIO(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        columnTypes = {}
        for i in range(columns):
            columnTypes[i] = None
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(columnTypes.keys()):
                thisType = complex
                try:
                    thisType(row[col])
                except (ValueError, OverflowError):
                    thisType = len(row[col])
                if thisType != columnTypes[col]:
                    if columnTypes[col] is None:
                        columnTypes[col] = thisType
                    else:
                        del columnTypes[col]
        hasHeader = 0
        for col, colType in columnTypes.items():
            if type(colType) == type(0):
                if len(header[col]) != colType:
                    hasHeader += 1
                else:
                    hasHeader -= 1
            else:
                try:
                    colType(header[col])
                except (ValueError, TypeError):
                    hasHeader += 1
                else:
                    hasHeader -= 1
        return hasHeader > 0


# CPython's reader and writer are the C types _csv.reader and _csv.writer
_Reader.__name__ = _Reader.__qualname__ = 'reader'
_Writer.__name__ = _Writer.__qualname__ = 'writer'
_Reader.__module__ = _Writer.__module__ = '_csv'
