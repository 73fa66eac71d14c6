import fnmatch
pats = ['*.py', 'a?c', '[abc]*', '[!abc]*', '[a-c]x', '*a*b*', '[]]', '[!]]', '[', 'x[', '[a-]',
        '[z-a]', '[!z-a]', '**', '*.[ch]', 'a\\*', '[\\]]', '*[&~|]*', 'foo*bar*baz', '[^x]', '[[]',
        'data_??.csv', '*.tar.gz', '', '*']
for p in pats:
    print(repr(p), fnmatch.translate(p))
names = ['a.py', 'b.txt', 'abc', 'axc', 'ax', 'bx', 'dx', '-x', ']', 'x', '[', 'aab', 'ba',
         'foo1bar2baz', 'foobaz', 'main.c', 'main.h', 'x.tar.gz', 'data_01.csv', '^', 'a*', 'ab',
         'line\nbreak.py', '']
for p in pats:
    print(repr(p), fnmatch.filter(names, p))
print(fnmatch.fnmatch('FOO.PY', '*.py'), fnmatch.fnmatchcase('FOO.PY', '*.py'))
print(fnmatch.fnmatch('foo.py', '*.py'), fnmatch.fnmatchcase('a', 'A'))
print(fnmatch.fnmatchcase(b'abc.txt', b'*.txt'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
