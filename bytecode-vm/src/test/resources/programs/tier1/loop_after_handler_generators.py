# Loops that go on in compiled code after a handled exception, over generators they own (closed as
# CPython closes them when the loop lets go), and with a finally clause in the body.
log = []
def gen(n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("closed at %d" % i)

def use(n, stop):
    d = {}
    for v in gen(n):
        try:
            d[v % 7] += v
        except KeyError:
            d[v % 7] = v
        if v == stop:
            break
    return sorted(d.items())

def use2(n):
    t = 0
    for v in gen(n):
        try:
            t += [1, 2][v % 3]
        except IndexError:
            t -= 1
    return t

print(use(5000, 4000), log)
print(use2(3000), log)
def deep(n):
    total = 0
    for i in range(n):
        try:
            if i % 50 == 0:
                raise KeyError(i)
            total += i
        except KeyError as e:
            total += len(str(e))
        finally:
            total += 1
    return total
print(deep(20000))
