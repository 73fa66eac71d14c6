# Descriptors: __set_name__ when the class is made, __get__ on reads (data descriptors win over
# the instance's own attributes, non-data ones do not), and on the class itself.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.slot = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}')
        setattr(obj, self.slot, value)


class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 'Lazy on ' + objtype.__name__
        self.calls += 1
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Point:
    x = Typed(int)
    y = Typed(int)

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @Lazy
    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p.x, p.y, Point.x.name, Point.x.owner, Point.y.slot)
try:
    p.x = 'three'
except TypeError as e:
    print('TypeError:', e)
print(p.norm2, p.norm2, 'norm2' in p.__dict__, Point.norm2)
p.__dict__['x'] = 'shadow'
print(p.x)


class Constant:
    def __get__(self, obj, objtype=None):
        return 42


class K:
    answer = Constant()


k = K()
print(k.answer, K.answer)
k.answer = 'own'
print(k.answer, K.answer)
