# The special methods' results are checked as CPython checks them: a wrong type is a TypeError.
class F:
    def __float__(self): return 1
    def __int__(self): return 1.5
    def __index__(self): return 'x'
    def __bool__(self): return 1
    def __len__(self): return -1
    def __hash__(self): return 'h'
    def __str__(self): return 5
    def __repr__(self): return None

f = F()
for name, fn in [('float', float), ('int', int), ('index', lambda o: [1, 2][o]), ('bool', bool), ('len', len),
                 ('hash', hash), ('str', str), ('repr', repr), ('format', format), ('math.sqrt', __import__('math').sqrt if False else None)]:
    if fn is None:
        continue
    try:
        print(name, fn(f))
    except (TypeError, ValueError) as e:
        print(name, type(e).__name__, e)

class G:
    def __len__(self): return 2**70
    def __index__(self): return 3

try:
    len(G())
except OverflowError as e:
    print('OverflowError', e)
print([10, 20, 30, 40][G()], float(G()) if hasattr(G, '__float__') else 'no __float__', round(2.675, 2), (2.5).__round__(), (7).__round__(-1))
import operator, math
print(operator.index(G()), math.sqrt(G()))
try:
    operator.index('x')
except TypeError as e:
    print('TypeError', e)
