class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class C(Dd, F): pass
class B(Dd, E): pass
class A(B, C): pass
[c.__name__ for c in A.__mro__]
[c.__name__ for c in C.__mro__]
issubclass(A, F)
