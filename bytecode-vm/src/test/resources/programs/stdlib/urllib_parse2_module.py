# The standard library's urllib.parse module as a program uses it (Fora's copy is in Python, in io/fora/vm/lib).
from urllib.parse import parse_qsl, parse_qs, urlsplit, urlparse, urljoin, quote, unquote, urlencode
print(parse_qsl(b'a=1&b=%41+x'), parse_qs(b'a=1&a=2'), parse_qsl('a=1;b=2', separator=b';'), parse_qsl(b'', keep_blank_values=True))
try:
    print(parse_qsl(b'a=%C3%A9'))
except Exception as e:
    print(type(e).__name__, e)
for u in ['http://h/a/b/c', 'https://x.org:443/', 'http://[2001:db8::7]:8080/p', 'HTTP://Ex.Com:80']:
    s = urlsplit(u)
    print(s.hostname, s.port, s.netloc, s.geturl(), s._replace(netloc='n').geturl())
    for r in ['../../x', '/y', '//z/w', 'q?a=1', '#h']:
        print('  ', r, urljoin(u, r))
for bad in ['http://[abc]/', 'http://[v1.x]/', 'http://[vz.x]/', 'http://[::1]x/', 'http://[1.2.3.4]/', 'http://[::ffff:1.2.3.4]/']:
    try:
        print(bad, urlsplit(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
s = 'a b&c=d/é?#'
print(unquote(quote(s)) == s, unquote(quote(s, safe='')) == s, urlencode({'s': s}), parse_qs(urlencode({'s': s, 't': [s, s]}, True)))
