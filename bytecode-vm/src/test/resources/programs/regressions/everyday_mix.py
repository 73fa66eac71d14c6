# A mix of everyday Python: itertools/functools/operator, formatting, properties, exceptions with causes,
# generators, comprehensions, frozen dataclasses, match, enums.
import itertools, operator, functools, collections
print(list(itertools.accumulate([1,2,3], operator.mul, initial=2)), list(itertools.pairwise('abcd')), list(itertools.batched('abcdefg', 3)) if hasattr(itertools, 'batched') else 'nb')
print(list(itertools.combinations_with_replacement('AB', 2)), list(itertools.product(range(2), repeat=2)), list(itertools.zip_longest('ab', 'x', fillvalue='-')))
print(functools.reduce(operator.add, [1, 2, 3]), functools.partial(int, base=2)('101'), operator.attrgetter('real')(3), operator.itemgetter(1, 0)('ab'), operator.methodcaller('upper')('x'))
d = collections.OrderedDict(a=1); d.move_to_end('a', last=False); print(d)
print(sorted({3: 'c', 1: 'a'}.items(), key=operator.itemgetter(0)), divmod(-7, 2), round(-2.5), 7 // -2, -7 % 3, 2 ** -1, int('0x1f', 16), int('  42  '), float('1e-3'), '%5.2f|%-4d|%x' % (3.14159, 7, 255))
s = 'Hello, World'
print(s.casefold(), s.center(20, '*'), s.partition(', '), s.split(maxsplit=1), s[::-1], s.encode('utf-16-le')[:6], ' '.join(reversed(s.split())), s.count('l'), f'{s!r:>20}', f'{12345.678:,.2f}', f'{0.5:%}', f'{42:08b}')
x = [3, 1, 2]; y = x; y += [4]; print(x, x is y, sorted(x, reverse=True), list(map(lambda a, b: a * b, x, x)), list(filter(None, [0, 1, '', 'a'])), any(x), all([]), max([], default=0), min('bca'))
class A:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
    def __eq__(self, o): return isinstance(o, A) and o.v == self.v
    def __hash__(self): return hash(self.v)
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'A({self.v})'
a = A(); a.v = 5; b = A(); print(a, a.v, a == b, sorted([a, b]), {a, b}, a != b)
try:
    raise ValueError('bad') from KeyError('k')
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.args)
def gen():
    x = yield 1
    yield x * 2
g = gen(); print(next(g), g.send(21))
print(sum(i * i for i in range(10)), {k: v for k, v in zip('abc', range(3))}, {i % 3 for i in range(10)}, [i for i in range(20) if i % 7 == 0])
import dataclasses
@dataclasses.dataclass(frozen=True, order=True)
class P:
    x: int
    y: int = 0
print(P(1, 2), P(1) < P(2), dataclasses.asdict(P(3, 4)), dataclasses.replace(P(1, 2), y=5), hash(P(1, 2)) == hash(P(1, 2)))
try:
    P(1).x = 3
except dataclasses.FrozenInstanceError as e:
    print('frozen', e)
match [1, 2, 3]:
    case [1, *rest]: print('rest', rest)
print(isinstance(True, int), type(3) is int, issubclass(bool, int), callable(len), id(a) == id(a), hash('a') == hash('a'))
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, Color(2), Color['GREEN'].value, list(Color), Color.RED.name)
class F(enum.IntFlag):
    A = 1
    B = 2
print(F.A | F.B, int(F.A | F.B))
