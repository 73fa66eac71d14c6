# zlib's streams (compressobj, decompressobj) and binascii.crc_hqx, as CPython's.
import zlib, binascii

data = b"".join(b"line %d: the quick brown fox\n" % i for i in range(300))
c = zlib.compressobj()
parts = [c.compress(data[:1000]), c.compress(data[1000:5000]), c.flush(zlib.Z_SYNC_FLUSH), c.compress(data[5000:]), c.flush()]
print([len(p) for p in parts], b"".join(parts) == zlib.compress(data) or len(b"".join(parts)))
whole = b"".join(parts)
print(zlib.decompress(whole) == data)
d = zlib.decompressobj()
out = d.decompress(whole[:100]) + d.decompress(whole[100:] + b"TRAILER")
print(out == data, d.eof, d.unused_data, d.unconsumed_tail)
d2 = zlib.decompressobj()
first = d2.decompress(whole, 50)
print(len(first), len(d2.unconsumed_tail) > 0, len(first + d2.decompress(d2.unconsumed_tail) + d2.flush()) == len(data))
raw = zlib.compressobj(9, zlib.DEFLATED, -15)
r = raw.compress(data) + raw.flush()
dr = zlib.decompressobj(-15)
print(len(r), dr.decompress(r) == data, dr.eof)
c3 = zlib.compressobj(zlib.Z_BEST_COMPRESSION, zlib.DEFLATED, 15, 8, zlib.Z_FILTERED)
print(len(c3.compress(data) + c3.flush()))
zd = b"the quick brown fox"
cz = zlib.compressobj(zdict=zd)
zz = cz.compress(b"the quick brown fox jumps") + cz.flush()
print(zlib.decompressobj(zdict=zd).decompress(zz))
try:
    cz.compress(b"more")
except zlib.error as e:
    print("error:", e)
print(binascii.crc_hqx(b"123456789", 0), binascii.crc_hqx(b"", 0xffff), binascii.crc_hqx(data, 0x1d0f))
