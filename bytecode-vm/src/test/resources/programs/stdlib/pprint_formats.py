import pprint
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque

data = {'name': 'example', 'values': list(range(30)), 'nested': {'a': [1, 2, {'deep': 'x' * 40}], 'b': (1, 2, 3)},
        'words': 'the quick brown fox jumps over the lazy dog ' * 4, 'z': None, 'flag': True, 3.5: 'float key'}
pprint.pformat(data)
pprint.pformat(data, width=40)
pprint.pformat(data, width=120, sort_dicts=False)
pprint.pformat(data, indent=4, width=50)
pprint.pformat(data, depth=1)
pprint.pformat(data, depth=2, width=30)
pprint.pformat(list(range(50)), compact=True)
pprint.pformat(list(range(50)), width=30, compact=True)
pprint.pformat([[1, 2, 3] * 5, ('a', 'b') * 6, {'k': 'v' * 70}], compact=True)
pprint.pformat(tuple(range(30)))
pprint.pformat((list(range(30)),))
pprint.pformat(set(range(40)))
pprint.pformat(frozenset(range(40)))
pprint.pformat({'s': set('abcdefghijklmnopqrstuvwxyz0123456789')}, width=40)
pprint.pformat('a long string ' * 10)
pprint.pformat(['a long string with many words ' * 4, 'line one\nline two\n' * 5])
pprint.pformat({'key': 'word ' * 30}, width=50)
pprint.pformat([1, [2, [3, [4, [5, [6]]]]]], depth=3)
pprint.saferepr({'b': 1, 'a': [1, 2]})
pprint.isreadable([1, 2, 'x']), pprint.isreadable(object), pprint.isrecursive([1])
r = [1, 2]
r.append(r)
pprint.isrecursive(r), pprint.isreadable(r)
pprint.pformat({2: 'b', 1: 'a', 'x': 0, (1, 2): 'tuple'}, width=20)
pprint.pformat(OrderedDict((str(i), i * 100) for i in range(12)), width=40)
dd = defaultdict(list)
for i in range(12):
    dd['key%d' % i].append(i)
pprint.pformat(dd, width=40)
pprint.pformat(Counter('the quick brown fox jumps over the lazy dog'), width=40)
pprint.pformat(ChainMap({'a': list(range(20))}, {'b': 'y' * 50}), width=40)
pprint.pformat(deque(range(40)), width=40)
pprint.pformat(deque(range(40), maxlen=50), width=40)
pp = pprint.PrettyPrinter(width=30, indent=2)
pp.pformat({'alpha': [1, 2, 3, 4, 5, 6, 7, 8], 'beta': {'gamma': 'delta' * 3}})
pprint.pformat(10**40, underscore_numbers=True)
pprint.pformat([10**12] * 3, underscore_numbers=True, width=20)
class Custom:
    def __repr__(self):
        return 'Custom(' + 'x' * 90 + ')'
pprint.pformat([Custom()])
class MyList(list):
    pass
pprint.pformat(MyList(range(30)))
try:
    pprint.PrettyPrinter(indent=-1)
except ValueError as e:
    err = str(e)
err
