# SPDX-License-Identifier: Apache-2.0
"""io for Fora: StringIO and BytesIO, in-memory streams a computation owns.

The text lives in one str and a position counted in code points, as in CPython (tell() is that
position). Newline translation follows the newline argument (default '\\n': none). Fora has no
files, so open(), FileIO and BufferedReader are absent. BytesIO keeps its content in a
bytearray. TextIOWrapper reads and writes text over a binary stream (a BytesIO): it encodes what
is written and keeps it until flush() (or 8 KiB, a newline with line_buffering, every write with
write_through), as CPython's does; it decodes what it reads whole, so seek() takes only 0 or a
tell() of its own.
"""

__all__ = ['StringIO', 'BytesIO', 'TextIOWrapper', 'IOBase', 'BufferedIOBase', 'TextIOBase', 'UnsupportedOperation',
           'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """What both in-memory streams share: open/closed state and the capability queries."""

    _closed = False

    def _check_open(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        self._check_open()
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()


class TextIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class StringIO(TextIOBase):
    __fora_tp_name__ = '_io.StringIO'  # how CPython's C type names itself in messages
    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        self._newline = newline
        self._closed = False
        self._buf = ''
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    # -- state ---------------------------------------------------------------------------

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def detach(self):
        raise UnsupportedOperation('detach')

    def __del__(self):
        pass

    def _check_own(self):
        # StringIO's own methods (C code in CPython) word it without IOBase's period
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def readable(self):
        self._check_own()
        return True

    def writable(self):
        self._check_own()
        return True

    def seekable(self):
        self._check_own()
        return True

    def flush(self):
        pass

    # -- reading and writing -------------------------------------------------------------

    def getvalue(self):
        self._check_own()
        return self._buf

    def write(self, s):
        self._check_own()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        n = len(s)
        if n == 0:
            return 0
        nl = self._newline
        if nl is None:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl != '' and nl != '\n':
            s = s.replace('\n', nl)
        buf = self._buf
        pos = self._pos
        size = len(buf)
        if pos == size:
            self._buf = buf + s
        elif pos > size:
            self._buf = buf + '\0' * (pos - size) + s
        else:
            self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._check_own()
        if size is None:
            size = -1
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return ''
        if size < 0:
            end = len(buf)
        else:
            end = min(len(buf), pos + size)
        self._pos = end
        return buf[pos:end]

    def _line_end(self, pos, limit):
        # index just past the line starting at pos (or limit)
        buf = self._buf
        nl = self._newline
        if nl == '':
            # universal newlines mode without translation: \n, \r and \r\n all end lines
            i = pos
            while i < limit:
                c = buf[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < len(buf) and buf[i + 1] == '\n' and i + 1 < limit:
                        return i + 2
                    return i + 1
                i += 1
            return limit
        sep = '\n' if nl is None else nl
        i = buf.find(sep, pos, limit)
        if i < 0:
            return limit
        return min(i + len(sep), limit)

    def readline(self, size=-1):
        self._check_own()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError("integer argument expected, got '%s'" % type(size).__name__)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return ''
        limit = len(buf) if size < 0 else min(len(buf), pos + size)
        end = self._line_end(pos, limit)
        self._pos = end
        return buf[pos:end]

    def tell(self):
        self._check_own()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_own()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_own()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError('Negative size value %d' % size)
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size

    def __repr__(self):
        return '<_io.StringIO object at 0x%x>' % id(self)


class BytesIO(BufferedIOBase):
    """A binary stream over a bytearray; the position may run past the end (a write there pads with zeros)."""
    __fora_tp_name__ = '_io.BytesIO'  # how CPython's C type names itself in messages

    def __init__(self, initial_bytes=b''):
        self._buf = bytearray(initial_bytes if initial_bytes is not None else b'')
        self._pos = 0
        self._closed = False

    def __iter__(self):
        return self  # CPython's BytesIO checks only in __next__

    def getvalue(self):
        self._check_open()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_open()
        return memoryview(self._buf)

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        size = len(self._buf)
        if pos > size:
            self._buf += bytes(pos - size)
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        if self._pos >= end:
            return b''
        out = bytes(self._buf[self._pos:end])
        self._pos = end
        return out

    read1 = read

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_open()
        end = len(self._buf)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        i = self._buf.find(b'\n', self._pos, end)
        stop = end if i < 0 else i + 1
        if self._pos >= stop:
            return b''
        out = bytes(self._buf[self._pos:stop])
        self._pos = stop
        return out

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('negative size value %d' % size)
        del self._buf[size:]
        return size

    def __repr__(self):
        return '<_io.BytesIO object at 0x%x>' % id(self)


class TextIOWrapper(TextIOBase):
    """Text over a binary stream: encoding, errors and newline translation as CPython's."""
    __fora_tp_name__ = '_io.TextIOWrapper'
    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('TextIOWrapper() argument \'newline\' must be str or None, not %s'
                            % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError('TextIOWrapper() argument \'encoding\' must be str or None, not %s'
                            % type(encoding).__name__)
        if errors is not None and not isinstance(errors, str):
            raise TypeError('TextIOWrapper() argument \'errors\' must be str or None, not %s'
                            % type(errors).__name__)
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        ''.encode(encoding)  # LookupError for an unknown encoding, as CPython
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors if errors is not None else 'strict'
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._pending = []
        self._pending_count = 0
        self._decoded = ''  # read from the buffer, not yet given out
        self._detached = False

    def _check_attached(self):
        if self._detached:
            raise ValueError('underlying buffer has been detached')

    def _check_open(self):
        self._check_attached()
        if self._buffer.closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def buffer(self):
        self._check_attached()
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def closed(self):
        self._check_attached()
        return self._buffer.closed

    def readable(self):
        self._check_open()
        return self._buffer.readable()

    def writable(self):
        self._check_open()
        return self._buffer.writable()

    def seekable(self):
        self._check_open()
        return self._buffer.seekable()

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        length = len(s)
        haslf = '\n' in s
        if haslf and self._newline not in (None, '', '\n'):
            s = s.replace('\n', self._newline)
        data = s.encode(self._encoding, self._errors)
        if self._decoded:
            # writing after reading: the position is where reading stopped
            self._buffer.seek(self._buffer.tell() - len(self._decoded.encode(self._encoding, self._errors)))
            self._decoded = ''
        self._pending.append(data)
        self._pending_count += len(data)
        if (self._pending_count > self._CHUNK_SIZE or self._write_through
                or (self._line_buffering and (haslf or '\r' in s))):
            self._flush_pending()
        return length

    def _flush_pending(self):
        if self._pending:
            data = b''.join(self._pending)
            self._pending = []
            self._pending_count = 0
            self._buffer.write(data)

    def flush(self):
        self._check_open()
        self._flush_pending()
        self._buffer.flush()

    def _fill(self):
        # everything left in the buffer, decoded and with newlines translated
        self._flush_pending()
        data = self._buffer.read()
        if data:
            text = bytes(data).decode(self._encoding, self._errors)
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._decoded += text

    def read(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        self._fill()
        if size < 0 or size >= len(self._decoded):
            out, self._decoded = self._decoded, ''
        else:
            out, self._decoded = self._decoded[:size], self._decoded[size:]
        return out

    def readline(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        self._fill()
        text = self._decoded
        if self._newline in (None, '\n'):
            i = text.find('\n')
            end = len(text) if i < 0 else i + 1
        elif self._newline == '':
            end = len(text)
            for j, ch in enumerate(text):
                if ch == '\n':
                    end = j + 1
                    break
                if ch == '\r':
                    end = j + 2 if text[j + 1:j + 2] == '\n' else j + 1
                    break
        else:
            i = text.find(self._newline)
            end = len(text) if i < 0 else i + len(self._newline)
        if 0 <= size < end:
            end = size
        out, self._decoded = text[:end], text[end:]
        return out

    def tell(self):
        self._check_open()
        self._flush_pending()
        return self._buffer.tell() - len(self._decoded.encode(self._encoding, self._errors))

    def seek(self, cookie, whence=0):
        self._check_open()
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self._flush_pending()
            self._decoded = ''
            return self._buffer.seek(0, 2)
        if whence != 0:
            raise ValueError('invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        if cookie < 0:
            raise ValueError('negative seek position %r' % (cookie,))
        self._flush_pending()
        self._decoded = ''
        return self._buffer.seek(cookie)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        self._decoded = ''
        return self._buffer.truncate(pos)

    def detach(self):
        self._check_attached()
        self.flush()
        buffer = self._buffer
        self._detached = True
        return buffer

    def close(self):
        if not self._detached and not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def isatty(self):
        self._check_open()
        return False

    def __repr__(self):
        return "<_io.TextIOWrapper encoding='%s'>" % self._encoding
