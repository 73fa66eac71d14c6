# SPDX-License-Identifier: Apache-2.0
"""hashlib for Fora: message digests of the bytes a computation holds (the digest itself is
computed by the JVM's implementation through the Java module _hashlib). BLAKE2 and SHAKE are
not available."""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256',
           'sha3_384', 'sha3_512', 'new', 'algorithms_guaranteed', 'algorithms_available',
           'pbkdf2_hmac', 'file_digest')

_SIZES = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
    'sha384': (48, 128), 'sha512': (64, 128), 'sha512_224': (28, 128), 'sha512_256': (32, 128),
    'sha3_224': (28, 144), 'sha3_256': (32, 136), 'sha3_384': (48, 104), 'sha3_512': (64, 72),
}

algorithms_guaranteed = frozenset(('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                                   'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512'))
algorithms_available = frozenset(_SIZES)


def _data(v):
    if isinstance(v, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(v, (bytes, bytearray, memoryview)) or hasattr(type(v), '__buffer__'):
        return bytes(v)
    raise TypeError("object supporting the buffer API required")


class _Hash:
    """A running digest: the bytes seen so far (digests are computed when asked)."""

    def __init__(self, name, data=b''):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._parts = bytearray()
        if data:
            self._parts += _data(data)

    def update(self, data):
        self._parts += _data(data)

    def digest(self):
        return _hashlib.digest(self.name, bytes(self._parts))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = _Hash(self.name)
        other._parts = bytearray(self._parts)
        return other

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


def new(name, data=b'', *, usedforsecurity=True):
    key = name.lower().replace('-', '_') if isinstance(name, str) else name
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + str(name))
    return _Hash(key, data)


def _constructor(name):
    def make(data=b'', *, usedforsecurity=True):
        return _Hash(name, data)
    make.__name__ = 'openssl_' + name
    return make


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')


def _hmac(name, key, msg):
    size = _SIZES[name][1]
    if len(key) > size:
        key = _hashlib.digest(name, key)
    key = key + bytes(size - len(key))
    inner = bytes(k ^ 0x36 for k in key)
    outer = bytes(k ^ 0x5c for k in key)
    return _hashlib.digest(name, outer + _hashlib.digest(name, inner + msg))


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    name = hash_name.lower().replace('-', '_')
    if name not in _SIZES:
        raise ValueError('unsupported hash type ' + hash_name)
    password, salt = _data(password), _data(salt)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    size = _SIZES[name][0]
    if dklen is None:
        dklen = size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    out = bytearray()
    block = 1
    while len(out) < dklen:
        u = _hmac(name, password, salt + block.to_bytes(4, 'big'))
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = _hmac(name, password, u)
            acc ^= int.from_bytes(u, 'big')
        out += acc.to_bytes(size, 'big')
        block += 1
    return bytes(out[:dklen])


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    h = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, 'getvalue'):
        h.update(fileobj.getvalue())
        return h
    raise ValueError("Fora computations do not read files: pass an io.BytesIO")
