# generator.throw() and close(): the exception is raised where the generator is paused, its
# handlers and finally blocks run, and close() checks the generator really stops.
log = []

def worker():
    try:
        while True:
            try:
                x = yield
                log.append(('got', x))
            except ValueError as e:
                log.append(('value error', str(e)))
                yield 'recovered'
    finally:
        log.append('cleanup')

w = worker()
next(w)
w.send(1)
print(w.throw(ValueError('bad')))
next(w)
w.send(2)
w.close()
print(log)
print(w.close())

def counter():
    n = 0
    while True:
        try:
            yield n
        except GeneratorExit:
            print('exit at', n)
            raise
        n += 1

c = counter()
print(next(c), next(c))
c.close()
try:
    next(c)
except StopIteration:
    print('stopped')

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)

def returns():
    try:
        yield 1
    except KeyError:
        return 'done'

r = returns()
next(r)
try:
    r.throw(KeyError)
except StopIteration as e:
    print('StopIteration', e.value)

def unhandled():
    yield 1
    yield 2

u = unhandled()
next(u)
try:
    u.throw(TypeError, 'nope')
except TypeError as e:
    print('propagated:', e)
print(list(u))

fresh = unhandled()
try:
    fresh.throw(IndexError('early'))
except IndexError as e:
    print('not started:', e)
print(list(fresh))
fresh2 = unhandled()
fresh2.close()
print(list(fresh2))
