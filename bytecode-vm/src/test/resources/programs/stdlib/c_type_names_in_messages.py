# Library classes CPython writes in C name their instances in messages by their C type names
# ('collections.deque', 'datetime.timedelta', 'decimal.Decimal'...); type(x).__name__ stays short.
import array, collections, datetime, decimal, functools, io, itertools, operator, struct

objs = [decimal.Decimal(1), decimal.getcontext(), datetime.date(2020, 1, 1), datetime.datetime(2020, 1, 1),
        datetime.time(), datetime.timedelta(), datetime.timezone.utc, collections.deque(),
        collections.OrderedDict(), collections.defaultdict(), collections.Counter(), array.array('i'),
        io.StringIO(), io.BytesIO(), functools.partial(len), itertools.count(), itertools.repeat(1),
        itertools.groupby([]), operator.itemgetter(1), operator.attrgetter('a'), operator.methodcaller('a'),
        struct.Struct('i')]
for o in objs:
    try:
        o @ 1
    except TypeError as e:
        print(type(o).__name__, "|", e)
for o in (collections.deque(), datetime.timedelta(1)):
    try:
        o.nope
    except AttributeError as e:
        print(e)
try:
    hash(collections.deque())
except TypeError as e:
    print(e)
try:
    collections.deque()()
except TypeError as e:
    print(e)


class MyDeque(collections.deque):
    pass


try:
    MyDeque() @ 1
except TypeError as e:
    print(e)
