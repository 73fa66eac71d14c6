# iter() of an object whose __iter__ returns an iterator written in Python returns that object;
# __iter__ = None makes a class not iterable.
import itertools
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def peek(self): return "peek"
it = It()
print(iter(it) is it, hasattr(iter(it), "peek"))
c = itertools.count()
print(iter(c) is c)
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print(e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)
class Sq:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * i
it = iter(Sq()); print(next(it), list(it), type(it).__name__)
class W:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
w = W(); i2 = iter(w); print(i2 is w, next(i2), list(i2), list(zip(W(), W())))
class G:
    def __iter__(self): yield from (1, 2)
g = iter(G()); print(type(g).__name__, list(g))
