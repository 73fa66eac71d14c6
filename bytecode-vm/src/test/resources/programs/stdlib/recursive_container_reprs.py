# Reprs of objects that contain themselves: deque, OrderedDict, ChainMap, dataclasses (reprlib.recursive_repr);
# Fraction has numbers.Real's real, imag and conjugate.
import collections
from dataclasses import dataclass, field
from fractions import Fraction
for c in [collections.OrderedDict(), collections.deque(), collections.defaultdict(list), collections.ChainMap()]:
    if isinstance(c, collections.deque): c.append(c)
    elif isinstance(c, collections.ChainMap): c['x'] = c
    else: c["x"] = c
    print(repr(c))
@dataclass
class Node:
    val: int = 0
    nxt: object = None
    kids: list = field(default_factory=list)
n = Node(); n.nxt = n; n.kids.append(n); print(n)
a, b = Node(1), Node(2); a.nxt = b; b.nxt = a; print(a)
f = Fraction(3, 4); print(f.real, f.imag, f.conjugate(), complex(f))
d = collections.deque([1, 2], maxlen=3); d.append(d); print(d)
