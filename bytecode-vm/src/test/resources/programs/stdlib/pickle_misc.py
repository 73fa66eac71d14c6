import pickle


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


class Tree:
    def __init__(self):
        self.me = self


class Wrapper:
    def __init__(self, inner):
        self.inner = inner

    def __reduce__(self):
        return (Wrapper, (self.inner,))


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


root = Node('root')
a = root.add(Node('a'))
b = root.add(Node('b'))
a.add(Node('a1'))
t = Tree()
w = Wrapper(None)
w.inner = [w]        # recursion through REDUCE arguments
c = Counter()
c.n = 41

for p in range(6):
    print('--- protocol', p)
    data = pickle.dumps(root, p)
    print(len(data), data[:70])
    r = pickle.loads(data)
    print(r.children[0].parent is r, [ch.name for ch in r.children],
          r.children[0].children[0].parent.name)
    data = pickle.dumps(t, p)
    print(data)
    r = pickle.loads(data)
    print(r.me is r)
    data = pickle.dumps([w, w], p)
    print(data)
    r = pickle.loads(data)
    print(r[0] is r[1], type(r[0].inner[0]).__name__)
    for e in (ValueError('bad value'), KeyError('k'), Exception('x', 2),
              pickle.PicklingError('pe')):
        data = pickle.dumps(e, p)
        print(data)
        r = pickle.loads(data)
        print(type(r).__name__, r.args)
    data = pickle.dumps(c.bump, p)
    print(data)
    print(pickle.loads(data)())
    data = pickle.dumps([1, 2].append if False else [pickle.dumps, pickle.loads], p)
    print(data)
    print(pickle.loads(data)[0] is pickle.dumps)

# many distinct objects: memo indices beyond 255 and 65535
big = [str(i) for i in range(70000)]
for p in (0, 1, 2, 3, 4):
    data = pickle.dumps(big + big[:300], p)
    print(p, len(data), data[-40:], sum(data) % 100003)
    r = pickle.loads(data)
    print(r[-1] is r[299], r[70000 - 1])
