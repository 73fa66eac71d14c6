# SPDX-License-Identifier: Apache-2.0
"""Logging for Fora programs (pure Python).

An independent implementation of the documented behaviour of CPython 3.11's
``logging`` package: levels, the logger hierarchy with propagation, records,
handlers, formatters (``%``, ``{`` and ``$`` styles), filters, ``basicConfig``
and the module-level convenience functions.

Differences forced by Fora's pure computations:

* There is no clock: ``LogRecord.created`` is ``0.0`` and ``msecs`` and
  ``relativeCreated`` are ``0.0``, so ``%(asctime)s`` always formats the Unix
  epoch, in UTC: ``1970-01-01 00:00:00,000`` (with ``datefmt`` the epoch is
  formatted with that strftime format).
* A record's caller (``pathname``, ``filename``, ``module``, ``lineno``,
  ``funcName``, ``stack_info``) comes from the interpreter's stack
  (``_fora_traceback.stack``), as CPython's ``findCaller`` finds it, with
  ``stacklevel``; where compiled code runs activations without frames (a hot
  function compiled by tier 1, the pieces of a parallel call) it is not known:
  ``'(unknown file)'``, ``0``, ``'(unknown function)'``, as CPython answers
  without frames.  ``thread``/``process`` are ``0``,
  ``threadName`` is ``'MainThread'`` and ``processName`` ``'MainProcess'``.
* No files: ``FileHandler`` (and ``basicConfig(filename=...)``) raise
  ``NotImplementedError``.  Writes to ``sys.stderr`` (the default stream and
  the ``lastResort`` handler) are discarded by Fora.
* Tracebacks cannot be rendered (Fora exceptions carry no ``__traceback__``):
  a record's exception text is just the ``Type: message`` line, which is
  what CPython prints for an exception that has no traceback.
  ``exception()``/``exc_info=True`` without an explicit exception only work
  when the interpreter offers ``sys.exc_info`` (Fora does not yet: then no
  exception text is added).
"""

import io
import sys
import _fora_traceback as _vm


def _srcfile_of():
    return _srcfile_of.__code__.co_filename


# this module's file: its frames are not a record's caller (CPython's _srcfile)
_srcfile = _srcfile_of()


def _is_internal_frame(filename):
    return filename == _srcfile or ("importlib" in filename and "_bootstrap" in filename)

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger',
           'getLoggerClass', 'info', 'log', 'makeLogRecord',
           'setLoggerClass', 'shutdown', 'warn', 'warning',
           'getLogRecordFactory', 'setLogRecordFactory', 'lastResort',
           'raiseExceptions', 'getLevelNamesMapping']

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

# ---------------------------------------------------------------------------
# Levels

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """Name of a numeric level, the number of a level name, else 'Level N'."""
    name = _levelToName.get(level)
    if name is not None:
        return name
    name = _nameToLevel.get(level)
    if name is not None:
        return name
    return "Level %s" % level


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


def _is_mapping(obj):
    if isinstance(obj, dict):
        return True
    return (hasattr(obj, "keys") and hasattr(obj, "__getitem__")
            and hasattr(obj, "__len__") and not isinstance(obj, (str, list,
                                                                  tuple)))


# ---------------------------------------------------------------------------
# Time formatting (the clock is not available; times are seconds since the
# epoch, rendered in UTC)

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
           "Oct", "Nov", "Dec")


def _utc_fields(secs):
    whole = int(secs // 1)
    days, rest = divmod(whole, 86400)
    hh, rest = divmod(rest, 3600)
    mi, ss = divmod(rest, 60)
    # civil-from-days, counting from 1970-01-01
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    if m <= 2:
        y += 1
    return y, m, d, hh, mi, ss


def _format_time(secs, datefmt):
    y, m, d, hh, mi, ss = _utc_fields(secs)
    if datefmt is None or datefmt == '%Y-%m-%d %H:%M:%S':
        return "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, d, hh, mi, ss)
    try:
        import datetime as _dt
    except ImportError:
        _dt = None
    if _dt is not None:
        return _dt.datetime(y, m, d, hh, mi, ss).strftime(datefmt)
    return "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, d, hh, mi, ss)


# ---------------------------------------------------------------------------
# Records

_startTime = 0.0


class LogRecord(object):
    """Everything about one logging event."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        self.name = name
        self.msg = msg
        if (args and len(args) == 1 and _is_mapping(args[0]) and args[0]):
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = pathname
        self.module = pathname
        if isinstance(pathname, str):
            base = pathname.replace("\\", "/").rsplit("/", 1)[-1]
            self.filename = base
            dot = base.rfind(".")
            self.module = base[:dot] if dot > 0 else base
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = 0.0
        self.msecs = 0.0
        self.relativeCreated = 0.0
        if logThreads:
            self.thread = 0
            self.threadName = "MainThread"
        else:
            self.thread = None
            self.threadName = None
        if logMultiprocessing:
            self.processName = "MainProcess"
        else:
            self.processName = None
        if logProcesses:
            self.process = 0
        else:
            self.process = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    for k, v in dict.items():
        setattr(rv, k, v)
    return rv


# ---------------------------------------------------------------------------
# Formatting styles

_TEMPLATE_RE = None


def _template_re():
    global _TEMPLATE_RE
    if _TEMPLATE_RE is None:
        import re
        _TEMPLATE_RE = re.compile(
            r"\$(?:(?P<escaped>\$)|(?P<named>[_a-zA-Z][_a-zA-Z0-9]*)"
            r"|\{(?P<braced>[_a-zA-Z][_a-zA-Z0-9]*)\}|(?P<invalid>))")
    return _TEMPLATE_RE


_PERCENT_RE = None


def _percent_re():
    global _PERCENT_RE
    if _PERCENT_RE is None:
        import re
        _PERCENT_RE = re.compile(
            r"%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]", re.I)
    return _PERCENT_RE


def _record_values(record, defaults):
    values = record.__dict__
    if defaults:
        merged = dict(defaults)
        merged.update(values)
        return merged
    return values


class PercentStyle(object):

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        if not _percent_re().search(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _format(self, record):
        return self._fmt % _record_values(record, self._defaults)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s'
                             % (e,))


class StrFormatStyle(PercentStyle):

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**_record_values(record, self._defaults))

    def validate(self):
        fields = set()
        fmt = self._fmt
        i = 0
        n = len(fmt)
        while i < n:
            c = fmt[i]
            if c == "{":
                if i + 1 < n and fmt[i + 1] == "{":
                    i += 2
                    continue
                j = fmt.find("}", i)
                if j < 0:
                    raise ValueError('invalid format: %s'
                                     % "expected '}' before end of string")
                field = fmt[i + 1:j]
                name = field
                for sep in ("!", ":"):
                    k = name.find(sep)
                    if k >= 0:
                        name = name[:k]
                conv_k = field.find("!")
                if conv_k >= 0:
                    conv = field[conv_k + 1:].split(":", 1)[0]
                    if conv not in ("r", "s", "a"):
                        raise ValueError('invalid conversion: %r' % conv)
                base = name
                for sep in (".", "["):
                    k = base.find(sep)
                    if k >= 0:
                        base = base[:k]
                if not base.isidentifier():
                    raise ValueError('invalid field name/expression: %r'
                                     % name)
                fields.add(base)
                i = j + 1
            elif c == "}":
                if i + 1 < n and fmt[i + 1] == "}":
                    i += 2
                    continue
                raise ValueError("invalid format: Single '}' encountered in "
                                 "format string")
            else:
                i += 1
        if not fields:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        fields = set()
        for m in _template_re().finditer(self._fmt):
            d = m.groupdict()
            if d['named']:
                fields.add(d['named'])
            elif d['braced']:
                fields.add(d['braced'])
            elif m.group(0) == '$':
                raise ValueError('invalid format: bare \'$\' not allowed')
        if not fields:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        values = _record_values(record, self._defaults)

        def repl(m):
            d = m.groupdict()
            if d['escaped'] is not None:
                return '$'
            key = d['named'] or d['braced']
            if key is None:
                raise ValueError('Invalid placeholder in string')
            return str(values[key])
        return _template_re().sub(repl, self._fmt)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


def _exception_text(ei):
    """Render an exc_info triple (no tracebacks are available in Fora)."""
    etype, value = ei[0], ei[1]
    if etype is None and value is not None:
        etype = type(value)
    if etype is None:
        return "NoneType: None"
    tb_text = None
    try:
        import traceback
        tb_text = "".join(traceback.format_exception(etype, value, ei[2]))
    except Exception:
        tb_text = None
    if tb_text:
        return tb_text.rstrip("\n")
    name = getattr(etype, "__qualname__", None) or etype.__name__
    mod = getattr(etype, "__module__", None)
    if mod not in (None, "__main__", "builtins"):
        name = mod + "." + name
    text = str(value) if value is not None else ""
    line = "%s: %s" % (name, text) if text else name
    if ei[2] is None:
        # what traceback.format_exception prints when there is no traceback
        return line
    return "Traceback (most recent call last):\n" + line


class Formatter(object):
    """Turns a LogRecord into text."""

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s'
                             % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def converter(self, secs):
        return _utc_fields(secs)

    def formatTime(self, record, datefmt=None):
        if datefmt:
            return _format_time(record.created, datefmt)
        s = _format_time(record.created, self.default_time_format)
        if self.default_msec_format:
            s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        return _exception_text(ei)

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: header, each record, footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv


# ---------------------------------------------------------------------------
# Filters

class Filter(object):
    """Passes records from the logger `name` and its descendants."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        if self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen:self.nlen + 1] == "."


class Filterer(object):
    """Base of loggers and handlers: holds a list of filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
        return True


# ---------------------------------------------------------------------------
# Handlers

_handlers = {}
_handlerList = []


class Handler(Filterer):
    """Dispatches records to a destination."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _handlerList.append(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        if self._name in _handlers:
            del _handlers[self._name]
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        fmt = self.formatter
        if fmt is None:
            fmt = _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        rv = self.filter(record)
        if rv:
            self.emit(record)
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name and self._name in _handlers:
            del _handlers[self._name]

    def handleError(self, record):
        if raiseExceptions and sys.stderr:
            try:
                sys.stderr.write('--- Logging error ---\n')
                sys.stderr.write('Message: %r\nArguments: %s\n'
                                 % (record.msg, record.args))
            except Exception:
                pass

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s (%s)>' % (self.__class__.__name__, level)


class StreamHandler(Handler):
    """Writes formatted records, each followed by a newline, to a stream."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        stream = self.stream
        if stream and hasattr(stream, "flush"):
            stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            self.stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        result = self.stream
        self.flush()
        self.stream = stream
        return result

    def __repr__(self):
        level = getLevelName(self.level)
        name = _stream_name(self.stream)
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, level)


def _stream_name(stream):
    if stream is sys.stderr:
        return '<stderr>'
    if stream is sys.stdout:
        return '<stdout>'
    try:
        return str(getattr(stream, 'name', ''))
    except Exception:
        return ''


class FileHandler(StreamHandler):
    """Not available: Fora computations cannot write files."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        raise NotImplementedError(
            "logging.FileHandler(%r) writes a file, which Fora computations "
            "do not do; use StreamHandler(sys.stdout) or an io.StringIO"
            % (filename,))


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is at the time (used by lastResort)."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Does nothing; lets libraries avoid the 'no handlers' message."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


# ---------------------------------------------------------------------------
# Loggers and the hierarchy

_loggerClass = None


class Manager(object):
    """Holds the logger hierarchy."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        rv = self.loggerDict.get(name)
        if rv is not None:
            return rv
        cls = self.loggerClass or _loggerClass
        rv = cls(name)
        rv.manager = self
        self.loggerDict[name] = rv
        self._attach(rv)
        return rv

    def _attach(self, logger):
        name = logger.name
        # parent: the nearest existing ancestor, else the root
        parent = None
        i = name.rfind(".")
        while i > 0 and parent is None:
            cand = self.loggerDict.get(name[:i])
            if cand is not None:
                parent = cand
            i = name.rfind(".", 0, i)
        logger.parent = parent if parent is not None else self.root
        # existing descendants whose parent is above us now hang below us
        prefix = name + "."
        for other in self.loggerDict.values():
            if other is logger or not other.name.startswith(prefix):
                continue
            p = other.parent
            if p is None or p is self.root or not p.name.startswith(prefix):
                other.parent = logger

    def setLoggerClass(self, klass):
        if klass != Logger and not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: "
                            + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _clear_cache(self):
        for logger in self.loggerDict.values():
            logger._cache.clear()
        self.root._cache.clear()


class Logger(Filterer):
    """A named channel for logging events."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    # logging calls ---------------------------------------------------------
    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        # the running frames, outermost first (_fora_traceback.stack): the caller is the
        # stacklevel-th frame outside this module, counting outward; the outermost one when the
        # stack is not that deep, as CPython's walk stops there
        # when compiled code runs activations without frames (a hot function, a piece of a
        # parallel call), the stack misses some and the caller is not known: the placeholders
        frames = _vm.stack(True)
        if not frames:
            return "(unknown file)", 0, "(unknown function)", None
        own = [i for i, e in enumerate(frames) if not _is_internal_frame(e[0])]
        at = own[-stacklevel] if 0 < stacklevel <= len(own) else (own[0] if own else 0)
        if stacklevel <= 0:
            at = own[-1] if own else len(frames) - 1
        fn, lno, func = frames[at]
        sinfo = None
        if stack_info:
            import traceback
            lines = traceback.format_list([(f, n, c, None) for f, n, c in frames[:at + 1]])
            sinfo = "Stack (most recent call last):\n" + "".join(lines)
            if sinfo[-1] == "\n":
                sinfo = sinfo[:-1]
        return fn, lno, func, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info,
                               func, sinfo)
        if extra is not None:
            existing = rv.__dict__
            for key in extra:
                if key in ("message", "asctime") or key in existing:
                    raise KeyError("Attempt to overwrite %r in LogRecord"
                                   % key)
                setattr(rv, key, extra[key])
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False, stacklevel=1):
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info,
                            getattr(exc_info, "__traceback__", None))
            elif not isinstance(exc_info, tuple):
                getter = getattr(sys, "exc_info", None)
                exc_info = getter() if getter is not None else \
                    (None, None, None)
                if exc_info[0] is None:
                    exc_info = None
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    # handlers ----------------------------------------------------------------
    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                break
            c = c.parent
        return False

    def callHandlers(self, record):
        c = self
        found = 0
        levelno = record.levelno
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger"
                                 " \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    # levels --------------------------------------------------------------------
    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            if self.manager.disable >= level:
                is_enabled = self._cache[level] = False
            else:
                is_enabled = self._cache[level] = (
                    level >= self.getEffectiveLevel())
            return is_enabled

    def getChild(self, suffix):
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)


class RootLogger(Logger):
    """The root of the hierarchy; its name is 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger


def setLoggerClass(klass):
    global _loggerClass
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: "
                            + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class LoggerAdapter(object):
    """Adds contextual information (``extra``) to a logger's calls."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info,
                                extra=extra, stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, logger.name, level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---------------------------------------------------------------------------
# Configuration and module-level helpers

def basicConfig(**kwargs):
    """Give the root logger a handler, unless it already has one."""
    force = kwargs.pop('force', False)
    kwargs.pop('encoding', None)
    kwargs.pop('errors', 'backslashreplace')
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if len(root.handlers) == 0:
        handlers = kwargs.pop("handlers", None)
        if handlers is None:
            if "stream" in kwargs and "filename" in kwargs:
                raise ValueError("'stream' and 'filename' should not be "
                                 "specified together")
        else:
            if "stream" in kwargs or "filename" in kwargs:
                raise ValueError("'stream' or 'filename' should not be "
                                 "specified together with 'handlers'")
        if handlers is None:
            filename = kwargs.pop("filename", None)
            kwargs.pop("filemode", 'a')
            if filename:
                h = FileHandler(filename)
            else:
                stream = kwargs.pop("stream", None)
                h = StreamHandler(stream)
            handlers = [h]
        dfs = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", '%')
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s'
                             % ','.join(_STYLES.keys()))
        fs = kwargs.pop("format", _STYLES[style][1])
        fmt = Formatter(fs, dfs, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(fmt)
            root.addHandler(h)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            keys = ', '.join(kwargs.keys())
            raise ValueError('Unrecognised argument(s): %s' % keys)


def getLogger(name=None):
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=None):
    if handlerList is None:
        handlerList = _handlerList
    for h in reversed(handlerList[:]):
        try:
            h.flush()
            h.close()
        except (OSError, ValueError):
            pass
        except Exception:
            if raiseExceptions:
                raise


def captureWarnings(capture):
    """The warnings module is not available in Fora: nothing to capture."""
    return None


def currentframe():
    return None
