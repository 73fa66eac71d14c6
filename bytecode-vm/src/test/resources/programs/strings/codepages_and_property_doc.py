print("é€".encode("cp1252"), b"\x80\xe9".decode("cp1252"), "Ω".encode("iso-8859-7"), "ж".encode("cp1251"), "é".encode("latin9"))
for enc in ("cp1252", "iso8859-2", "cp437", "koi8-r", "mac-roman", "windows-1251"):
    data = "".join(chr(c) for c in range(32, 127)).encode(enc)
    print(enc, len(data), data.decode(enc)[:10])
try:
    "日".encode("cp1252")
except UnicodeEncodeError as e:
    print(e, e.encoding, e.start)
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(e)
print("日x".encode("cp1252", "replace"), "日x".encode("cp1252", "xmlcharrefreplace"), b"\x81a".decode("cp1252", "replace"), b"\x81a".decode("cp1252", "ignore"))
class A:
    x = property(lambda self: 1, doc="The x")
    @property
    def y(self):
        "Doc y"
        return 2
print(A.x.__doc__, A.y.__doc__, A().x, A().y)
