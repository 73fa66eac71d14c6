import unicodedata, zlib
print([unicodedata.name(c) for c in "é€🎉A 가中"], unicodedata.category("A"), unicodedata.category("1"), unicodedata.numeric("½"))
print(unicodedata.lookup("EURO SIGN"), unicodedata.name("\x00", "none"), unicodedata.decimal("7"), unicodedata.digit("²"), unicodedata.numeric("Ⅷ"))
print([unicodedata.category(c) for c in "aA1 .-$+€\u0301\t"], unicodedata.bidirectional("a"), unicodedata.bidirectional("\u05d0"), unicodedata.mirrored("("))
s = "Crème Brûlée"
print(unicodedata.normalize("NFD", s) == s, len(unicodedata.normalize("NFD", s)), unicodedata.normalize("NFC", unicodedata.normalize("NFD", s)) == s)
print("".join(c for c in unicodedata.normalize("NFKD", "ﬁancé ①") if unicodedata.category(c) != "Mn"))
print(unicodedata.decomposition("é"), unicodedata.decomposition("a"), unicodedata.decomposition("ǖ"), unicodedata.is_normalized("NFC", s))
try:
    unicodedata.lookup("NO SUCH THING")
except KeyError as e:
    print("KeyError", e)
data = b"hello world " * 20
c = zlib.compress(data)
print(zlib.crc32(b"hello world"), zlib.adler32(b"abc"), zlib.crc32(b"x", 5), len(c), c[:6], zlib.decompress(c) == data)
print(zlib.compress(b"abc", 9), zlib.compress(b"", 0), zlib.decompress(zlib.compress(data, 1, -15), -15) == data)
try:
    zlib.decompress(b"garbage")
except zlib.error as e:
    print("zlib.error", str(e)[:30])
