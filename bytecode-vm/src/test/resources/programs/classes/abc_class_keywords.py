# Class keywords reach __init_subclass__ through an ABC's metaclass too.
import abc


class Plugin(abc.ABC):
    registry = {}

    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        Plugin.registry[kind] = cls.__name__

    @abc.abstractmethod
    def run(self):
        ...


class Csv(Plugin, kind="csv"):
    def run(self):
        return "csv!"


class Json(Plugin, kind="json"):
    def run(self):
        return "json!"


print(Csv.kind, Json.kind, sorted(Plugin.registry.items()))
print(Csv().run(), isinstance(Json(), Plugin))
try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)


class Meta(abc.ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.made_by = "Meta"
        return cls


class Base(metaclass=Meta):
    def __init_subclass__(cls, flag=False, **kw):
        cls.flag = flag


class Sub(Base, flag=True):
    pass


print(Sub.flag, Sub.made_by)
