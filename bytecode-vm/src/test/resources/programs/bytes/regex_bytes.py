# re with bytes patterns: results are bytes; str and bytes do not mix
import re
s = b'>ONE\nacgtAGGGTAAAccc\ntttaccctGG\n'
print(re.sub(b'>.*\n|\n', b'', s))
seq = re.sub(b'>.*\n|\n', b'', s)
print(len(re.findall(b'agggtaaa|tttaccct', seq, re.I)), re.findall(rb'(a)(c)', seq))
m = re.search(rb'(?P<x>g+)', seq)
print(m, m.group(), m.group('x'), m.span(), m.groupdict(), m.expand(rb'[\1]'))
print(re.split(b'[at]', b'catapult'), re.compile(b'x+').pattern, re.compile(b'x+'), re.escape(b'a.b'))
print(re.sub(b'a', lambda m: b'AA', b'banana'), re.subn(rb'(n)', rb'<\1>', b'banana'))
try:
    re.search(b'a', 'a')
except TypeError as e: print(e)
try:
    re.search('a', b'a')
except TypeError as e: print(e)
print(re.findall(rb'\w+', b'caf\xe9 ok'), re.findall(r'\w+', 'café ok'))
