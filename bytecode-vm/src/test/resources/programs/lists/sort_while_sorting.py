l=[3,1,2]
def key(v):
    l.append(v); return v
try: l.sort(key=key)
except ValueError as e: print(e, l)
m=[3,1,2]
def k2(v):
    print('len during', len(m)); return v
m.sort(key=k2); print(m)
n=[3,'a',1]
try: n.sort()
except TypeError as e: print(e, n)
o=[3,2,1]
def bad(v):
    if v == 2: raise KeyError(v)
    return v
try: o.sort(key=bad)
except KeyError as e: print('KeyError', e, o)
big = list(range(100000, 0, -1)); big.sort(); print(big[:3], big[-1])
words = ["pear", "Apple", "fig"]; words.sort(key=str.lower, reverse=True); print(words)
