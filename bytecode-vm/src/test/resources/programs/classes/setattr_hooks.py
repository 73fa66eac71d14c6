# object.__setattr__ / __delattr__ by name, user __setattr__ calling super(), frozen dataclasses.
import dataclasses

class Logged:
    def __init__(self):
        self.log = []
        object.__setattr__(self, 'x', 1)

    def __setattr__(self, name, value):
        if name != 'log':
            self.log.append(name)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append('del ' + name)
        object.__delattr__(self, name)

o = Logged()
o.y = 2
o.x = 3
del o.y
print(o.log, o.x, hasattr(o, 'y'))

@dataclasses.dataclass(frozen=True)
class Money:
    amount: int
    currency: str = 'EUR'

    def __post_init__(self):
        object.__setattr__(self, 'amount', self.amount * 100)

m = Money(5)
print(m, hash(m) == hash(Money(5)))
for action in (lambda: setattr(m, 'amount', 1), lambda: delattr(m, 'currency'), lambda: setattr(m, 'other', 1)):
    try:
        action()
    except dataclasses.FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
