# Bad patterns raise re.error with CPython's message, position, line and column.
import re

def err(pattern, flags=0):
    try:
        re.compile(pattern, flags)
        return 'ok'
    except re.error as e:
        return (str(e), e.msg, e.pos, e.lineno, e.colno)
    except (ValueError, TypeError, OverflowError) as e:
        return (type(e).__name__, str(e))

err('[abc'), err('*a'), err('(abc'), err('a)'), err('(?<x>a)'), err(r'\q')
err('a**'), err('a{3,1}'), err('x|+'), err('^*'), err(r'\b?'), err('a\n(b')
err('(?P<1a>x)'), err('(?P<a>x)(?P<a>y)'), err('(?P=zz)'), err('(?P<a>(?P=a))'), err(r'(a)\2'), err('(?P<>x)')
err(r'\x4'), err(r'\u12'), err(r'\U00110000'), err(r'\777'), err(r'[\777]'), err('[z-a]'), err(r'[a-\d]')
err('(?z)'), err('(?i-i:a)'), err('(?-a:a)'), err('(?au)'), err('a(?i)'), err('(?#abc'), err('(?'), err('(?Px'), err('(?i')
err(r'(?<=a+)b'), err(r'(?<=a|bc)d'), err(r'(?<=ab|cd)e'), err('a', re.A | re.U), err('a', re.L), err('\\'), err('[]')
err(r'\N{NOPE}'), err(r'\N{EM DASH}'), err('(?x) a # ok'), err('a{,3}'), err('(?i:a)(?m)')
isinstance(re.error('x'), Exception), issubclass(re.error, Exception), str(re.error('plain')), re.error.__name__

def call(f):
    try:
        return f()
    except Exception as e:
        return (type(e).__name__, str(e))

call(lambda: re.compile(5)), call(lambda: re.search('a', 5)), call(lambda: re.compile(re.compile('a'), re.I))
call(lambda: re.sub('b', lambda m: 5, 'abc')), call(lambda: re.sub('a', r'\g<nope>', 'a')), call(lambda: re.sub('a', r'\2', 'a'))
call(lambda: re.sub('(a)', r'\g<1', 'a')), call(lambda: re.sub('a', r'\q', 'a')), call(lambda: re.match('(a)', 'a').group(2))
call(lambda: re.match('(?P<x>a)', 'a').group('y')), call(lambda: re.match('a', 'a')[1]), call(lambda: re.match('a', 'a').expand(r'\g<0>\g<0>'))
