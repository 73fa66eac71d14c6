# A small tokenizer in the style of the re docs: one master pattern of named alternatives.
import re

TOKEN_SPEC = [
    ('NUMBER', r'\d+(?:\.\d*)?'),
    ('ASSIGN', r':='),
    ('END', r';'),
    ('ID', r'[A-Za-z_]\w*'),
    ('OP', r'[+\-*/()]'),
    ('NEWLINE', r'\n'),
    ('SKIP', r'[ \t]+'),
    ('MISMATCH', r'.'),
]
MASTER = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKEN_SPEC))
MASTER.groups, sorted(MASTER.groupindex.items(), key=lambda kv: kv[1])

def tokenize(code):
    line_starts = [0] + [m.end() for m in re.finditer(r'\n', code)]
    def line_of(pos):
        return len([s for s in line_starts if s <= pos])
    return [(m.lastgroup, m.group(), line_of(m.start()), m.start() - line_starts[line_of(m.start()) - 1])
            for m in MASTER.finditer(code) if m.lastgroup not in ('SKIP', 'NEWLINE')]

tokenize('total := price * 1.25;\nx := (total - 3) / y2;')
tokenize('a := 1 $ 2;')
[t for t in tokenize('f := g + h') if t[0] == 'ID']

# verbose patterns with comments, and inline flags
NUMBER = re.compile(r'''
    (?P<sign>[-+])?       # optional sign
    (?P<int>\d+)          # integer part
    (?:\.(?P<frac>\d+))?  # fraction
    (?:[eE](?P<exp>[-+]?\d+))?
''', re.VERBOSE)
[(m.group(), m.groupdict()) for m in NUMBER.finditer('x=-12.5e3, y=7, z=+0.25')]
NUMBER.fullmatch('42').groupdict('-'), NUMBER.match('abc'), bool(NUMBER.flags & re.VERBOSE)
re.findall(r'(?i)\b(?:select|from|where)\b', 'SELECT a FROM t where Selection = 1')
re.findall(r'(?x) [a-z]+ \# \d+', 'abc#12 de#3 f #4')

# words in mixed scripts, case folding, Unicode classes
text = 'Naïve café — Ürün 42, ΑΒΓ αβγ ½ 😀 done_'
re.findall(r'\w+', text)
re.findall(r'(?a)\w+', text)
re.findall(r'\d', '٣ 3 ² ½'), re.findall(r'(?i)ürün|αβγ', text)
[(m.start(), m.group()) for m in re.finditer(r'\S+', 'a 😀😀 b😀c')]
re.sub(r'(?<=\w)(?=(?:\d{3})+\b)', ',', 'Total: 1234567 and 89')
