# SPDX-License-Identifier: Apache-2.0
"""random for Fora: CPython 3.11's pseudo-random numbers, draw for draw.

The generator is the Mersenne Twister MT19937 seeded as CPython seeds it (ints by their absolute
value, str/bytes/bytearray through SHA-512, floats through hash()), so a given seed yields
CPython's sequences for every function here. Fora has no source of OS entropy: seed(None) (and so
an unseeded module, Random() and Random(None)) behaves exactly like seed(0). SystemRandom draws
from a generator of the module's own instead of the OS (each instance seeded from it, in order:
reproducible per computation, and the module's own sequence is untouched); like CPython's it has
no state to get or set, and seed() does nothing. binomialvariate (3.12) is absent. The generator's state lives in lists owned by each Random
instance and is updated in place.
"""

from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import floor as _floor, isfinite as _isfinite
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate, repeat as _repeat

__all__ = ["Random", "SystemRandom", "seed", "random", "uniform", "randint", "choice", "sample",
           "randrange", "shuffle", "normalvariate", "lognormvariate",
           "expovariate", "vonmisesvariate", "gammavariate", "triangular",
           "gauss", "betavariate", "paretovariate", "weibullvariate",
           "getstate", "setstate", "getrandbits", "choices", "randbytes"]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

_N = 624
_ONE = 1


# --------------------------------------------------------------------------------------------
# MT19937 on a list of 625 ints: the 624 state words, then the index of the next word to use.

def _init_genrand(mt, s):
    mt[0] = s & 0xffffffff
    prev = mt[0]
    for i in range(1, _N):
        prev = (1812433253 * (prev ^ (prev >> 30)) + i) & 0xffffffff
        mt[i] = prev
    mt[_N] = _N


def _init_by_array(mt, key):
    _init_genrand(mt, 19650218)
    n = len(key)
    i = 1
    j = 0
    for _ in range(_N if _N > n else n):
        p = mt[i - 1]
        mt[i] = ((mt[i] ^ ((p ^ (p >> 30)) * 1664525)) + key[j] + j) & 0xffffffff
        i += 1
        j += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
        if j >= n:
            j = 0
    for _ in range(_N - 1):
        p = mt[i - 1]
        mt[i] = ((mt[i] ^ ((p ^ (p >> 30)) * 1566083941)) - i) & 0xffffffff
        i += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
    mt[0] = 0x80000000
    mt[_N] = _N


# The generator's inner loop is Java's (_fora_mt, CPython's words in CPython's order): each draw in
# Python took 2-3 microseconds. _bits(mt, k) is getrandbits: 32-bit words, the first the least
# significant.
from _fora_mt import bits as _bits, random as _mt_random, randbelow as _mt_randbelow


def _key_of_int(n):
    """The init_by_array key of a non-negative int: 32-bit words, least significant first."""
    key = [n & 0xffffffff]
    n >>= 32
    while n:
        key.append(n & 0xffffffff)
        n >>= 32
    return key


# --------------------------------------------------------------------------------------------
# SHA-512 (FIPS 180-4) over a list of byte values, for seeding with str, bytes and bytearray.

_SHA512_K = (
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
)

_SHA512_H = (
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
)

_M64 = 0xffffffffffffffff


def _sha512(data):
    """The 64-byte SHA-512 digest of a list of byte values, as a list of byte values."""
    length = len(data)
    padding = [0x80] + [0] * ((111 - length) % 128)
    bitlen = length * 8
    tail = [(bitlen >> (8 * (15 - i))) & 0xff for i in range(16)]
    msg = data + padding + tail
    K = _SHA512_K
    m = _M64
    h0, h1, h2, h3, h4, h5, h6, h7 = _SHA512_H
    w = [0] * 80
    for start in range(0, len(msg), 128):
        for t in range(16):
            v = 0
            for b in range(start + 8 * t, start + 8 * t + 8):
                v = (v << 8) | msg[b]
            w[t] = v
        for t in range(16, 80):
            x = w[t - 15]
            s0 = ((x >> 1) | (x << 63)) ^ ((x >> 8) | (x << 56)) ^ (x >> 7)
            x = w[t - 2]
            s1 = ((x >> 19) | (x << 45)) ^ ((x >> 61) | (x << 3)) ^ (x >> 6)
            w[t] = (w[t - 16] + (s0 & m) + w[t - 7] + (s1 & m)) & m
        a, b, c, d, e, f, g, h = h0, h1, h2, h3, h4, h5, h6, h7
        for t in range(80):
            S1 = (((e >> 14) | (e << 50)) ^ ((e >> 18) | (e << 46)) ^ ((e >> 41) | (e << 23))) & m
            ch = (e & f) ^ ((e ^ m) & g)
            t1 = h + S1 + ch + K[t] + w[t]
            S0 = (((a >> 28) | (a << 36)) ^ ((a >> 34) | (a << 30)) ^ ((a >> 39) | (a << 25))) & m
            maj = (a & b) ^ (a & c) ^ (b & c)
            h = g
            g = f
            f = e
            e = (d + t1) & m
            d = c
            c = b
            b = a
            a = (t1 + S0 + maj) & m
        h0 = (h0 + a) & m
        h1 = (h1 + b) & m
        h2 = (h2 + c) & m
        h3 = (h3 + d) & m
        h4 = (h4 + e) & m
        h5 = (h5 + f) & m
        h6 = (h6 + g) & m
        h7 = (h7 + h) & m
    digest = []
    for v in (h0, h1, h2, h3, h4, h5, h6, h7):
        for i in range(56, -8, -8):
            digest.append((v >> i) & 0xff)
    return digest


def _utf8(s):
    """str.encode() as a list of byte values."""
    out = []
    for pos, ch in enumerate(s):
        c = ord(ch)
        if c < 0x80:
            out.append(c)
        elif c < 0x800:
            out.append(0xc0 | (c >> 6))
            out.append(0x80 | (c & 0x3f))
        elif c < 0x10000:
            if 0xd800 <= c <= 0xdfff:
                raise UnicodeEncodeError('utf-8', s, pos, pos + 1, 'surrogates not allowed')
            out.append(0xe0 | (c >> 12))
            out.append(0x80 | ((c >> 6) & 0x3f))
            out.append(0x80 | (c & 0x3f))
        else:
            out.append(0xf0 | (c >> 18))
            out.append(0x80 | ((c >> 12) & 0x3f))
            out.append(0x80 | ((c >> 6) & 0x3f))
            out.append(0x80 | (c & 0x3f))
    return out


def _key_of_bytes(data):
    """The init_by_array key of int.from_bytes(data + sha512(data).digest()) (big-endian)."""
    full = data + _sha512(data)
    key = []
    end = len(full)
    while end > 0:
        start = end - 4 if end >= 4 else 0
        v = 0
        for i in range(start, end):
            v = (v << 8) | full[i]
        key.append(v)
        end = start
    n = len(key)
    while n > 1 and key[n - 1] == 0:
        n -= 1
    return key[:n]


def _is_binary(a, names=('bytes', 'bytearray')):
    """Is a a bytes or bytearray (Fora has neither type, so look at the class names)?"""
    t = type(a)
    if t is type:
        return False
    for c in t.mro():
        if c.__name__ in names:
            return True
    return False


def _is_sequence(p):
    if isinstance(p, (list, tuple, str, range)):
        return True
    t = type(p)
    if t is type:
        return False
    for c in t.mro():
        name = c.__name__
        if name == 'bytes' or name == 'bytearray' or name == 'Sequence' or name == 'memoryview':
            return True
    return False


def _index(x):
    if isinstance(x, int):
        return x
    method = getattr(type(x), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    return method(x)


# --------------------------------------------------------------------------------------------

class Random:
    """Random number generator base class used by bound module functions.

    Subclasses may override random(), seed(), getstate(), setstate() and getrandbits(), as with
    CPython's random.Random."""

    VERSION = 3

    def __init__(self, x=None):
        # state words + index, then gauss_next in its own cell
        self._mt = [0] * (_N + 1)
        self._gauss = [None]
        cls = type(self)
        if cls is not Random and cls._randbelow is Random._randbelow:
            if cls.getrandbits is not Random.getrandbits:
                self._randbelow = self._randbelow_with_getrandbits
            elif cls.random is not Random.random:
                self._randbelow = self._randbelow_without_getrandbits
        self.seed(x)

    # ---- core generator ----------------------------------------------------------------------

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed (None behaves like 0 in Fora)."""
        mt = self._mt
        if a is None or isinstance(a, (int, float)):
            pass
        elif version == 1 and (isinstance(a, str) or _is_binary(a, ('bytes',))):
            s = a if isinstance(a, str) else ''.join([chr(c) for c in a])
            x = ord(s[0]) << 7 if s else 0
            for ch in s:
                x = ((1000003 * x) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            x ^= len(s)
            a = -2 if x == -1 else x
        elif version == 2 and (isinstance(a, str) or _is_binary(a)):
            data = _utf8(a) if isinstance(a, str) else [c for c in a]
            _init_by_array(mt, _key_of_bytes(data))
            self._gauss[0] = None
            return
        elif not (isinstance(a, str) or _is_binary(a)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        if a is None:
            n = 0
        elif isinstance(a, int):
            n = abs(int(a))
        else:
            n = hash(a) & 0xFFFFFFFFFFFFFFFF
        _init_by_array(mt, _key_of_int(n))
        self._gauss[0] = None

    def random(self):
        """Get the next random number in the range 0.0 <= X < 1.0."""
        return _mt_random(self._mt)

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if not isinstance(k, int):
            k = _index(k)
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        if k == 0:
            return 0
        return _bits(self._mt, k)

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return self.VERSION, tuple(self._mt), self._gauss[0]

    def setstate(self, state):
        """Restore internal state from object returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internalstate, gauss_next = state
            self._gauss[0] = gauss_next
        elif version == 2:
            version, internalstate, gauss_next = state
            self._gauss[0] = gauss_next
            try:
                internalstate = tuple([x % (2 ** 32) for x in internalstate])
            except ValueError as e:
                raise TypeError from e
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (version, self.VERSION))
        if not isinstance(internalstate, tuple):
            raise TypeError('state vector must be a tuple')
        if len(internalstate) != _N + 1:
            raise ValueError('state vector is the wrong size')
        words = []
        for i in range(_N):
            w = internalstate[i]
            if not isinstance(w, int):
                raise TypeError('an integer is required')
            if w < 0:
                raise OverflowError("can't convert negative value to unsigned int")
            if w > 0xFFFFFFFFFFFFFFFF:
                raise OverflowError('Python int too large to convert to C unsigned long')
            words.append(w & 0xffffffff)
        index = _index(internalstate[_N])
        if index < -9223372036854775808 or index > 9223372036854775807:
            raise OverflowError('Python int too large to convert to C long')
        if index < 0 or index > _N:
            raise ValueError('invalid state')
        mt = self._mt
        for i in range(_N):
            mt[i] = words[i]
        mt[_N] = index

    # ---- integers ----------------------------------------------------------------------------

    def _randbelow(self, n):
        """Return a random int in the range [0,n).  Returns 0 if n==0."""
        return _mt_randbelow(self._mt, n)

    def _randbelow_with_getrandbits(self, n):
        """Return a random int in the range [0,n).  Returns 0 if n==0."""
        if not n:
            return 0
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Return a random int in the range [0,n), using only random()."""
        random = self.random
        if n >= maxsize:
            return _floor(random() * n)
        if n == 0:
            return 0
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """Choose a random item from range(stop) or range(start, stop[, step])."""
        try:
            istart = _index(start)
        except TypeError:
            istart = int(start)
            if istart != start:
                raise ValueError("non-integer arg 1 for randrange()")
        if stop is None:
            if step is not _ONE:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        try:
            istop = _index(stop)
        except TypeError:
            istop = int(stop)
            if istop != stop:
                raise ValueError("non-integer stop for randrange()")
        width = istop - istart
        try:
            istep = _index(step)
        except TypeError:
            istep = int(step)
            if istep != step:
                raise ValueError("non-integer step for randrange()")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
        return self.randrange(a, b + 1)

    # ---- sequences ---------------------------------------------------------------------------

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence."""
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            if not cum_counts:
                raise IndexError('pop from empty list')
            total = cum_counts[-1]
            cum_counts = cum_counts[:-1]
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            bisect = _bisect
            return [population[bisect(cum_counts, s)] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            # CPython keeps the chosen indices in a set; an open-addressing table of ints
            # answers the same membership questions.
            size = 8
            while size < 2 * k:
                size *= 2
            mask = size - 1
            table = [-1] * size
            for i in range(k):
                while True:
                    j = randbelow(n)
                    h = (j ^ (j >> 16)) & mask
                    t = table[h]
                    while t != -1 and t != j:
                        h = (h + 1) & mask
                        t = table[h]
                    if t == -1:
                        break
                table[h] = j
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for i in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(
                    'The number of choices must be a keyword argument: k=%r' % (k,)) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        bisect = _bisect
        hi = n - 1
        return [population[bisect(cum_weights, random() * total, 0, hi)]
                for i in _repeat(None, k)]

    # ---- real-valued distributions -----------------------------------------------------------

    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b] depending on rounding."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller; pairs of values, the second one kept)."""
        random = self.random
        cell = self._gauss
        z = cell[0]
        cell[0] = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            cell[0] = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        """Gamma distribution.  Not the gamma function!"""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_log(1.0 - random()) * beta
        else:
            while True:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


# --------------------------------------------------------------------------------------------
# The module functions share one hidden instance, seeded like seed(0).

class SystemRandom(Random):
    """Random numbers from the system's entropy in CPython; in Fora (a computation reads no state
    of its machine) from a generator of the module's own, seeded once per computation."""

    def __init__(self, x=None):
        global _entropy
        Random.__init__(self)
        if _entropy is None:
            _entropy = Random(0x5e5_7e3_0f_f07a)
        Random.seed(self, _entropy.getrandbits(256))

    def seed(self, *args, **kwds):
        "Stub method.  Not used for a system random number generator."
        return None

    def _notimplemented(self, *args, **kwds):
        "Method should not be called for a system random number generator."
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


_entropy = None

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
