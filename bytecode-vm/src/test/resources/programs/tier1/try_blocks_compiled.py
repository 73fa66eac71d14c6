# try/except/finally and with blocks inside compiled functions: the try bodies run compiled; an
# exception leaves for tier 0 with the frame's blocks, where the handler runs as CPython's would.
class Ctx:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append('enter')
        return self
    def __exit__(self, t, v, tb):
        self.log.append('exit ' + (t.__name__ if t else 'ok'))
        return t is KeyError

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return -1

def nested(n):
    out = []
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise ValueError(i)
                out.append(10 // (i % 4))
            except ZeroDivisionError as e:
                out.append('zde')
            finally:
                out.append('f')
        except ValueError as e:
            out.append(('ve', e.args[0]))
    return out

def loops(n):
    total = 0
    for i in range(n):
        try:
            if i == 7:
                break
            if i % 2:
                continue
            total += i
        finally:
            total += 100
    return total

def withs(n):
    log = []
    for i in range(n):
        with Ctx(log) as c:
            if i == 1:
                raise KeyError(i)
            log.append(i)
    try:
        with Ctx(log):
            raise IndexError('x')
    except IndexError:
        log.append('caught')
    return log

def raising_callee(x):
    if x > 2:
        raise RuntimeError('big %d' % x)
    return x

def callers(n):
    res = []
    for i in range(n):
        try:
            res.append(raising_callee(i))
        except RuntimeError as e:
            res.append(str(e))
        else:
            res.append('else')
    return res

def reraise(n):
    try:
        try:
            1 / n
        except ZeroDivisionError:
            raise
    except ZeroDivisionError as e:
        return 'again: ' + str(e)
    return 'fine'

d = {'a': 1}
for r in range(30):
    x = (lookup(d, 'a'), lookup(d, 'b'), nested(7), loops(12), withs(3), callers(5), reraise(r % 2))
print(x)
try:
    def bad():
        try:
            return undefined_name
        finally:
            pass
    bad()
except NameError as e:
    print('NameError', e)
