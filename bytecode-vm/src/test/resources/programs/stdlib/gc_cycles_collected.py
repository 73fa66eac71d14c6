# gc.collect() after dropping structures full of reference cycles (pyperformance's gc_collect
# and gc_traversal): at least one object counted per node that was in a cycle, none while
# everything is still reachable; gc's switches and its argument checks.
import gc


class Node:
    def __init__(self):
        self.next = None
        self.prev = None

    def link_next(self, nxt):
        self.next = nxt
        self.next.prev = self


def create_cycle(node, n_links):
    current = node
    for i in range(n_links):
        next_node = Node()
        current.link_next(next_node)
        current = next_node
    current.link_next(node)


def create_gc_cycles(n_cycles, n_links):
    cycles = []
    for _ in range(n_cycles):
        node = Node()
        cycles.append(node)
        create_cycle(node, n_links)
    return cycles


def collection(loops, cycles, links):
    # more than 16,384 back edges between collections: the interpreter re-enters its loop
    # meanwhile, and what it re-entered in must not keep a dropped structure reachable
    results = []
    for _ in range(loops):
        gc.collect()
        all_cycles = create_gc_cycles(cycles, links)
        del all_cycles
        collected = gc.collect()
        results.append(collected >= cycles * (links + 1))
    return results


def recursive_containers(n_levels):
    current_list = []
    for n in range(n_levels):
        new_list = [None] * n
        for index in range(n):
            new_list[index] = current_list
        current_list = new_list
    return current_list


def traversal(loops, n_levels):
    all_cycles = recursive_containers(n_levels)
    counts = []
    for _ in range(loops):
        gc.collect()
        counts.append(gc.collect())
    return counts, len(all_cycles)


print(collection(12, 100, 20))
print(traversal(5, 300))

a = []
a.append(a)
del a
print(gc.collect() >= 1)

class Box:
    pass

b = Box()
b.me = b
del b
print(gc.collect() >= 1)

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.collect(0) >= 0, gc.collect(generation=1) >= 0, gc.collect(True) >= 0)
for call in (lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect(1.0), lambda: gc.collect(1, 2),
             lambda: gc.collect(x=1), lambda: gc.collect(2 ** 70), lambda: gc.collect("2")):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
