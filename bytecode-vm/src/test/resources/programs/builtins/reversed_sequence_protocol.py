# reversed() of an object with __len__ and __getitem__ reads one item per step, from the end.
class S:
    def __len__(self): return 3
    def __getitem__(self, i): print("get", i); return i * 10
r = reversed(S()); print("created", type(r).__name__); print(next(r)); print(list(r))
class T:
    def __len__(self): return 5
    def __getitem__(self, i):
        if i > 2: raise IndexError(i)
        return i
print(list(reversed(T())))
class U(tuple):
    def __getitem__(self, i): return tuple.__getitem__(self, i) * 2
print(list(reversed(U((1, 2, 3)))))
