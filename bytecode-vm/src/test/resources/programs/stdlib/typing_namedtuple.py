# typing.NamedTuple (class syntax and functional form), Generic, NewType, get_type_hints,
# function __annotations__ and generic aliases such as list[int].
from typing import NamedTuple, Generic, TypeVar, NewType, get_type_hints, Optional

class Employee(NamedTuple):
    name: str
    dept: str = 'eng'
    salary: int = 100

    def raise_pay(self, pct):
        return self._replace(salary=self.salary * (100 + pct) // 100)

e = Employee('ann')
print(e, e.raise_pay(10), e._asdict(), Employee._fields, Employee._field_defaults)
print(Employee.__annotations__)
name, dept, salary = Employee('bob', 'ops', 90)
print(name, dept, salary, e == ('ann', 'eng', 100), len(e))
Pair = NamedTuple('Pair', [('left', int), ('right', int)])
print(Pair(1, 2), Pair(1, 2).right)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as err:
    print('TypeError:', err)

T = TypeVar('T')

class Stack(Generic[T]):
    def __init__(self):
        self.items = []

    def push(self, item: T) -> None:
        self.items.append(item)

s = Stack[int]()
s.push(3)
print(s.items, type(s).__name__)
UserId = NewType('UserId', int)
print(UserId(5), UserId.__name__)

def f(a: int, b: 'str' = 'x', *args: float, c: Optional[int] = None, **kw: bool) -> list[int]:
    return [a]

print(f.__annotations__['a'], f.__annotations__['b'], f.__annotations__['return'], sorted(f.__annotations__))
print(list[int], dict[str, list[int]], tuple[int, ...], list[int]('ab'), list[int].__origin__, list[int].__args__)
print(get_type_hints(Employee)['salary'], (lambda x: x).__annotations__)
try:
    isinstance([], list[int])
except TypeError as err:
    print('TypeError:', err)
