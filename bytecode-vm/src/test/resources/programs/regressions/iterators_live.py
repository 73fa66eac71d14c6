# A list iterator is live (appends reached, changes seen, ended stays ended), and an iterator
# made before a split is advanced only in program order.
lst = [1]
for x in lst:
    if x < 5:
        lst.append(x + 1)
print(lst)

queue = [0]
seen = {0}
for node in queue:
    for nxt in (2 * node + 1, 2 * node + 2):
        if nxt < 40 and nxt not in seen:
            seen.add(nxt)
            queue.append(nxt)
print(queue)

it = iter([1, 2])
print(list(it), list(it))
l = [1, 2, 3]
it = iter(l)
next(it)
l[1] = 9
print(list(it))
l = [1, 2]
it = iter(l)
print(list(it))
l.append(3)
print(list(it), next(it, "ended"))

it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
it = iter(range(5))
print(next(it), sum(it), next(it, "done"))


def walk(n):
    out = [0]
    for v in out:
        if len(out) < n:
            out.append(v * 3 % 101)
    return sum(out), len(out)


print(walk(5000))
big = list(range(3000))
for v in big:
    if 0 < v < 1500 and v % 500 == 0:
        big.append(-v)
print(len(big), big[-4:])
