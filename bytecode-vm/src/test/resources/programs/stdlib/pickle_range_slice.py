# range and slice pickle and copy as CPython: remade from their bounds (range.__reduce__, slice.__reduce__).
import pickle, copy
for proto in range(0, 6):
    r = pickle.loads(pickle.dumps(range(1, 10, 2), protocol=proto))
    s = pickle.loads(pickle.dumps(slice(1, 5), protocol=proto))
    print(proto, r, r == range(1, 10, 2), len(r), s, s == slice(1, 5))
print(pickle.loads(pickle.dumps(range(10**30, 10**30 + 5))), copy.deepcopy([range(3), slice(None, 2, -1)]))
print(range(3).__reduce__(), slice(1, 2).__reduce_ex__(2))
