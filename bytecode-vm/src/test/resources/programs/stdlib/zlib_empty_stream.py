# zlib round trips of empty data.
import zlib
print(zlib.decompress(zlib.compress(b"")), zlib.decompress(zlib.compress(b"abc" * 3)))
d = zlib.decompressobj(); print(d.decompress(zlib.compress(b"")) + d.flush())
