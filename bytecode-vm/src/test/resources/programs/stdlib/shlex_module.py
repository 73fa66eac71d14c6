# The standard library's shlex module as a program uses it (Fora's copy is in Python, in io/fora/vm/lib).
import shlex
cases = [
    '', '   ', 'a b c', '  a   b  ', 'a\tb\nc', "'a b' c", '"a b" c', 'a"b c"d', "a'b'c",
    r'a\ b', r'a\\b', r'"a\"b"', r"'a\'", r'"a\\b"', r'"a\nb"', r'"a\$b"', r"'a\\b'",
    "''", '""', "a '' b", 'a "" b', '"" ""', 'x=1 y="2 3"', 'echo $HOME', "it's", '"unterminated',
    "'unterminated", 'trailing\\', 'a # comment', 'a#b c', '#only', 'foo;bar|baz&&qux',
    '(a) <b> c>d', 'café über', '--opt=val -x "y z"', "a'b\"c'd", '"a\'b"', '\\"', "\\'",
    'a\\\nb', 'line1\nline2 # c\nline3', '"multi\nline"', 'é\\é',
]
for c in cases:
    for kw in [{}, {'comments': True}, {'posix': False}, {'comments': True, 'posix': False}]:
        try:
            r = shlex.split(c, **kw)
        except Exception as e:
            r = (type(e).__name__, str(e))
        print(repr(c), kw, r)
qs = ['', 'abc', 'a b', "it's", 'a"b', '$x', '-rf', 'a/b.c:d,e@f%g+h=i', 'ü', '*', 'a\nb', "''", 'x;y', '~', '!']
for q in qs:
    print(repr(q), shlex.quote(q), shlex.split(shlex.quote(q)) if q else None)
print(shlex.join(['ls', '-l', 'my file', "it's", '']))
print(shlex.split(shlex.join(['ls', '-l', 'my file', "it's", ''])))
lx = shlex.shlex('a b=c "d e" f12 3.5 x-y', posix=True)
print(list(lx))
lx = shlex.shlex('a b=c "d e" f12 # note\n g', posix=False)
print(list(lx), lx.lineno)
lx = shlex.shlex('a && b || (c; d) > out', posix=True, punctuation_chars=True)
print(list(lx))
lx = shlex.shlex('x y z')
print(lx.get_token(), lx.get_token())
lx.push_token('P')
print(lx.get_token(), lx.get_token(), repr(lx.get_token()))
