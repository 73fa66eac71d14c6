# A dict's keys and items views are ordered against sets and each other like sets.
d = {'a': 1, 'b': 2}
e = {'a': 1, 'b': 2, 'c': 3}
print(d.keys() <= {'a', 'b', 'c'}, d.keys() < {'a', 'b'}, d.keys() >= {'a'}, d.keys() > {'a', 'b'})
print(d.items() >= {('a', 1)}, d.items() <= {('a', 1)}, d.items() < e.items(), e.keys() > d.keys())
print({'a'} < d.keys(), frozenset({'a', 'b'}) <= d.keys(), d.keys() <= frozenset('ab'))
print(d.keys() == {'a', 'b'}, d.items() != {('a', 2), ('b', 2)})
for a, b in ((d.values(), {1, 2}), (d.keys(), [1]), (d.keys(), 'ab')):
    try:
        print(a <= b)
    except TypeError as ex:
        print("TypeError:", ex)
