# Calls that may run in parallel (a fork group) all advance one iterator or generator made before
# them: each advance is a change, so the group runs in program order and prints CPython's answer.
it = iter([1, 2, 3, 4, 5])
print(next(it), next(it, 'd'), next(it), next(it, 'd'))
print(next(it), next(it, 'end'), next(it, 'end'))

def numbers():
    n = 0
    while True:
        yield n
        n += 1

g = numbers()
def take(k):
    return [next(g) for _ in range(k)]

print(take(3), take(2), take(4))
pairs = iter(zip('abcdef', range(6)))
print(next(pairs), next(pairs), next(pairs))
words = map(str.upper, ['x', 'y', 'z', 'w'])
print(next(words), next(words), next(words), next(words))
