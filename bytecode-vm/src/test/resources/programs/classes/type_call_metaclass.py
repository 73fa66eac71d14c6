# type(name, bases, ns) lets the bases' metaclass make the class and passes keywords to
# __init_subclass__; type.__prepare__ answers an empty dict.
class M(type):
    def __new__(m, n, b, ns):
        print("M.__new__", n)
        return super().__new__(m, n, b, ns)
class A(metaclass=M): pass
B = type("B", (A,), {})
print(type(B).__name__)
class Base:
    def __init_subclass__(cls, color="none", **kw):
        super().__init_subclass__(**kw); cls.color = color
D = type("D", (Base,), {}, color="red")
print(D.color)


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        print("prepare", name, type(ns).__name__, kw)
        return ns


class E(metaclass=OrderedMeta):
    x = 1


print(type.__prepare__("X", ()), E.x, type(E).__name__)
