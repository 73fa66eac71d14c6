"""codecs: encode and decode by codec name, as CPython's codecs module does for the codecs a
computation can use: the text encodings str.encode knows, and the bytes-to-bytes codecs hex,
base64 and zlib, and rot13. Opening files (codecs.open) is refused, as open is."""

import binascii as _binascii

__all__ = ['encode', 'decode', 'lookup', 'getencoder', 'getdecoder', 'CodecInfo',
           'BOM', 'BOM_BE', 'BOM_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_BE', 'BOM_UTF16_LE',
           'BOM_UTF32', 'BOM_UTF32_BE', 'BOM_UTF32_LE', 'strict_errors', 'ignore_errors',
           'replace_errors', 'register_error', 'lookup_error']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM_UTF16 = BOM = BOM_UTF16_LE  # the machine's byte order (little-endian, as on x86 and ARM)
BOM_UTF32 = BOM_UTF32_LE


class CodecInfo(tuple):
    """A codec's name and its stateless encode and decode functions (as codecs.lookup answers)."""

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        self._is_text_encoding = True if _is_text_encoding is None else _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


def _bytes_of(data, codec, decoding=False, message="a bytes-like object is required, not 'str'"):
    if isinstance(data, str):
        if decoding and codec == 'hex' and data.isascii():
            return data.encode('ascii')  # as binascii.a2b_hex takes ASCII text
        raise TypeError("%s with '%s' codec failed (TypeError: %s)"
                        % ('decoding' if decoding else 'encoding', codec, message))
    return bytes(data)


def _hex_encode(data, errors='strict'):
    data = _bytes_of(data, 'hex')
    return _binascii.b2a_hex(data), len(data)


def _hex_decode(data, errors='strict'):
    data = _bytes_of(data, 'hex', True)
    return _binascii.a2b_hex(data), len(data)


def _base64_encode(data, errors='strict'):
    data = _bytes_of(data, 'base64')
    import base64
    return base64.encodebytes(data), len(data)


def _base64_decode(data, errors='strict'):
    data = _bytes_of(data, 'base64', True, 'expected bytes-like object, not str')
    import base64
    return base64.decodebytes(data), len(data)


def _zlib_encode(data, errors='strict'):
    data = _bytes_of(data, 'zlib')
    import zlib
    return zlib.compress(data), len(data)


def _zlib_decode(data, errors='strict'):
    data = _bytes_of(data, 'zlib')
    import zlib
    return zlib.decompress(data), len(data)


_ROT13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                       'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def _rot13(text, errors='strict'):
    if not isinstance(text, str):
        raise TypeError("expected str, got %s" % type(text).__name__)
    return text.translate(_ROT13), len(text)


# the bytes-to-bytes and text-to-text codecs: canonical name, encode, decode
_SPECIAL = {
    'hex': ('hex', _hex_encode, _hex_decode),
    'hex_codec': ('hex', _hex_encode, _hex_decode),
    'base64': ('base64', _base64_encode, _base64_decode),
    'base_64': ('base64', _base64_encode, _base64_decode),
    'base64_codec': ('base64', _base64_encode, _base64_decode),
    'zlib': ('zlib', _zlib_encode, _zlib_decode),
    'zip': ('zlib', _zlib_encode, _zlib_decode),
    'zlib_codec': ('zlib', _zlib_encode, _zlib_decode),
    'rot13': ('rot-13', _rot13, _rot13),
    'rot_13': ('rot-13', _rot13, _rot13),
}


def _normal(encoding):
    return encoding.lower().replace('-', '_').replace(' ', '_')


def _text_codec(encoding):
    try:
        ''.encode(encoding)
    except LookupError:
        raise LookupError('unknown encoding: %s' % encoding) from None
    name = _normal(encoding)
    canonical = {'utf8': 'utf-8', 'utf_8': 'utf-8', 'u8': 'utf-8', 'latin_1': 'iso8859-1', 'latin1': 'iso8859-1',
                 'iso_8859_1': 'iso8859-1', 'iso8859_1': 'iso8859-1', 'l1': 'iso8859-1', 'ascii': 'ascii',
                 'us_ascii': 'ascii', 'utf_16': 'utf-16', 'utf16': 'utf-16', 'utf_32': 'utf-32',
                 'utf32': 'utf-32', 'utf_16_le': 'utf-16-le', 'utf_16_be': 'utf-16-be',
                 'utf_32_le': 'utf-32-le', 'utf_32_be': 'utf-32-be', 'cp1252': 'cp1252',
                 'utf_8_sig': 'utf-8-sig'}.get(name, name.replace('_', '-'))

    def enc(text, errors='strict'):
        if not isinstance(text, str):
            raise TypeError("utf_8_encode() argument 1 must be str, not %s" % type(text).__name__)
        return text.encode(encoding, errors), len(text)

    def dec(data, errors='strict'):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        return data.decode(encoding, errors), len(data)
    return CodecInfo(enc, dec, name=canonical)


def lookup(encoding):
    """The CodecInfo of a codec by name; LookupError for one Fora does not know."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    special = _SPECIAL.get(_normal(encoding))
    if special is not None:
        name, enc, dec = special
        return CodecInfo(enc, dec, name=name, _is_text_encoding=False)
    return _text_codec(encoding)


def encode(obj, encoding='utf-8', errors='strict'):
    """obj encoded with the codec (str to bytes for a text encoding; hex, base64, zlib: bytes to bytes)."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """obj decoded with the codec (bytes to str for a text encoding; hex, base64, zlib: bytes to bytes)."""
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def strict_errors(exception):
    raise exception


def ignore_errors(exception):
    return ('', exception.end)


def replace_errors(exception):
    if isinstance(exception, UnicodeDecodeError):
        return ('\ufffd', exception.end)
    return ('?' * (exception.end - exception.start), exception.end)


_ERRORS = {'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors}


def register_error(name, handler):
    _ERRORS[name] = handler


def lookup_error(name):
    try:
        return _ERRORS[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name) from None


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Refused, as open is: a computation cannot open files."""
    import builtins
    return builtins.open(filename, mode)
