# Everyday Python, fourth mix: dataclasses with typing, defaultdict grouping, statistics, fractions,
# word counts, json, Dijkstra with heapq, itertools, matrix code, a stack class, formatted tables.
import statistics, fractions, itertools, collections, string, re, json, heapq, math
from dataclasses import dataclass, field
from typing import List, Dict, Optional
@dataclass
class Item:
    name: str
    price: float
    tags: List[str] = field(default_factory=list)
    def total(self, qty: int = 1) -> float:
        return round(self.price * qty, 2)
inv = [Item('apple', 0.5, ['fruit']), Item('bread', 2.25), Item('cheese', 7.0, ['dairy'])]
inv.sort(key=lambda i: i.price, reverse=True)
print(inv[0], [i.total(3) for i in inv], sum(i.price for i in inv))
by_tag = collections.defaultdict(list)
for it in inv:
    for t in it.tags or ['none']:
        by_tag[t].append(it.name)
print(dict(sorted(by_tag.items())))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([1, 2, 3, 4]), statistics.mode('aab'))
print(fractions.Fraction(3, 4) + fractions.Fraction(1, 6), fractions.Fraction('0.125'), fractions.Fraction(1, 3).limit_denominator(10))
text = "It was the best of times, it was the worst of times."
words = re.findall(r"[a-z']+", text.lower())
freq = collections.Counter(words)
print(freq.most_common(3), len(set(words)), ' '.join(sorted(freq, key=lambda w: (-freq[w], w))[:4]))
print(json.dumps({'items': [i.name for i in inv], 'n': len(inv)}), json.loads('[1, "two", {"3": 4.5}]'))
graph = {'a': {'b': 1, 'c': 4}, 'b': {'c': 2, 'd': 5}, 'c': {'d': 1}, 'd': {}}
def dijkstra(g, s):
    dist = {s: 0}; pq = [(0, s)]; seen = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in seen: continue
        seen.add(u)
        for v, w in g[u].items():
            if d + w < dist.get(v, math.inf):
                dist[v] = d + w
                heapq.heappush(pq, (d + w, v))
    return dist
print(dijkstra(graph, 'a'))
def permutations_count(s):
    return sum(1 for _ in itertools.permutations(s))
print(permutations_count('abcd'), list(itertools.combinations('abc', 2)), [''.join(p) for p in itertools.product('ab', repeat=2)])
matrix = [[1, 2], [3, 4]]
def matmul(a, b):
    return [[sum(x * y for x, y in zip(r, c)) for c in zip(*b)] for r in a]
print(matmul(matrix, matrix), [list(r) for r in zip(*matrix)])
table = str.maketrans('abc', 'xyz', 'd')
print('abcdd'.translate(table), string.ascii_lowercase[:5], string.capwords('hello world'), 'x'.join(map(str, range(3))))
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x)
    def pop(self):
        if not self._items: raise IndexError('pop from empty stack')
        return self._items.pop()
    def __len__(self): return len(self._items)
    def __repr__(self): return f'Stack({self._items})'
s = Stack()
for ch in '(()())':
    s.push(ch) if ch == '(' else s.pop()
print(len(s), s)
try:
    s.pop()
except IndexError as e:
    print('caught', e)
def balanced(expr):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for ch in expr:
        if ch in '([{': st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]: return False
    return not st
print([balanced(e) for e in ['([]{})', '([)]', '((']])
nums = list(range(1, 21))
evens, odds = [n for n in nums if n % 2 == 0], [n for n in nums if n % 2]
print(sum(evens), max(odds), sorted(nums, key=lambda n: (n % 3, -n))[:5], list(map(lambda n: n ** 2, filter(lambda n: n % 5 == 0, nums))))
print(f"{'Name':<8}|{'Qty':>4}|{'Price':>7}")
for name, qty, price in [('pen', 3, 1.2), ('book', 1, 12.5)]:
    print(f'{name:<8}|{qty:>4}|{price:>7.2f}')
print(divmod(17, 5), 17 % -5, -17 // 5, round(2.675, 2), int('101', 2), f'{3.14159:.3}', f'{1e6:g}', f'{1234.5:e}')
print(sorted({'b': 2, 'a': 1}), list({'x': 1}.items()), {1, 2} & {2, 3}, [1, 2, 3][::-1], 'abc'[1:], (1,) * 3)
