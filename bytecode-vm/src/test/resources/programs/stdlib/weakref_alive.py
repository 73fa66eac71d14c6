# weakref over objects that stay alive: references, weak dictionaries and sets, WeakMethod,
# finalize called explicitly, and the TypeError for objects that cannot be weakly referenced.
import weakref

class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = weakref.ref(parent) if parent is not None else None
        self.children = []

    def add(self, name):
        child = Node(name, self)
        self.children.append(child)
        return child

    def path(self):
        p = self.parent() if self.parent else None
        return (p.path() + '/' if p else '') + self.name

root = Node('root')
leaf = root.add('a').add('b')
print(leaf.path(), leaf.parent() is root.children[0])

r1 = weakref.ref(root)
r2 = weakref.ref(root)
print(r1() is root, r1 == r2, hash(r1) == hash(root), isinstance(r1, weakref.ReferenceType))
print(r1.__callback__ is None, weakref.ref(leaf, print).__callback__ is print)

cache = weakref.WeakValueDictionary()
cache['root'] = root
cache['leaf'] = leaf
print(sorted(cache.keys()), cache['leaf'].name, 'root' in cache, len(cache), cache.get('x', 'none'))
del cache['root']
print(list(cache), cache.setdefault('r', root).name, len(cache))

meta = weakref.WeakKeyDictionary()
meta[root] = 'top'
meta[leaf] = 'bottom'
print(meta[leaf], len(meta), root in meta)

seen = weakref.WeakSet()
for n in (root, leaf, root):
    seen.add(n)
print(len(seen), leaf in seen, sorted(n.name for n in seen))
seen.discard(leaf)
print(len(seen))

class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n

c = Counter()
wm = weakref.WeakMethod(c.bump)
print(wm()(), wm()(), c.n, wm == weakref.WeakMethod(c.bump))

def cleanup(tag, log):
    log.append(tag)
    return len(log)

log = []
f = weakref.finalize(root, cleanup, 'root done', log)
print(f.alive, f.peek()[1] is cleanup)
print(f(), f(), log, f.alive)
g = weakref.finalize(leaf, cleanup, 'never', log)
print(g.detach()[2], g.alive, g())

for bad in (1, 'text', (1, 2), [1], {'k': 1}, None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print('TypeError:', e)

p = weakref.proxy(leaf)
print(p.name, p.path())
print(weakref.getweakrefcount(Node('x')) >= 0)
