# A for loop over a generator it made closes it when it leaves early (break, return), as CPython
# does when the generator's last reference goes: its finally blocks run at that point.
log = []

def numbers(tag, n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append(tag + ' closed')
        print(tag, 'cleanup')

for x in numbers('a', 10):
    if x == 3:
        break
print('after break', log)

def first_over(limit):
    for x in numbers('b', 100):
        if x * x > limit:
            return x
    return None

print('first_over', first_over(50), log[-1])

def nested():
    total = 0
    for i in numbers('outer', 5):
        for j in numbers('inner%d' % i, 5):
            if j > i:
                break
            total += j
        if i == 2:
            return total
    return -1

print('nested', nested())

# a generator expression made by the loop
for y in (v * 2 for v in range(5)):
    if y >= 4:
        break
print('genexp done')

# an exception leaving the loop: closed before the handler runs
try:
    for x in numbers('raising', 5):
        if x == 2:
            raise KeyError(x)
except KeyError as e:
    print('caught', e, log[-1])

def raises_through(n):
    for x in numbers('through', n):
        if x == 1:
            return 1 // 0
    return 0

try:
    raises_through(4)
except ZeroDivisionError:
    print('zero division', log[-1])

# the generator raising itself finishes it: nothing to close
def bad():
    yield 1
    raise ValueError('bad')

try:
    for x in bad():
        pass
except ValueError as e:
    print('bad', e)

# an owned generator started before the loop is the program's: iter() of a held one is not closed
h2 = numbers('h2', 4)
for x in iter(h2):
    break
print('h2 goes on', next(h2))
print('h2 rest', list(h2))

# a generator the program still holds is not closed: it goes on where it stopped
held = numbers('held', 6)
for x in held:
    if x == 1:
        break
print('held resumes at', next(held))
print('rest', list(held))

# an exception from a finally block while closing goes nowhere (CPython reports it on stderr)
def noisy():
    try:
        yield 1
        yield 2
    finally:
        raise ValueError('from finally')

for z in noisy():
    break
print('noisy left')

# a generator that yields when closed: also ignored here
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print('stubborn asked to close')
            yield 2

for z in stubborn():
    break
print('stubborn left')

# the loop ran to the end: nothing to close
for x in numbers('full', 3):
    pass
print('full done')

# with finally around the loop
def in_try():
    try:
        for x in numbers('try', 5):
            if x == 1:
                return 'returned'
    finally:
        print('outer finally', log[-1])

print(in_try())
print(len(log))
