# a __prepare__ namespace sees __module__, __qualname__, the body's names and __classcell__ only when a method reads __class__ or calls super()
class NS(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class M(type):
    @classmethod
    def __prepare__(m, name, bases): return NS()
    def __new__(m, name, bases, ns):
        print(sorted(ns))
        return super().__new__(m, name, bases, ns)
class A(metaclass=M):
    x = 1
class B(A):
    def f(self):
        return super().f if False else __class__
    def g(self):
        def inner():
            return __class__
        return inner
class C(A):
    def h(self):
        return [__class__ for _ in range(1)]
print(B().f() is B, C().h()[0] is C, B().g()() is B)
class D:
    class E:
        def k(self):
            return __class__
    def m(self):
        return 1
print(D.E().k() is D.E)
