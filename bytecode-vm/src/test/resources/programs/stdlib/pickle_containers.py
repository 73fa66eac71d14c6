import pickle

shared = [1, 2]
st = ('s', 't')
rec_list = [1]
rec_list.append(rec_list)
rec_dict = {'k': 1}
rec_dict['self'] = rec_dict
rec_tuple = ([],)
rec_tuple[0].append(rec_tuple)
rec_tuple4 = ([], 1, 2, 3)
rec_tuple4[0].append(rec_tuple4)
nested = {'a': [shared, shared], 'b': (shared, st, st), 'c': {'d': shared}}

values = [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((), ((),)),
          [], [1], [1, 2], ['a', ('b',), ['c', []]],
          {}, {'a': 1}, {'a': 1, 'b': 2}, {1: 'x', (1, 2): [3]},
          set(), {1}, {3, 1, 2}, frozenset(), frozenset({5}),
          frozenset({7, 8, 9}), {frozenset({1, 2}): {3}},
          [shared, shared], nested, (st, st, [st]),
          rec_list, rec_dict, rec_tuple, rec_tuple4, [rec_list, rec_dict],
          [st, (st, st), [st]]]

def show(v, p):
    data = pickle.dumps(v, p)
    if len(data) > 300:
        print('len', len(data), data[:60], data[-60:], sum(data) % 100003)
    else:
        print(data)
    return data

for p in range(pickle.HIGHEST_PROTOCOL + 1):
    print('--- protocol', p)
    for v in values:
        data = show(v, p)
        back = pickle.loads(data)
        if v is rec_list:
            print('  rec', back[1] is back, back[0])
        elif v is rec_dict:
            print('  rec', back['self'] is back)
        elif v is rec_tuple or v is rec_tuple4:
            print('  rec', back[0][0] is back)
        elif v is nested:
            print('  shared', back['a'][0] is back['a'][1] is back['b'][0]
                  is back['c']['d'], back['b'][1] is back['b'][2])
        elif type(v) is list and v and v[0] is rec_list:
            pass
        else:
            print('  ok', back == v, type(back).__name__)

# batching around 1000 elements
for n in (999, 1000, 1001, 2000, 2001, 2500):
    for p in (0, 1, 2, 4, 5):
        lst = list(range(n))
        dct = dict.fromkeys(range(n))
        for v in (lst, dct, set(lst), frozenset(lst), tuple(lst)):
            data = pickle.dumps(v, p)
            print(n, p, type(v).__name__, len(data), data[-12:],
                  sum(data) % 100003, pickle.loads(data) == v)

# shared tuple inside list many times; memo indices > 255
many = [(i, str(i)) for i in range(300)]
many = many + many
for p in range(6):
    data = pickle.dumps(many, p)
    print(p, len(data), data[-30:], sum(data) % 100003,
          pickle.loads(data) == many)

# big strings/bytes around the 64 KiB frame target
for p in (4, 5):
    for v in (['a' * 70000, 'b', b'c' * 100000, 'short'],
              [b'x' * 65535, b'y' * 65536, 'z' * 65536],
              [[i, str(i), float(i)] for i in range(15000)],
              {str(i): 'v' * (i % 50) for i in range(5000)}):
        data = pickle.dumps(v, p)
        frames = []
        print(p, len(data), data[:24], data[-24:], sum(data) % 100003,
              pickle.loads(data) == v)
