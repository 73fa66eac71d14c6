# Generators have their function's names, and inspect tells their state.
import inspect


def counter(n):
    for i in range(n):
        yield i


class Box:
    def items(self):
        yield 1


g = counter(2)
print(g.__name__, g.__qualname__, Box().items().__qualname__, (x for x in ()).__name__)
print(inspect.getgeneratorstate(g), g.gi_running, g.gi_suspended, g.gi_frame is None)
next(g)
print(inspect.getgeneratorstate(g), g.gi_suspended)


def watch():
    yield inspect.getgeneratorstate(w)


w = watch()
print(next(w))
list(g)
print(inspect.getgeneratorstate(g), g.gi_frame is None, g.gi_suspended)
h = counter(3)
h.close()
print(inspect.getgeneratorstate(h))
