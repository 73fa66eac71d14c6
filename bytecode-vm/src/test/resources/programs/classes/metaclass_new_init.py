# A metaclass's __new__ and __init__ run when a class statement makes a class, and when the
# metaclass is called directly; super() inside them reaches type.
registry = []

class Registered(type):
    def __new__(mcs, name, bases, ns):
        ns['tag'] = name.lower()
        cls = super().__new__(mcs, name, bases, ns)
        registry.append(name)
        return cls

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.fields = sorted(k for k in ns if not k.startswith('__'))


class Base(metaclass=Registered):
    a = 1


class Child(Base):
    b = 2

    def method(self):
        return self.tag


print(registry, Base.tag, Child.tag, Child.fields, Child().method(), type(Child).__name__)
Dyn = Registered('Dyn', (Base,), {'c': 3})
print(Dyn.tag, Dyn.fields, Dyn.c, Dyn.a, registry)


class Singleton(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.instance = None

    def __call__(cls, *args):
        if cls.instance is None:
            cls.instance = super().__call__(*args)
        return cls.instance


class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value


print(Config(1).value, Config(2).value, Config(1) is Config(3))


class Plain(type):
    pass


class P(metaclass=Plain):
    pass


print(type(P).__name__, isinstance(P, Plain), isinstance(P, type))
T = type('T', (), {'x': 5})
print(T.x, T.__name__)
