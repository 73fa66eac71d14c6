# Class statement keywords reach __init_subclass__ and a metaclass's __new__/__init__.
class Plugin:
    plugins = {}
    def __init_subclass__(cls, /, name, prio=0, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins[name] = (cls.__name__, prio)
class A(Plugin, name='a'): pass
class B(Plugin, name='b', prio=5): pass
print(Plugin.plugins)
try:
    class C(Plugin): pass
except TypeError as e:
    print('TypeError', e)
try:
    class D(object, bogus=1): pass
except TypeError as e:
    print('TypeError', e)
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        cls.opts = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class E(metaclass=Meta, debug=True, level=3): pass
print(E.opts)
