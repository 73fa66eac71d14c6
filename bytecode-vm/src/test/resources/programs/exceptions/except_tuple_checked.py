# An except clause's classes are all checked before any is matched, and its tuple does not nest.
def attempt(clause):
    try:
        try:
            raise KeyError('k')
        except clause as e:
            return 'caught ' + type(e).__name__
    except TypeError as t:
        return 'TypeError: ' + str(t)
    except KeyError:
        return 'not caught'

print(attempt((KeyError, ValueError)))
print(attempt((KeyError, (ValueError,))))
print(attempt((KeyError, 5)))
print(attempt((5, KeyError)))
print(attempt(()))
print(attempt(LookupError))
print(attempt((ValueError, LookupError)))
print(isinstance(3, (str, (int, float))), issubclass(bool, (str, (float, (int,)))))
