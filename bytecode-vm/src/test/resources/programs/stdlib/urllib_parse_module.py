# The standard library's urllib.parse module as a program uses it (Fora's copy is in Python, in io/fora/vm/lib).
import urllib.parse
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, quote, quote_plus,
                          unquote, unquote_plus, urlencode, parse_qs, parse_qsl, urldefrag)
urls = [
    '', 'http://www.example.com', 'http://www.example.com/', 'https://user:pw@Host.Example.COM:8080/p/a/t/h;params?query=1&b=2#frag',
    'http://[::1]:80/x', 'http://[fe80::1%25eth0]/', 'ftp://ftp.is.co.za/rfc/rfc1808.txt', 'mailto:John.Doe@example.com',
    'news:comp.infosystems.www.servers.unix', 'tel:+1-816-555-1212', 'urn:oasis:names:specification:docbook:dtd:xml:4.1.2',
    '//example.com/path', '/just/a/path?x=1', 'relative/path#f', '?q', '#f', 'file:///etc/passwd', 'file:/etc/passwd',
    'HTTP://EXAMPLE.com/A', 'http://example.com:/x', 'http://user@host', 'http://user:@host', 'http://:pw@host',
    'http://a@b@c:1/', 'path;param', 'http://h/p;a;b', 'http://h/p;a/q;b?x#y', ' \t http://h/\na\tb\r', 'x:y',
    '1http://x', 'a+b-c.d:foo', 'http://h?x#y?z', 'http://h#y?z', 'git+ssh://git@github.com/a/b.git', 'svn+ssh://h/x',
    'http:', 'http:/', 'http://', 'http:///x', 'c:\\windows', 'javascript:alert(1)', 'http://h/p?',
    'http://h/p#', 'http://münchen.de/ä?ö=ü', 'data:text/plain;base64,SGVsbG8=',
]
for u in urls:
    try:
        p = urlparse(u)
        s = urlsplit(u)
        print(repr(u), p, s)
        print('  ', p.geturl(), s.geturl(), urlunparse(p), urlunsplit(s))
        for r in (p, s):
            vals = []
            for attr in ('scheme', 'netloc', 'path', 'query', 'fragment', 'hostname', 'port', 'username', 'password'):
                try:
                    vals.append(getattr(r, attr))
                except Exception as e:
                    vals.append((type(e).__name__, str(e)))
            print('  ', vals)
    except Exception as e:
        print(repr(u), type(e).__name__, e)
for u in ['http://h:99999/', 'http://h:abc/', 'http://h:-1/', 'http://h:0/', 'http://h:65535/', 'http://[::1/', 'http://::1]/', 'http://h: 8/']:
    try:
        r = urlsplit(u)
        print(repr(u), r, end=' ')
        print(r.port)
    except Exception as e:
        print(type(e).__name__, e)
print(urlparse('x.com/a', 'https'), urlsplit('//h/a#f', 'ftp', allow_fragments=False), urlparse('http://h/a#b', allow_fragments=False))
p = urlparse('http://h/a')
print(p._replace(scheme='https', fragment='z').geturl(), p[0], p[-1], len(p), tuple(p), p == ('http', 'h', '/a', '', '', ''))
print(p._fields, urlsplit('')._fields, type(p).__name__, isinstance(p, tuple))
print(urlunsplit(('http', 'h', 'x', 'q', 'f')), urlunsplit(('', '', '//x', '', '')), urlunsplit(('mailto', '', 'a@b', '', '')),
      urlunsplit(('file', '', '/tmp', '', '')), urlunsplit(('http', '', 'p', '', '')), urlunparse(('http', 'h', '/p', 'x', 'q', 'f')),
      urlunparse(['', '', 'p', 'par', '', '']))
base = 'http://a/b/c/d;p?q'
rels = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './',
        '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..',
        '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x',
        'g#s/../x', 'http:g', 'http:', 'https:g', 'a//b', 'a/./b/../../c', '//h2/x/../y', 'mailto:x@y']
for r in rels:
    print(repr(r), urljoin(base, r))
for b, r in [('', 'x'), ('http://h', ''), ('http://h', 'x'), ('http://h/', '../x'), ('http://h/a/', 'b/c'), ('mailto:a@b', 'c'),
             ('ftp://h/a/b', 'c'), ('svn+ssh://h/a/b', '../c'), ('file:///a/b', 'c'), ('http://h/a?x#y', '#z'),
             ('http://h/a?x#y', '?z'), ('foo:bar', 'baz'), ('http://h/a/b', 'HTTP://h/c'), ('/a/b/c', '../d'), ('a/b', 'c'),
             ('http://h/a/b', 'c#f'), ('http://h/a', 'c', ), ('http://h/%7Ea/', 'b%20c')]:
    print(repr(b), repr(r), repr(urljoin(b, r)), repr(urljoin(b, r, allow_fragments=False)))
qs = ['', 'abc', 'a b', 'a/b/c', 'a+b=c&d', '~_.-', 'é', '日本', '😀', '%', '100%', '\x00\x7f', "!*'();:@&=+$,/?#[]"]
for s in qs:
    print(repr(s), quote(s), quote(s, safe=''), quote(s, safe='/:?=&'), quote_plus(s), quote_plus(s, safe='/'),
          quote(s.encode('utf-8')), quote_plus(s.encode('utf-8')))
print(quote('é', encoding='latin-1'), quote('€', encoding='ascii', errors='replace'), quote('€', encoding='ascii', errors='ignore'))
try:
    quote('€', encoding='ascii')
except Exception as e:
    print(type(e).__name__)
try:
    quote(b'x', encoding='utf-8')
except Exception as e:
    print(type(e).__name__, e)
print(quote(b'a b', safe=b' '), quote('a b', safe='é '), quote_plus('a b', safe=b'/'.decode()), urllib.parse.quote_from_bytes(b'\xff/a'))
uq = ['', 'abc', '%41%42', '%4', '%4g', '%', '%%', '%25', 'a+b', 'a%20b', '%C3%A9', '%c3%a9', '%E6%97%A5%E6%9C%AC', '%C3',
      '%C3%28', '%FF', 'é%20ü', '%e2%82', 'x%2Fy', '%F0%9F%98%80', '%zz%41', '+%2B+']
for s in uq:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), repr(unquote(s, errors='strict') if s != '%C3' and s != '%C3%28' and s != '%FF' and s != '%e2%82' else None),
          repr(unquote(s, encoding='latin-1')), repr(urllib.parse.unquote_to_bytes(s)))
print(repr(unquote(b'%41b%20')), repr(urllib.parse.unquote_to_bytes(b'%41%')))
try:
    unquote('%FF', errors='strict')
except Exception as e:
    print(type(e).__name__)
print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&=', 'd': None, 'e': [1, 2]}))
print(urlencode([('a', 1), ('a', 2), ('b', b'z z'), (b'k', 'v')]))
print(urlencode({'a': [1, 2], 'b': 'xy', 'c': (3,), 'd': 7, 'e': b'q', 'f': []}, doseq=True))
print(urlencode({'p': '/a b/'}, safe='/'), urlencode({'p': '/a b/'}, quote_via=quote), urlencode({'p': 'é'}, encoding='latin-1'))
print(urlencode({}), urlencode([]), urlencode(()))
for bad in ['abc', [1, 2], 5]:
    try:
        print(urlencode(bad))
    except Exception as e:
        print(type(e).__name__, e)
pq = ['', 'a=1', 'a=1&b=2&a=3', 'a=&b', 'a', '&&', 'a=1&&b=2', 'x+y=1+2', 'k=%26%3D', 'a=b=c', '=v', 'a=%C3%A9',
      'a=1;b=2', 'a=%FF', 'é=ü', 'a=1&b=', '&a=1&']
for q in pq:
    print(repr(q), parse_qsl(q), parse_qsl(q, keep_blank_values=True), parse_qs(q), parse_qs(q, True))
    for kw in [{'strict_parsing': True}, {'strict_parsing': True, 'keep_blank_values': True}, {'separator': ';'}, {'max_num_fields': 2}]:
        try:
            print('   ', kw, parse_qsl(q, **kw), parse_qs(q, **kw))
        except Exception as e:
            print('   ', kw, type(e).__name__, e)
for sep in ['', None, 5]:
    try:
        print(parse_qsl('a=1', separator=sep))
    except Exception as e:
        print(type(e).__name__, e)
print(parse_qsl('a=%E9', encoding='latin-1'), parse_qs('a=%FF&a=%41', errors='ignore'))
print(urldefrag('http://h/a?b#c'), urldefrag('http://h/a'), urldefrag('http://h/a#'), urldefrag('http://h/a#c').geturl())
d = urldefrag('x#y'); print(d.url, d.fragment, d[0], type(d).__name__)
print(sorted(n for n in ['urlparse', 'urlsplit', 'quote', 'unquote', 'urlencode'] if n in urllib.parse.__all__))
