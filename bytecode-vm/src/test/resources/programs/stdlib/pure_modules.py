# The pure standard modules: functools, itertools, operator, typing, string, bisect, collections.
from functools import reduce, partial, cmp_to_key, lru_cache, cache, total_ordering
from itertools import product, permutations, combinations, combinations_with_replacement, accumulate, chain, islice, count, repeat, cycle, groupby, zip_longest, starmap, takewhile, dropwhile, pairwise, compress, filterfalse, tee
import operator
from operator import itemgetter, attrgetter, add, mul
from typing import List, Dict, Optional, Tuple
import string
from bisect import bisect_left, bisect_right
from collections import namedtuple, Counter
import itertools, functools
reduce(add, range(10)), reduce(mul, [1, 2, 3, 4], 10), partial(pow, 2)(10), sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
fib(200), fact(30)
@lru_cache
def f2(a, b=1):
    return a * b
f2(3), f2(3, b=4), f2(3, 4)
list(product('ab', range(2))), list(product([1, 2], repeat=2)), len(list(permutations(range(5), 3))), list(permutations('abc'))[:4]
list(combinations(range(5), 3))[:4], list(combinations_with_replacement('ab', 2)), list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], mul, initial=10))
list(chain([1, 2], 'ab')), list(chain.from_iterable([[1], [2, 3]])), list(islice(count(5, 2), 4)), list(islice('abcdefg', 1, 6, 2)), list(repeat('x', 3)), list(islice(cycle('ab'), 5))
[(k, list(g)) for k, g in groupby('aaabccaa')], [(k, len(list(g))) for k, g in groupby(sorted([3, 1, 3, 2, 1]))]
list(zip_longest('abc', [1], fillvalue='-')), list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1]))
list(pairwise('abcd')), list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(filterfalse(None, [0, 1, 0, 2])), [list(t) for t in tee([1, 2], 2)]
operator.itemgetter(1)([5, 6]), itemgetter(0, 2)('abc'), sorted([(1, 'b'), (0, 'c')], key=itemgetter(1)), operator.neg(3), operator.truediv(1, 2), operator.contains([1], 1), operator.methodcaller('upper')('ab')
string.ascii_lowercase, string.digits, string.punctuation, bisect_left([1, 2, 2, 3], 2), bisect_right([1, 2, 2, 3], 2)
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
p, p.x, p.y, p._asdict(), p._replace(x=5), p == (1, 2), Point._fields, tuple(p), Point._make([3, 4])
c = Counter('abracadabra')
c, c['a'], c['z'], c.most_common(2), Counter('aab') + Counter('bcc'), Counter('aab') - Counter('ab'), Counter(a=1) == Counter(a=1, b=0), sorted(c.elements())
def g(xs: List[int], d: Optional[Dict[str, int]] = None) -> Tuple[int, int]:
    return len(xs), 0 if d is None else len(d)
g([1, 2]), g([], {'a': 1})
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
V(1) <= V(2), V(2) >= V(3), V(3) > V(2), max([V(1), V(3), V(2)]).v
def bad():
    try:
        return reduce(add, [])
    except TypeError as e:
        return str(e)
bad(), list(islice(range(10), None)), list(itertools.product()), list(functools.reduce(lambda a, b: a + [b], 'abc', []))
from collections import Counter
Counter("aab") + Counter("bcc"), Counter("aab") - Counter("ab"), Counter("aab") | Counter("bcc"), Counter("aab") & Counter("abb"), Counter(a=1) - Counter(a=-2, b=-1)
