# ExceptionGroup, BaseExceptionGroup and except* (PEP 654), as Python 3.11 runs them
eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [ValueError(2), KeyError("k")])])
print(str(eg), repr(eg))
print(eg.message, eg.exceptions, eg.args[0], type(eg.args[1]).__name__)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), ExceptionGroup.__mro__)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.split(BaseException)[0] is eg, eg.subgroup(OSError))
m, r = eg.split((TypeError, KeyError))
print(repr(m), repr(r))
for bad in [lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("m", []),
            lambda: ExceptionGroup("m", [1]), lambda: ExceptionGroup("m", ValueError()),
            lambda: ExceptionGroup("m", [KeyboardInterrupt()]), lambda: eg.split(42)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def handle(exc):
    try:
        raise exc
    except* ValueError as g:
        print("  ValueError part:", repr(g))
    except* (TypeError, KeyError) as g:
        print("  Type/KeyError part:", repr(g))

for exc in [eg, ValueError("naked"), ExceptionGroup("only", [TypeError(3)])]:
    print("handling", repr(exc))
    handle(exc)

try:
    try:
        raise ExceptionGroup("mixed", [ValueError(1), OSError(2)])
    except* ValueError:
        print("caught the ValueErrors")
except ExceptionGroup as rest:
    print("left over:", repr(rest))

try:
    try:
        raise KeyError("naked")
    except* ValueError:
        print("no")
except KeyError as e:
    print("naked exception re-raised as itself:", repr(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from the handler")
    except* TypeError:
        raise
except ExceptionGroup as e:
    print(repr(e))
    print([type(x).__name__ for x in e.exceptions])

try:
    try:
        raise ValueError(5)
    except* ValueError as g:
        print("matched a naked one as", repr(g))
        raise
except ExceptionGroup as e:
    print("bare raise gives back", repr(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)

e = ValueError("noted")
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
m, r = mg.split(ValueError)
print(type(m).__name__, repr(m), repr(r))
n = 0
for i in range(3):
    try:
        raise ExceptionGroup("loop", [ValueError(i)] * (i + 1))
    except* ValueError as g:
        n += len(g.exceptions)
        for x in g.exceptions:
            if x.args[0] == 1:
                break
print("total", n)
