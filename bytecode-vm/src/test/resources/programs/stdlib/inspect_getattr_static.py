# inspect.getattr_static: what the instance and class dicts hold, descriptors not run; data descriptors win over the instance dict
import inspect
class D:
    def __get__(self, obj, t=None): return 42
    def __set__(self, obj, v): pass
class N:
    def __get__(self, obj, t=None): return 7
class Meta(type):
    mattr = "meta"
class C(metaclass=Meta):
    d = D()
    n = N()
    x = 1
    @staticmethod
    def sm(): pass
    @classmethod
    def cm(cls): pass
    @property
    def p(self): return 3
    def __getattr__(self, name): return "dyn"
c = C()
c.__dict__['d'] = 'inst-d'
c.__dict__['n'] = 'inst-n'
c.y = 5
for name in ['sm', 'cm', 'p', 'x', 'y', 'd', 'n']:
    r = inspect.getattr_static(c, name)
    print(name, type(r).__name__, r if isinstance(r, (int, str)) else '')
print(type(inspect.getattr_static(C, 'sm')).__name__, inspect.getattr_static(C, 'mattr'))
print(inspect.getattr_static(c, 'missing', 'default'), c.missing)
try:
    inspect.getattr_static(c, 'missing')
except AttributeError as e:
    print('AttributeError', e)
print(inspect.getattr_static([], "append").__name__, inspect.getattr_static(str, "upper").__name__)
