class Base:
    def who(self):
        return "base"
class Child(Base):
    def who(self):
        s = super()
        return s.who(), s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__
    @classmethod
    def make(cls):
        s = super()
        return s.__thisclass__.__name__, s.__self__.__name__, s.__self_class__.__name__
print(Child().who(), Child.make())
print(repr(super(Child, Child())).split(" object at")[0])
