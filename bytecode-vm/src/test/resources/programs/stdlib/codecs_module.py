import codecs
print(codecs.decode(b"48656c6c6f", "hex"), codecs.encode(b"Hi!", "hex"), codecs.encode(b"hi", "hex_codec"))
print(codecs.encode("Hello", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9", "utf-8"), codecs.encode("é", "latin-1"))
print(codecs.encode(b"data", "base64"), codecs.decode(b"ZGF0YQ==\n", "base64"))
print(codecs.decode(codecs.encode(b"x" * 50, "zlib"), "zlib") == b"x" * 50)
print(codecs.lookup("UTF8").name, codecs.lookup("latin1").name, codecs.lookup("hex").name, codecs.lookup("rot13").name)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.getencoder("ascii")("abc"), codecs.getdecoder("utf-8")(b"ab"))
for bad in [("nope", "x")]:
    try:
        codecs.encode(bad[1], bad[0])
    except LookupError as e:
        print("LookupError", e)
try:
    codecs.decode(b"zz", "hex")
except Exception as e:
    print(type(e).__name__)
print(codecs.encode("abc", "ascii", "strict"), codecs.decode(b"\xff", "utf-8", "replace"), codecs.decode(b"a\xffb", "ascii", "ignore"))
sbox = codecs.decode("637c777bf26b6fc5", "hex") if False else codecs.decode(b"637c777bf26b6fc5", "hex")
print(list(sbox))
print(codecs.decode('637c', 'hex'))
try: print(codecs.encode('ab', 'hex'))
except Exception as e: print(type(e).__name__, e)
try: print(codecs.decode('YWI=', 'base64'))
except Exception as e: print(type(e).__name__, e)
