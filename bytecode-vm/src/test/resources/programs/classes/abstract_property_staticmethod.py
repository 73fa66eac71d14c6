# abstract properties and static methods: __isabstractmethod__ through property and staticmethod, as abc reads it
from abc import ABC, abstractmethod
class Base(ABC):
    @property
    @abstractmethod
    def area(self): ...
    @staticmethod
    @abstractmethod
    def make(): ...
class Half(Base):
    @property
    def area(self): return 1
class Full(Half):
    @staticmethod
    def make(): return Full()
for C in (Base, Half, Full):
    try:
        C(); print(C.__name__, "ok", sorted(C.__abstractmethods__))
    except TypeError as e:
        print(C.__name__, e)
print(Base.area.__isabstractmethod__, Half.area.__isabstractmethod__)
