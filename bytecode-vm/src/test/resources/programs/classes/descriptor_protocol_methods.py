# the descriptor protocol's methods on property, staticmethod and classmethod (__get__, __set__, __delete__, __set_name__, __isabstractmethod__), inspect's descriptor predicates, and a user descriptor with __set_name__
import inspect
class P:
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, x): self._v = x
    @v.deleter
    def v(self): print("deleting"); del self._v
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls, x): return (cls.__name__, x)
p = P()
try:
    print('P.v.__set__(p, 3)', "->", P.v.__set__(p, 3))
except Exception as e:
    print('P.v.__set__(p, 3)', "!!", type(e).__name__, e)
try:
    print('P.v.__get__(p)', "->", P.v.__get__(p))
except Exception as e:
    print('P.v.__get__(p)', "!!", type(e).__name__, e)
try:
    print('P.v.__get__(None, P) is P.v', "->", P.v.__get__(None, P) is P.v)
except Exception as e:
    print('P.v.__get__(None, P) is P.v', "!!", type(e).__name__, e)
try:
    print('P.v.__delete__(p)', "->", P.v.__delete__(p))
except Exception as e:
    print('P.v.__delete__(p)', "!!", type(e).__name__, e)
try:
    print("hasattr(P.v, '__set__')", "->", hasattr(P.v, '__set__'))
except Exception as e:
    print("hasattr(P.v, '__set__')", "!!", type(e).__name__, e)
try:
    print("hasattr(P.v, '__delete__')", "->", hasattr(P.v, '__delete__'))
except Exception as e:
    print("hasattr(P.v, '__delete__')", "!!", type(e).__name__, e)
try:
    print('P.v.__doc__', "->", P.v.__doc__)
except Exception as e:
    print('P.v.__doc__', "!!", type(e).__name__, e)
try:
    print('P.v.fget.__name__', "->", P.v.fget.__name__)
except Exception as e:
    print('P.v.fget.__name__', "!!", type(e).__name__, e)
try:
    print("P.__dict__['s'].__get__(None, P)(4)", "->", P.__dict__['s'].__get__(None, P)(4))
except Exception as e:
    print("P.__dict__['s'].__get__(None, P)(4)", "!!", type(e).__name__, e)
try:
    print("P.__dict__['c'].__get__(None, P)(5)", "->", P.__dict__['c'].__get__(None, P)(5))
except Exception as e:
    print("P.__dict__['c'].__get__(None, P)(5)", "!!", type(e).__name__, e)
try:
    print("P.__dict__['c'].__get__(p)(6)", "->", P.__dict__['c'].__get__(p)(6))
except Exception as e:
    print("P.__dict__['c'].__get__(p)(6)", "!!", type(e).__name__, e)
try:
    print("P.__dict__['s'].__func__(7)", "->", P.__dict__['s'].__func__(7))
except Exception as e:
    print("P.__dict__['s'].__func__(7)", "!!", type(e).__name__, e)
try:
    print("P.__dict__['c'].__func__(P, 8)", "->", P.__dict__['c'].__func__(P, 8))
except Exception as e:
    print("P.__dict__['c'].__func__(P, 8)", "!!", type(e).__name__, e)
try:
    print("P.__dict__['s'].__wrapped__(9)", "->", P.__dict__['s'].__wrapped__(9))
except Exception as e:
    print("P.__dict__['s'].__wrapped__(9)", "!!", type(e).__name__, e)
try:
    print('inspect.isdatadescriptor(P.v)', "->", inspect.isdatadescriptor(P.v))
except Exception as e:
    print('inspect.isdatadescriptor(P.v)', "!!", type(e).__name__, e)
try:
    print("inspect.isdatadescriptor(P.__dict__['s'])", "->", inspect.isdatadescriptor(P.__dict__['s']))
except Exception as e:
    print("inspect.isdatadescriptor(P.__dict__['s'])", "!!", type(e).__name__, e)
try:
    print("inspect.ismethoddescriptor(P.__dict__['s'])", "->", inspect.ismethoddescriptor(P.__dict__['s']))
except Exception as e:
    print("inspect.ismethoddescriptor(P.__dict__['s'])", "!!", type(e).__name__, e)
try:
    print("type(P.__dict__['s']).__name__", "->", type(P.__dict__['s']).__name__)
except Exception as e:
    print("type(P.__dict__['s']).__name__", "!!", type(e).__name__, e)
try:
    print("isinstance(P.__dict__['c'], classmethod)", "->", isinstance(P.__dict__['c'], classmethod))
except Exception as e:
    print("isinstance(P.__dict__['c'], classmethod)", "!!", type(e).__name__, e)
try:
    print('P.v.__isabstractmethod__', "->", P.v.__isabstractmethod__)
except Exception as e:
    print('P.v.__isabstractmethod__', "!!", type(e).__name__, e)
try:
    print('property().__get__(p)', "->", property().__get__(p))
except Exception as e:
    print('property().__get__(p)', "!!", type(e).__name__, e)
try:
    print('property(None, None).__set__(p, 1)', "->", property(None, None).__set__(p, 1))
except Exception as e:
    print('property(None, None).__set__(p, 1)', "!!", type(e).__name__, e)
try:
    print('property(lambda s: 1).__set__(p, 1)', "->", property(lambda s: 1).__set__(p, 1))
except Exception as e:
    print('property(lambda s: 1).__set__(p, 1)', "!!", type(e).__name__, e)
try:
    print('property(lambda s: 1).__delete__(p)', "->", property(lambda s: 1).__delete__(p))
except Exception as e:
    print('property(lambda s: 1).__delete__(p)', "!!", type(e).__name__, e)
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, typ=None):
        return ("get", self.name, obj is None)
    def __set__(self, obj, v):
        print("set", self.name, v)
class Q:
    d = D()
    e = D()
q = Q()
print(q.d, Q.d)
q.d = 5
p2 = property(lambda s: 10)
p2.__set_name__(Q, "zz")
print(Q.__dict__['d'].__get__(q, Q))
