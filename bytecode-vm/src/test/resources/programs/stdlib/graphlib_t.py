from graphlib import TopologicalSorter, CycleError

g = {'D': {'B', 'C'}, 'C': {'A'}, 'B': {'A'}}
g = {'D': ['B', 'C'], 'C': ['A'], 'B': ['A']}
print(list(TopologicalSorter(g).static_order()))
print(tuple(TopologicalSorter({2: [1], 3: [2], 1: []}).static_order()))

ts = TopologicalSorter()
ts.add('build', 'compile', 'link')
ts.add('link', 'compile')
ts.add('test', 'build')
ts.add('docs')
ts.prepare()
step = 0
while ts.is_active():
    ready = ts.get_ready()
    print(step, ready, bool(ts))
    ts.done(*ready)
    step += 1
print(bool(ts), ts.get_ready())

for g in [{1: [2], 2: [1]}, {'a': ['b'], 'b': ['c'], 'c': ['a'], 'd': []}, {1: [1]}, {0: [1], 1: [2], 2: [3], 3: [1]}]:
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print('CycleError', e.args, str(e), isinstance(e, ValueError))

ts = TopologicalSorter({'x': ['y']})
for fn in [ts.get_ready, ts.is_active, lambda: ts.done('x')]:
    try:
        fn()
    except ValueError as e:
        print('ValueError', e)
ts.prepare()
try:
    ts.prepare()
except ValueError as e:
    print('ValueError', e)
try:
    ts.add('z')
except ValueError as e:
    print('ValueError', e)
for n in ['x', 'q']:
    try:
        ts.done(n)
    except ValueError as e:
        print('ValueError', e)
r = ts.get_ready()
print(r)
ts.done('y')
try:
    ts.done('y')
except ValueError as e:
    print('ValueError', e)
print(ts.get_ready(), ts.get_ready())
ts.done('x')
print(ts.is_active())
ts = TopologicalSorter()
ts.add(1, 2, 2)
print(list(ts.static_order()))
print(TopologicalSorter[int])
