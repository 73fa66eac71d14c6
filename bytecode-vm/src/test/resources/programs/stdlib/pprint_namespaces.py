# pprint breaks SimpleNamespace (and subclasses) and mappingproxy as CPython does.
import pprint, types
ns = types.SimpleNamespace(a=1, b='x' * 50, c=[1, 2, {'k': 'v' * 30}])
pprint.pprint(ns, width=30)
class NS(types.SimpleNamespace): pass
pprint.pprint(NS(alpha=list(range(30)), beta=None), width=40)
pprint.pprint(types.MappingProxyType({'key%d' % i: i * 1000 for i in range(8)}), width=40)
pprint.pprint(types.SimpleNamespace(x=1))
print("done")
