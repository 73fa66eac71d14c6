# bytes and bytearray: literals, indexing, methods, codecs, bytearray mutation, int.to_bytes
b = b'hello world'
print(b, len(b), b[0], b[-1], b[1:4], b[::2], b[::-1])
print(b.upper(), b.split(), b.split(b'o'), b.replace(b'l', b'L'), b.find(b'wor'), b.count(b'l'), b.find(111))
print(b'a,b,,c'.split(b','), b' x y '.strip(), b'--x--'.strip(b'-'), b.startswith(b'hel'), b.endswith((b'x', b'ld')))
print(bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytes('héllo', 'utf-8'), 'héllo'.encode(), 'abc'.encode('ascii'))
print(b'h\xc3\xa9llo'.decode(), b'abc'.decode('ascii'), b'\xff'.decode('latin-1'), repr(b"it's"), repr(b'a"b\'c'), b'\x00\x7f\x80\n\t\\')
ba = bytearray(b'abc')
ba.append(100); ba.extend(b'ef'); ba[0] = 65; ba += b'!'
print(ba, len(ba), ba[1], bytes(ba), ba == b'Abcdef!', list(ba))
del ba[0]; ba[0:2] = b'XYZ'; ba.insert(0, 48); print(ba, ba.pop(), ba.pop(0), ba)
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True))
print(b'abc' + b'def', b'ab' * 3, b'a' < b'b', b'abc' == b'abc', hash(b'x') == hash(b'x'), {b'k': 1}[b'k'], b'b' in b'abc', 98 in b'abc')
print(b'deadbeef'.hex(), bytes.fromhex('de ad be ef'), b'\x01\x02'.hex(':'), b'abc'.hex('-', 2))
print(b'  a  b  '.split(None, 1), b'a\nb\r\nc'.splitlines(), b'a\nb\r\nc'.splitlines(True), b'-'.join([b'a', b'b', bytearray(b'c')]))
print(isinstance(b, bytes), type(b).__name__, type(ba).__name__, str(b), f"{b!r}", b.title(), b.capitalize(), b.isalpha(), b'123'.isdigit())
for x in b'hi': print(x)
print(sorted([b'b', b'a', b'ab']), max(b'xyz'), sum(b'\x01\x02'), bytes(bytearray(2)), bytearray(3))
t = bytes.maketrans(b'abc', b'xyz'); print(b'aabbcc'.translate(t), b'hello'.translate(None, b'l'))
try:
    b'\xff'.decode()
except UnicodeDecodeError as e: print('E', e)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e: print('E', e)
try:
    b[0] = 1
except TypeError as e: print('E', e)
try:
    bytes([256])
except ValueError as e: print('E', e)
print(b'%d' if False else b'', b'x'.center(5, b'*'), b'42'.zfill(5), b'abc'.partition(b'b'), b'a.b.c'.rsplit(b'.', 1))
