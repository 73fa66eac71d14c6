# typing for Fora: the names exist and can be subscripted, so annotated code runs; Fora does not
# check types.


class _Special:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return _Special(self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError("Type %s cannot be instantiated" % self._name)

    def __repr__(self):
        return 'typing.' + self._name

    def __or__(self, other):
        return _Special('Union')

    def __ror__(self, other):
        return _Special('Union')


Any = _Special('Any')
Union = _Special('Union')
Optional = _Special('Optional')
List = _Special('List')
Dict = _Special('Dict')
Set = _Special('Set')
FrozenSet = _Special('FrozenSet')
Tuple = _Special('Tuple')
Callable = _Special('Callable')
Iterable = _Special('Iterable')
Iterator = _Special('Iterator')
Generator = _Special('Generator')
Sequence = _Special('Sequence')
Mapping = _Special('Mapping')
MutableMapping = _Special('MutableMapping')
Collection = _Special('Collection')
Container = _Special('Container')
Hashable = _Special('Hashable')
Type = _Special('Type')
Literal = _Special('Literal')
Final = _Special('Final')
ClassVar = _Special('ClassVar')
NoReturn = _Special('NoReturn')
Deque = _Special('Deque')
DefaultDict = _Special('DefaultDict')
Counter = _Special('Counter')
SupportsInt = _Special('SupportsInt')
SupportsFloat = _Special('SupportsFloat')
Number = _Special('Number')
AnyStr = _Special('AnyStr')
Text = str
TYPE_CHECKING = False


def TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False):
    return _Special(name)


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_type_hints(obj):
    return {}
