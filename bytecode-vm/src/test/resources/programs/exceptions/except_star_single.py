# except*: one exception raised by a clause, with nothing else left over, is raised as itself.
def naked():
    try:
        1 / 0
    except* ZeroDivisionError:
        raise KeyError(5)

def grouped(raise_two, leave_rest):
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('from value')
    except* TypeError:
        if raise_two:
            raise IndexError('from type')
        if not leave_rest:
            pass
        else:
            raise

for f in (naked, lambda: grouped(False, False), lambda: grouped(True, False), lambda: grouped(False, True)):
    try:
        f()
    except KeyError as e:
        print('caught KeyError', repr(e))
    except BaseException as e:
        print('caught', type(e).__name__, repr(e), [repr(x) for x in getattr(e, 'exceptions', [])])
