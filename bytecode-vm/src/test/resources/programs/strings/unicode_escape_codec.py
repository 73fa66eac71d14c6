# The unicode_escape and raw_unicode_escape codecs, as CPython's.
print(b'a\\tb\\n'.decode('unicode_escape'), 'x\\u00e9'.encode().decode('unicode_escape'))
s = "tab\there\nnew 'q' \"dq\" back\\slash é € 𝄞 \x00\x7f\x9f"
e = s.encode('unicode_escape')
print(e)
print(e.decode('unicode_escape') == s, s.encode('raw_unicode_escape'), s.encode('raw_unicode_escape').decode('raw_unicode_escape') == s)
print(rb'\x41\101\u0042\U00000043\N{LATIN SMALL LETTER A}\a\b\f\v\101\
x'.decode('unicode_escape'))
print(br'\u00e9 \x41 \\'.decode('raw_unicode_escape'))
print(repr(b'caf\xe9'.decode('unicode_escape')), codecs_name := 'unicode-escape')
for bad in (rb'\x4', rb'\u12', rb'\U0011ffff', rb'\N{NO SUCH NAME}', b'end\\'):
    try:
        bad.decode('unicode_escape')
    except UnicodeDecodeError as ex:
        print("UnicodeDecodeError:", ex)
print(rb'a\x4b'.decode('unicode_escape', 'replace'), rb'a\x4b'.decode('unicode_escape', 'ignore'))
