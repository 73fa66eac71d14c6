# Shallow and deep copies of nested configuration data, shared parts and cycles.
import copy

defaults = {
    'name': 'service',
    'ports': [80, 443],
    'db': {'host': 'localhost', 'port': 5432, 'replicas': ['r1', 'r2']},
    'limits': (10, [1, 2]),
    'tags': {'web', 'prod'},
}

shallow = copy.copy(defaults)
deep = copy.deepcopy(defaults)
shallow == defaults, deep == defaults
shallow is defaults, shallow['db'] is defaults['db'], deep['db'] is defaults['db']
deep['db']['replicas'] is defaults['db']['replicas']
deep['limits'] is defaults['limits'], deep['limits'][1] is defaults['limits'][1]
deep['name'] is defaults['name']

deep['db']['replicas'].append('r3')
shallow['ports'].append(8080)
defaults['db']['replicas'], deep['db']['replicas'], defaults['ports']
sorted(deep['tags']), deep['tags'] is defaults['tags']

# Sharing inside the copied structure is kept.
row = [0, 0]
grid = [row, row, [row]]
g2 = copy.deepcopy(grid)
g2[0] is g2[1], g2[2][0] is g2[0], g2[0] is row
g2[0].append(1)
g2, grid

# Cycles.
node = {'name': 'root', 'children': []}
child = {'name': 'leaf', 'parent': node}
node['children'].append(child)
clone = copy.deepcopy(node)
clone['children'][0]['parent'] is clone, clone['children'][0] is child
clone['name'], clone['children'][0]['name']

loop = [1, 2]
loop.append(loop)
loop2 = copy.deepcopy(loop)
loop2[2] is loop2, loop2[2] is loop, loop2[:2]

# Tuples are their own deep copies unless an element changes.
atoms = (1, 'two', 3.0, None, (4, 5), True)
copy.deepcopy(atoms) is atoms, copy.copy(atoms) is atoms
frozen = frozenset({6, 7})
copy.copy(frozen) is frozen, copy.deepcopy(frozen) == frozen, copy.deepcopy(frozen)
holder = (1, [2])
copy.deepcopy(holder) is holder, copy.deepcopy(holder) == holder

# Immutable atoms come back as they are.
def helper():
    return 42
values = [7, 2.5, 'text', True, None, range(4), helper, len, int]
[copy.copy(v) is v for v in values]
[copy.deepcopy(v) is v for v in values]

nums = {3, 1, 2}
copy.copy(nums), copy.copy(nums) is nums, copy.deepcopy(nums) == nums
copy.copy([]), copy.deepcopy({}), copy.copy(frozenset({1, 2}))

memo = {}
shared = [1, 2]
first = copy.deepcopy(shared, memo)
second = copy.deepcopy([shared, shared], memo)
second[0] is first, second[1] is first, first == shared
