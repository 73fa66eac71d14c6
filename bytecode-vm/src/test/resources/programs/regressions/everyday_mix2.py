# More everyday Python: wraps, __getattr__/__call__/context managers, heapq/bisect/json/textwrap/re,
# Counter/defaultdict, walrus, nonlocal/global, deep recursion, finally with break/continue.
import functools, heapq, bisect, json, textwrap, re, collections, math, sys
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        return f(*a, **k) * 2
    return w
@deco
def area(w, h=2):
    """Area."""
    return w * h
print(area(3), area.__name__, area.__doc__, area.__wrapped__(3))
class Node:
    def __init__(self, v, kids=()):
        self.v = v; self.kids = list(kids)
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
    def __getattr__(self, name):
        if name == 'size': return len(list(self))
        raise AttributeError(name)
    def __call__(self, x): return self.v + x
    def __enter__(self): print('enter'); return self
    def __exit__(self, *exc): print('exit', exc[0].__name__ if exc[0] else None); return True
t = Node(1, [Node(2, [Node(3)]), Node(4)])
print(list(t), t.size, t(10))
with t as n:
    raise KeyError('swallowed')
print(heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(2, [5, 1, 8, 3], key=lambda v: -v))
l = [1, 3, 5]; bisect.insort(l, 4); print(l, bisect.bisect_left(l, 4))
print(json.dumps({'b': [1, 2.5, None, True], 'a': 'x'}, indent=2, sort_keys=True))
print(json.loads('{"a": [1, 2, {"b": null}]}'), textwrap.dedent('   a\n     b'), textwrap.fill('word ' * 20, width=30))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home ann@work'), re.findall(r'\d+', 'a1b22c333'), re.split(r'\s*,\s*', 'a , b,c'))
c = collections.Counter('abracadabra'); print(c.most_common(2), c + collections.Counter('aab'), c['z'])
dd = collections.defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]: dd[k].append(v)
print(dict(dd), math.comb(10, 3), (255).bit_length(), math.gcd(12, 18), math.isqrt(99), 2 ** 100)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print('ValueError', e)
if (n := len('hello')) > 3: print(f'{n=}', f'{n * 2 = }')
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
inc = counter(); inc(); print(inc())
total = 0
def add(x):
    global total
    total += x
for i in range(5): add(i)
print(total)
sys.setrecursionlimit(10000)
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
print(depth(5000))
for i in range(5):
    try:
        if i == 1: continue
        if i == 3: break
    finally:
        print('finally', i)
print(sorted(['b', 'A', 'c'], key=str.lower), sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class Sub(Base, tag='s'): pass
print(Sub.tag, Base.registry)
print('{:>8}|{:<6}|{:^7}|{:+.3e}'.format('r', 'l', 'c', 12345.6789), '{0[a]} {1.real}'.format({'a': 5}, 2j), str.format_map('{x}', {'x': 1}))
print(int.from_bytes(b'\x01\x00', 'big'), (1).to_bytes(2, 'little'), bytes(range(3)).hex(), bin(10), oct(8), hex(255), chr(9731), ord('€'))
print(divmod(10**20, 7), pow(2, 10**5, 10**9 + 7), round(1234.5678, -2), abs(-3.5), float('inf') > 10**400, 0.1 + 0.2, 1e300 * 1e10, -0.0)
a = [[0] * 3 for _ in range(2)]; a[0][1] = 5; print(a)
print(*[1, 2, 3], sep=', ', end='!\n')
print(list(enumerate('ab', start=1)), list(reversed(range(3))), {*range(3), *'ab'} == {0, 1, 2, 'a', 'b'}, [*'ab', *[1]])
