import reprlib
from collections import deque
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr(set(range(20))), reprlib.repr({i: str(i) for i in range(10)}))
print(reprlib.repr(2 ** 200), reprlib.repr((1,)), reprlib.repr(deque(range(10))), reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(frozenset("abcdefgh")))
r = reprlib.Repr(); r.maxlist = 2; r.maxstring = 10
print(r.repr([1, 2, 3, 4]), r.repr("abcdefghijklmnop"), reprlib.repr(object)[:15])
class Node:
    def __init__(self): self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return "Node(%r)" % (self.children,)
print(Node())
