import pickle

values = [None, True, False, 0, 1, 42, 255, 256, 1000, 65535, 65536, 70000,
          2**31 - 1, 2**31, -1, -2, -128, -129, -255, -256, -257, -32768,
          -32769, -2**31, -2**31 - 1, 2**32, 2**63 - 1, 2**63, -2**63,
          -2**63 - 1, 2**64, 2**100, -2**100, 10**30, -(10**30), 2**2047,
          -2**2047, 2**2048, 3**1500, -(3**1500),
          0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 1 / 3, 1e100, 1e-300, 5e-324,
          1.7976931348623157e308, float('inf'), float('-inf'), 12345678.9,
          '', 'a', 'abc', 'h\xe9llo', '\u20ac uro', '\U0001f600 face',
          'tab\tnew\nline\r\x00nul\x1asub', 'back\\slash', '\x7f\x80\xff',
          'x' * 255, 'y' * 256, 'z' * 1000, '\u0100' * 200,
          b'', b'a', b'abc', b'\x00\x01\xff', b'\x80' * 255, b'q' * 256,
          b'r' * 3000, bytearray(), bytearray(b'ba'), bytearray(b'\xff' * 300)]

for p in range(pickle.HIGHEST_PROTOCOL + 1):
    print('--- protocol', p)
    for v in values:
        data = pickle.dumps(v, p)
        if len(data) > 200:
            print(type(v).__name__, len(data), data[:40], data[-40:],
                  sum(data) % 100003)
        else:
            print(repr(v)[:30], data)
        back = pickle.loads(data)
        ok = back == v or (v != v and back != back)
        if type(back) is not type(v) or not ok:
            print('  ROUNDTRIP MISMATCH', repr(back)[:60])
        if isinstance(v, float) and str(back) != str(v):
            print('  FLOAT MISMATCH', back)

print(pickle.dumps(0.5), pickle.dumps(7))
print(pickle.dumps('abc', protocol=-1))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.loads(pickle.dumps(float('nan'), 0)) != 0)
print(pickle.dumps(True, fix_imports=False), pickle.dumps(b'x', 2, fix_imports=False))
