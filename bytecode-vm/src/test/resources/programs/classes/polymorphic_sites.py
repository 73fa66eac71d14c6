# One attribute site that sees many classes and shapes (a task's subclasses, instances whose
# attributes were set in different orders, a class changed halfway): each read is CPython's.
class Task:
    kind = "task"

    def __init__(self, n):
        self.n = n

    def weight(self):
        return self.n


class A(Task):
    kind = "a"


class B(Task):
    def weight(self):
        return self.n * 2


class C(Task):
    pass


class D(Task):
    kind = "d"

    def __init__(self, n):
        self.extra = 1
        self.n = n


class E(Task):
    def __init__(self, n):
        super().__init__(n)
        self.kind = "own"


def total(tasks):
    t = 0
    kinds = []
    for x in tasks:
        t += x.n + x.weight()
        kinds.append(x.kind)
    return t, kinds[:6]


tasks = [cls(i) for i in range(60) for cls in (Task, A, B, C, D, E)]
for rnd in range(3):
    print(total(tasks))
    if rnd == 0:
        B.weight = lambda self: -self.n        # a class changed: its entries are stale
    if rnd == 1:
        for k, x in enumerate(tasks):
            if k % 7 == 0:
                x.late = k                      # new shapes for some instances
                x.n = x.n + 1
        C.kind = "c"
print(sum(getattr(x, "late", 0) for x in tasks))
