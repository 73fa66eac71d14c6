# SPDX-License-Identifier: Apache-2.0
"""hashlib for Fora: message digests of the bytes a computation holds (the digest itself is
computed by the JVM's implementation through the Java module _hashlib; BLAKE2 and SHAKE by
Fora's own there)."""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')

_SIZES = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
    'sha384': (48, 128), 'sha512': (64, 128), 'sha512_224': (28, 128), 'sha512_256': (32, 128),
    'sha3_224': (28, 144), 'sha3_256': (32, 136), 'sha3_384': (48, 104), 'sha3_512': (64, 72),
}

algorithms_guaranteed = frozenset(('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                                   'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384',
                                   'sha3_512', 'shake_128', 'shake_256'))
algorithms_available = frozenset(_SIZES) | algorithms_guaranteed


def _data(v):
    if isinstance(v, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(v, (bytes, bytearray, memoryview)) or hasattr(type(v), '__buffer__'):
        return bytes(v)
    raise TypeError("object supporting the buffer API required")


class _Running:
    """The bytes a hash object has seen so far (its digest is computed when asked)."""

    def _start(self, data):
        self._parts = bytearray()
        if data:
            self._parts += _data(data)

    def update(self, data):
        self._parts += _data(data)

    def copy(self):
        other = type(self).__new__(type(self))
        other.__dict__.update(self.__dict__)
        other._parts = bytearray(self._parts)
        return other


class _Hash(_Running):
    """A running digest of one of the JDK's algorithms."""
    __fora_tp_name__ = '_hashlib.HASH'  # how CPython's C type names itself in messages

    def __init__(self, name, data=b''):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._start(data)

    def digest(self):
        return _hashlib.digest(self.name, bytes(self._parts))

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


class _Blake2(_Running):
    """blake2b / blake2s: digest_size, key, salt and person as CPython's (the tree parameters are
    accepted only at their defaults, sequential hashing)."""

    def __init__(self, data=b'', *, digest_size=None, key=b'', salt=b'', person=b'', fanout=1,
                 depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
                 usedforsecurity=True):
        big = self.name == 'blake2b'
        limit = 64 if big else 32
        small = 16 if big else 8
        if digest_size is None:
            digest_size = limit
        if not 1 <= digest_size <= limit:
            raise ValueError('digest_size must be between 1 and %d bytes' % limit)
        key, salt, person = _data(key), _data(salt), _data(person)
        if len(key) > limit:
            raise ValueError('maximum key length is %d bytes' % limit)
        if len(salt) > small:
            raise ValueError('maximum salt length is %d bytes' % small)
        if len(person) > small:
            raise ValueError('maximum person length is %d bytes' % small)
        if (fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node) != (1, 1, 0, 0, 0, 0, False):
            raise ValueError("Fora's %s hashes sequentially: tree parameters are not supported" % self.name)
        self.digest_size = digest_size
        self.block_size = 128 if big else 64
        self._params = (key, salt, person)
        self._start(data)

    def digest(self):
        key, salt, person = self._params
        make = _hashlib.blake2b if self.name == 'blake2b' else _hashlib.blake2s
        return make(bytes(self._parts), self.digest_size, key, salt, person)

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return '<_blake2.%s object @ %s>' % (self.name, hex(id(self)))


class blake2b(_Blake2):
    name = 'blake2b'
    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64


class blake2s(_Blake2):
    name = 'blake2s'
    SALT_SIZE = 8
    PERSON_SIZE = 8
    MAX_KEY_SIZE = 32
    MAX_DIGEST_SIZE = 32


class _Shake(_Running):
    """shake_128 / shake_256: digests of any length (digest(length), hexdigest(length))."""
    digest_size = 0

    def __init__(self, data=b'', *, usedforsecurity=True):
        self._start(data)

    def digest(self, length):
        return _hashlib.shake(bytes(self._parts), self.block_size, length)

    def hexdigest(self, length):
        return self.digest(length).hex()

    def __repr__(self):
        return '<%s _hashlib.HASHXOF object @ %s>' % (self.name, hex(id(self)))


class shake_128(_Shake):
    name = 'shake_128'
    block_size = 168


class shake_256(_Shake):
    name = 'shake_256'
    block_size = 136


_OWN = {'blake2b': blake2b, 'blake2s': blake2s, 'shake_128': shake_128, 'shake_256': shake_256}


def new(name, data=b'', *, usedforsecurity=True):
    key = name.lower().replace('-', '_') if isinstance(name, str) else name
    if key in _OWN:
        return _OWN[key](data)
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
