# throw() and close() of a generator paused in yield from over an iterator that is not a generator go to that iterator's throw and close, as CPython's gen_throw
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def send(self, v): return ("sent", v)
    def throw(self, *a): return "it.throw called " + a[0].__name__
    def close(self): print("it.close called")
def g():
    r = yield from It()
    print("result", r)
    yield "after"
x = g()
print(next(x))
print(x.send(5))
print(x.throw(KeyError))
x.close()
y = g(); next(y); y.close()
class Stopper(It):
    def throw(self, typ, val=None, tb=None):
        raise StopIteration(42)
z = (lambda: (yield from Stopper()))()
def h():
    r = yield from Stopper()
    print("h got", r)
    yield "h after"
hh = h(); print(next(hh)); print(hh.throw(ValueError))
class Raiser(It):
    def throw(self, typ, val=None, tb=None):
        raise IndexError("from throw")
def k():
    try:
        yield from Raiser()
    except IndexError as e:
        print("caught", e)
        yield "k after"
kk = k(); print(next(kk)); print(kk.throw(KeyError))
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 7
def m():
    try:
        yield from NoThrow()
    except KeyError:
        yield "m caught"
mm = m(); print(next(mm)); print(mm.throw(KeyError))
class BadClose(It):
    def close(self): raise ValueError("close failed")
def n():
    yield from BadClose()
nn = n(); next(nn)
try:
    nn.close()
except ValueError as e:
    print("close raised", e)
