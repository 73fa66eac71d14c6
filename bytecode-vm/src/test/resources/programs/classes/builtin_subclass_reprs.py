# set, frozenset, bytearray, deque and array name a subclass in their repr (list and dict do not);
# dict.fromkeys and float.fromhex make an instance of the class they are called on.
from array import array
from collections import deque, OrderedDict


class S(set):
    pass


class F(frozenset):
    pass


class Dq(deque):
    pass


class BA(bytearray):
    pass


class A(array):
    pass


class L(list):
    pass


class D(dict):
    pass


print(S({1}), F(), Dq([1]), BA(b"y"), A('i', [1]))
print(repr(S()), repr(F({2, 3})), repr(Dq([1, 2], maxlen=3)), repr(BA()), repr(A('d')), repr(A('u', 'hi')))
print(str(S({"a"})), f"{F({4})!r}", [S({5})], {"k": BA(b"\x00z")})
print(L([1]), D(a=1), set(), frozenset(), deque(), bytearray(b"q"), array('b', [1, 2]))


class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)


class OD(OrderedDict):
    pass


print(type(D.fromkeys("ab")).__name__, D.fromkeys("ab", 0))
print(Loud.fromkeys("xy", 1))
print(type(OD.fromkeys("ab")).__name__, OD.fromkeys("ab"))
print(type(dict.fromkeys([1])).__name__)


class MyFloat(float):
    pass


h = MyFloat.fromhex("0x1.8p1")
print(type(h).__name__, h, type(float.fromhex("0x1p-2")).__name__)
