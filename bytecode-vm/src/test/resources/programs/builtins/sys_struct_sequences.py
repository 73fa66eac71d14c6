# sys.float_info, version_info and friends: tuples with named fields; functools' CacheInfo too.
import sys, functools
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0] == sys.float_info.max, len(sys.float_info))
print(sys.version_info.major, sys.version_info[:2] >= (3, 8), sys.version_info > (3,), sys.int_info.bits_per_digit, sys.hash_info.modulus)
print(repr(sys.int_info))

@functools.lru_cache(maxsize=3)
def sq(x):
    return x * x

for x in [1, 2, 1, 3, 4, 1, 2, 5, 2]:
    sq(x)
print(sq.cache_info(), sq.cache_info().hits, sq.__name__, sq.__wrapped__(6))
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(90), fib.cache_info())

@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__

print(kind(1), kind(1.0), kind.cache_info())
