# Pattern.scanner: the tokenizer idiom of the Python Cookbook (iter(scanner.match, None)), search,
# an empty match that must advance, pos/endpos, and None for ever after the first miss
import re
from collections import namedtuple

NAME = r'(?P<NAME>[a-zA-Z_][a-zA-Z_0-9]*)'
NUM = r'(?P<NUM>\d+)'
PLUS = r'(?P<PLUS>\+)'
TIMES = r'(?P<TIMES>\*)'
EQ = r'(?P<EQ>=)'
WS = r'(?P<WS>\s+)'
master = re.compile('|'.join([NAME, NUM, PLUS, TIMES, EQ, WS]))
Token = namedtuple('Token', ['type', 'value'])


def generate_tokens(pat, text):
    scanner = pat.scanner(text)
    for m in iter(scanner.match, None):
        yield Token(m.lastgroup, m.group())


print([t for t in generate_tokens(master, 'foo = 42 + x * 3') if t.type != 'WS'])
# the match stops at the first character no alternative matches
print(list(generate_tokens(master, 'a = 1 ? 2')))

sc = re.compile(r'\d+').scanner('a1bb22ccc333')
print([m.group() for m in iter(sc.search, None)], sc.search(), sc.match())
sc = re.compile(r'x*').scanner('axxb')
print([(m.start(), m.group()) for m in iter(sc.search, None)])
sc = re.compile(r'\w').scanner('abcdef', 2, 4)
print([m.group() for m in iter(sc.match, None)])
sc = re.compile(r'a').scanner('aab')
print(sc.match().span(), sc.match().span(), sc.match(), sc.match(), sc.search())
print(type(sc).__name__, sc.pattern.pattern)
bs = re.compile(rb'[0-9]+').scanner(b'12 34')
print(bs.match(), bs.search().group())
try:
    re.compile('a').scanner(b'a')
except TypeError as e:
    print('TypeError:', e)
