# Everyday Python, third mix: recursive reprs, deepcopy, iter(callable, sentinel), groupby, namedtuple
# defaults, operator overloading, seeded random, class hierarchies, formatting tables, memo dicts.
import itertools, collections, copy, random, math
d = {'a': 3, 'b': 1, 'c': 3}
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])), max(d, key=d.get), list(reversed(d)), dict.fromkeys('ab', 0), sum(map(int, '123')))
l = [1, 2]; l.append(l); print(l, repr(l))
x = [[1, [2]], {'k': (3, [4])}]; y = copy.deepcopy(x); y[0][1].append(9); print(x, y)
it = iter([1, 2, 3]); print(next(it), next(it, 'd'), next(it, 'd'), next(it, 'd'))
calls = [0]
def f():
    calls[0] += 1
    return calls[0]
print(list(iter(f, 4)), slice(1, 10, 2), [0, 1, 2, 3, 4][slice(None, None, -2)], ..., Ellipsis is ...)
for k, g in itertools.groupby(sorted('mississippi')): print(k, len(list(g)), end='; ')
print()
Point = collections.namedtuple('Point', 'x y', defaults=[0])
p = Point(1); print(p, p._replace(y=5), p._fields, Point._make([3, 4]), p.x + p.y, tuple(p))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [[row[i] for row in matrix] for i in range(3)], sum(sum(r) for r in matrix))
class V:
    def __init__(self, *c): self.c = c
    def __add__(self, o): return V(*(a + b for a, b in zip(self.c, o.c)))
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __abs__(self): return math.sqrt(sum(a * a for a in self.c))
    def __eq__(self, o): return self.c == o.c
    def __repr__(self): return f'V{self.c}'
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __contains__(self, x): return x in self.c
print(V(1, 2) + V(3, 4), 2 * V(1, 1), sum([V(1, 2), V(3, 4)]), abs(V(3, 4)), bool(V(0, 0)), len(V(1, 2, 3)), V(5, 6)[1], 6 in V(5, 6), list(V(7, 8)))
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abc'), random.sample(range(100), 3), random.gauss(0, 1), random.uniform(1, 2))
deck = list(range(10)); random.shuffle(deck); print(deck, random.choices('ab', weights=[1, 3], k=5))
class Account:
    interest = 0.02
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner; self.balance = balance
        Account.count += 1
    @classmethod
    def create(cls, owner): return cls(owner, 100)
    @staticmethod
    def fee(x): return x * 0.01
    def deposit(self, amt):
        if amt <= 0: raise ValueError('Deposit must be positive')
        self.balance += amt
        return self
    def __str__(self): return f'{self.owner}: {self.balance:.2f}'
class Savings(Account):
    interest = 0.05
    def add_interest(self): self.balance *= 1 + self.interest
a = Savings.create('ann'); a.deposit(50).add_interest(); print(a, Account.count, Savings.fee(100), isinstance(a, Account), type(a).__mro__)
try:
    a.deposit(-1)
except ValueError as e:
    print(f'Error: {e}')
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyError(42, 'boom')
except Exception as e:
    print(type(e).__name__, e.code, str(e), repr(e), e.args)
rows = [('apple', 3, 1.5), ('kiwi', 12, 0.25)]
for name, qty, price in rows:
    print(f'{name:<10}{qty:>5}{price:>8.2f}{qty * price:>10.3f}')
print('|'.join(f'{i:^5}' for i in range(3)), '%-6s|%6.1f' % ('x', 2.25), format(1234567.891, ',.2f'), format(0.000123, '.2e'), f'{"nested":*^12}')
memo = {}
def fib(n):
    if n in memo: return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(200), len(memo))
gen = (x * x for x in range(10) if x % 2)
print(list(itertools.islice(gen, 3)), list(gen), list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(sorted(set('hello') ^ set('world')), frozenset({1, 2}) | {3}, {1, 2} <= {1, 2, 3}, hash(frozenset({1})) == hash(frozenset({1})))
s = 'The quick brown fox'
words = s.split(); print(max(words, key=len), ' '.join(w[::-1] for w in words), s.title(), s.swapcase(), s.find('q'), s.replace(' ', '_', 2), s.startswith(('The', 'A')), s.zfill(22), s.ljust(22, '.'))
